// calibrated: the values `ketensim calibrate` fitted, read from an overlay and put in place.
#include "sim/scenario/calibrated.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iterator>
#include <map>
#include <set>

#include "sim/scenario/number_table.h"
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

// The parameter path a value has as an uncertain input: its path, or for a value from a date
// its policy's value, policies.<from>.<path>.
std::string input_path(const CalibratedValue& v) {
  return v.from ? policy_value_path(*v.from, v.path) : v.path;
}

// The joint input the draws file gives, or nothing (problems go to `out`). Each column must be
// a value the overlay gives with a standard deviation.
std::optional<UncertainInput> draws_input(const CalibrationRecord& c, Diagnostics& out) {
  namespace fs = std::filesystem;
  std::string file = (fs::path(c.location.file).parent_path() / c.draws).string();
  NumberTable t = read_number_table(file);
  auto problem = [&](const std::string& text) {
    report(out, c.draws_location, "calibrated.draws", text);
    return std::nullopt;
  };
  if (!t.problem.empty()) return problem(t.problem);
  std::set<std::string> with_sd;
  for (const CalibratedValue& v : c.values) {
    if (v.sd && *v.sd > 0) with_sd.insert(input_path(v));
  }
  for (const std::string& column : t.header) {
    if (!with_sd.count(column)) {
      return problem("column '" + column + "' of '" + file +
                     "' is not a value of calibrated.values with an sd");
    }
  }
  if (t.rows.size() < 2) return problem("'" + file + "' has fewer than 2 draws");
  UncertainInput u;
  u.name = "calibration";
  u.paths = t.header;
  u.path_locations.assign(t.header.size(), c.draws_location);
  std::vector<double> row_numbers;
  for (std::size_t r = 1; r <= t.rows.size(); ++r) row_numbers.push_back(static_cast<double>(r));
  u.distribution = stats::InputDistribution::draws(row_numbers);
  u.source = "calibration: " + std::to_string(t.rows.size()) + " joint draws of " +
             std::to_string(t.header.size()) + " fitted values from the fit's covariance (" +
             c.draws + ")";
  u.location = c.draws_location;
  u.key = "calibrated.draws";
  u.rows = std::move(t.rows);
  return u;
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
  if (std::optional<Field> draws = s.get("draws")) {
    assign(c.draws, read_text(*draws, top.out()));
    c.draws_location = draws->location();
  }
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

void add_calibration_draws(Scenario& s, const std::vector<std::string>& files, Diagnostics& out) {
  if (!s.calibrated || s.calibrated->draws.empty()) return;
  std::optional<UncertainInput> input = draws_input(*s.calibrated, out);
  if (!input) return;
  // After the inputs of the calibrated file and its bases (a prefix of the list: an overlay's
  // inputs come after its base's), before those of overlays that extend it.
  auto own = std::find(files.begin(), files.end(), s.calibrated->location.file);
  auto from_chain = [&](const UncertainInput& u) {
    return std::find(own, files.end(), u.location.file) != files.end();
  };
  auto at = std::find_if_not(s.uncertain.begin(), s.uncertain.end(), from_chain);
  s.uncertain.insert(at, std::move(*input));
}

}  // namespace ketensim::scenario
