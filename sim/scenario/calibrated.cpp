// calibrated: the values `ketensim calibrate` fitted, read from an overlay and put in place.
#include "sim/scenario/calibrated.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <map>

#include "sim/scenario/param_table.h"
#include "sim/scenario/parameter_path.h"
#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

CalibratedValue read_value(const Section& s) {
  CalibratedValue v;
  v.location = s.location();
  if (std::optional<Field> f = s.get("path")) {
    assign(v.path, read_text(*f, s.out()));
    v.location = f->location();
  }
  if (s.has("from")) {
    if (std::optional<Field> f = s.get("from")) v.from = read_date(*f, s.out());
  }
  assign(v.value, s.number("value"));
  if (s.has("sd")) v.sd = s.number("sd");
  assign(v.fitted_to, s.text("fitted_to"));
  return v;
}

// The values of each date as one policy, in order of date; values from the start are set.
// They go before every policy of the files: on the same date a policy a file writes (the
// model's, an overlay's) wins over a calibrated value, as an overlay wins over its base.
void add_policies(Scenario& s, const std::vector<CalibratedValue>& values) {
  std::map<engine::Date, Policy> by_date;
  for (const CalibratedValue& v : values) {
    if (!v.from) continue;
    Policy& p = by_date[*v.from];
    p.from = *v.from;
    p.note = "calibrated value (ketensim calibrate)";
    p.location = v.location;
    p.set.push_back({v.path, v.value, v.location, v.location});
  }
  std::vector<Policy> calibrated;
  for (auto& [date, policy] : by_date) calibrated.push_back(std::move(policy));
  s.policies.insert(s.policies.begin(), std::make_move_iterator(calibrated.begin()),
                    std::make_move_iterator(calibrated.end()));
}

// Each stage whose branches got a value from the start, once, at its first value's place.
void check_branch_sums(const Scenario& s, const std::vector<CalibratedValue>& values,
                       Diagnostics& out) {
  std::vector<int> checked;
  for (const CalibratedValue& v : values) {
    if (v.from) continue;
    ResolvedPath r = resolve_parameter(s, v.path);
    if (!r.slot || r.slot->target != ParameterSlot::Target::branch_p) continue;
    if (std::find(checked.begin(), checked.end(), r.slot->index) != checked.end()) continue;
    checked.push_back(r.slot->index);
    const Stage& st = s.stages[r.slot->index];
    std::vector<double> p;
    for (const Branch& b : st.next) {
      if (b.p) p.push_back(*b.p);
    }
    check_sums_to_one(p, v.location, "calibrated.values",
                      "the probabilities of stage '" + st.name + "' must still sum to 1", out);
  }
}

}  // namespace

std::optional<CalibrationRecord> read_calibrated(const Section& top) {
  std::optional<Field> field = top.get("calibrated");
  if (!field) return std::nullopt;
  Section s(*field, top.out());
  if (!s.ok()) return std::nullopt;
  CalibrationRecord c;
  c.location = s.location();
  assign(c.spec, s.text("spec"));
  assign(c.figures, s.text("figures"));
  assign(c.fit_figures, s.integer("fit_figures"));
  assign(c.free_parameters, s.integer("free_parameters"));
  assign(c.objective, s.number("objective"));
  if (std::optional<Field> values = s.get("values")) {
    for (const Field& item : read_items(*values, top.out())) {
      Section v(item, top.out());
      if (v.ok()) c.values.push_back(read_value(v));
    }
  }
  return c;
}

void apply_calibrated_values(Scenario& s, const std::vector<CalibratedValue>& values,
                             Diagnostics& out) {
  for (const CalibratedValue& v : values) {
    ResolvedPath r = resolve_parameter(s, v.path);
    if (!r.slot) {
      report(out, v.location, "calibrated.values", "'" + v.path + "' " + r.problem.message, "", "",
             r.problem.suggestion);
      continue;
    }
    std::string problem = value_problem(s, *r.slot, v.value);
    if (!problem.empty()) {
      report(out, v.location, "calibrated.values",
             "the value " + format_number(v.value) + " cannot go in '" + v.path + "': " + problem);
      continue;
    }
    if (!v.from) set_parameter_value(s, *r.slot, v.value);
  }
  if (!out.empty()) return;
  check_branch_sums(s, values, out);
  add_policies(s, values);
}

}  // namespace ketensim::scenario
