#include "sim/scenario/loader.h"

#include <algorithm>
#include <tuple>

#include "sim/scenario/calibrated.h"
#include "sim/scenario/extend.h"
#include "sim/scenario/key_path_checks.h"
#include "sim/scenario/levers.h"
#include "sim/scenario/limits.h"
#include "sim/scenario/references.h"
#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

Scenario read_sections(const Node& root, Diagnostics& out) {
  Section top = Section::top(root, out);
  Scenario s;
  s.location = root.location;
  assign(s.name, top.name("scenario"));
  assign(s.description, top.text("description"));
  s.run = read_run(top);
  s.attributes = read_attributes(top);
  for (const NameAt& exit : read_exits(top)) {
    s.exits.push_back(exit.name);
    s.exit_locations.push_back(exit.location);
  }
  for (const NameAt& m : read_measures(top)) {
    s.measures.push_back(m.name);
    s.measure_locations.push_back(m.location);
  }
  for (const NameAt& a : read_report_by(top)) {
    s.report_by.push_back(a.name);
    s.report_by_locations.push_back(a.location);
  }
  s.resources = read_resources(top);
  s.arrivals = read_arrivals(top);
  s.stages = read_stages(top);
  s.initial = read_initial(top);
  s.norms = read_norms(top);
  s.policies = read_policies(top);
  s.reviews = read_reviews(top);
  s.costs = read_costs(top);
  s.calibrated = read_calibrated(top);
  s.assumptions = read_assumptions(top);
  s.uncertain = read_uncertain(top);
  s.levers = read_levers(top);
  s.published_figures = read_figures_path(top);
  s.wait_thresholds_days = read_wait_thresholds(top);
  return s;
}

// The scenario file's problems first, then each base's, each file's in reading order.
void sort_by_place(Diagnostics& ds, const std::vector<std::string>& files) {
  auto rank = [&](const Location& at) {
    return std::find(files.begin(), files.end(), at.file) - files.begin();
  };
  std::stable_sort(ds.begin(), ds.end(), [&](const Diagnostic& a, const Diagnostic& b) {
    const Location& x = a.location;
    const Location& y = b.location;
    return std::tuple(rank(x), x.line, x.column) < std::tuple(rank(y), y.line, y.column);
  });
}

Scenario build(ScenarioTree tree, Diagnostics& out,
               CalibratedValues values = CalibratedValues::apply) {
  Scenario s;
  if (tree.root.is_map() && within_limits(tree.root, out)) {
    s = read_sections(tree.root, out);
    check_run_size(s, out);
    check_initial_size(s, out);
    check_references(s, out);
    if (out.empty()) check_families_fit(s, out);  // on a scenario that is otherwise sound
    check_costs(s, out);
    if (s.calibrated && out.empty() && values == CalibratedValues::apply) {
      apply_calibrated_values(s, s.calibrated->values, out);
      if (out.empty()) add_calibration_draws(s, tree.files, out);
    }
    check_policies(s, out);
    check_assumptions(s, tree.root, out);
    check_uncertain(s, out);
    check_levers(s, out);
  }
  s.files = std::move(tree.files);
  if (out.empty()) return s;
  sort_by_place(out, s.files);
  throw ScenarioError(std::move(out));
}

}  // namespace

Scenario load_scenario(const std::string& path, CalibratedValues values) {
  Diagnostics out;
  ScenarioTree tree = load_tree(path, out);
  return build(std::move(tree), out, values);
}

Scenario load_scenario_text(const std::string& yaml_text, const std::string& file_name) {
  Diagnostics out;
  ScenarioTree tree = load_tree_text(yaml_text, file_name, out);
  return build(std::move(tree), out);
}

}  // namespace ketensim::scenario
