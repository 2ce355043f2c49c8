#include "sim/experiment/parameter_path.h"

#include "sim/scenario/param_table.h"
#include "sim/scenario/parameter_path.h"

namespace ketensim::experiment {
namespace {

[[noreturn]] void fail(const std::string& path, const std::string& message,
                       const std::string& suggestion = "") {
  std::string text = "parameter '" + path + "': " + message;
  if (!suggestion.empty()) text += "; did you mean '" + suggestion + "'?";
  throw RequestError(text);
}

scenario::ParameterSlot slot_of(const scenario::Scenario& s, const std::string& path) {
  scenario::ResolvedPath r = scenario::resolve_parameter(s, path, scenario::Reach::policy_values);
  if (!r.slot) fail(path, r.problem.message, r.problem.suggestion);
  return *r.slot;
}

}  // namespace

double get_parameter(const scenario::Scenario& s, const std::string& path) {
  return scenario::parameter_value(s, slot_of(s, path));
}

void set_parameter(scenario::Scenario& s, const std::string& path, double value) {
  scenario::ParameterSlot slot = slot_of(s, path);
  std::string problem = scenario::value_problem(s, slot, value);
  if (problem.empty()) problem = scenario::values_problem(s, {slot});
  if (!problem.empty()) fail(path, problem);
  scenario::set_parameter_values(s, {{slot, value}});
}

bool same_parameter(const scenario::Scenario& s, const std::string& a, const std::string& b) {
  return scenario::same_number(slot_of(s, a), slot_of(s, b));
}

bool whole_number_parameter(const scenario::Scenario& s, const std::string& path) {
  const scenario::ParamSpec* spec = scenario::find_param(slot_of(s, path).pattern);
  return spec && spec->type == "integer";
}

}  // namespace ketensim::experiment
