#include "sim/experiment/parameter_path.h"

#include "sim/scenario/parameter_path.h"

namespace ketensim::experiment {
namespace {

using Target = scenario::ParameterSlot::Target;

[[noreturn]] void fail(const std::string& path, const std::string& message,
                       const std::string& suggestion = "") {
  std::string text = "parameter '" + path + "': " + message;
  if (!suggestion.empty()) text += "; did you mean '" + suggestion + "'?";
  throw RequestError(text);
}

scenario::ParameterSlot slot_of(const scenario::Scenario& s, const std::string& path) {
  scenario::ResolvedPath r = scenario::resolve_parameter(s, path);
  if (!r.slot) fail(path, r.problem.message, r.problem.suggestion);
  return *r.slot;
}

// The other probabilistic branches share 1 - p in their old proportions.
void rescale_branches(scenario::Stage& st, std::size_t changed, double p, const std::string& path) {
  double others = 0;
  for (std::size_t i = 0; i < st.next.size(); ++i) {
    if (i != changed && st.next[i].p) others += *st.next[i].p;
  }
  if (others <= 0 && p < 1) fail(path, "no other branch to take the rest of p");
  for (std::size_t i = 0; i < st.next.size(); ++i) {
    if (i != changed && st.next[i].p) *st.next[i].p *= (1 - p) / others;
  }
}

}  // namespace

double get_parameter(const scenario::Scenario& s, const std::string& path) {
  return scenario::parameter_value(s, slot_of(s, path));
}

void set_parameter(scenario::Scenario& s, const std::string& path, double value) {
  scenario::ParameterSlot slot = slot_of(s, path);
  std::string problem = scenario::value_problem(s, slot, value);
  if (!problem.empty()) fail(path, problem);
  if (slot.target == Target::branch_p) {
    rescale_branches(s.stages[slot.index], static_cast<std::size_t>(slot.sub), value, path);
  }
  scenario::set_parameter_value(s, slot, value);
}

}  // namespace ketensim::experiment
