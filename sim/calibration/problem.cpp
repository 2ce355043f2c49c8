#include "sim/calibration/problem.h"

#include <algorithm>
#include <cmath>

#include "sim/scenario/calibrated.h"
#include "sim/scenario/diagnostic.h"
#include "sim/scenario/limits.h"
#include "sim/scenario/param_table.h"
#include "sim/scenario/value_reader.h"

namespace ketensim::calibration {

namespace {

using scenario::ParameterSlot;
using Target = ParameterSlot::Target;

std::string year_label(const std::string& name, int year) {
  return year == 0 ? name : name + " (" + std::to_string(year) + ")";
}

// The paths whose values the given (path, slot) pairs determine: each one's own, and for a
// branch every `p` branch of its stage (the others take the rest).
std::vector<std::pair<std::string, ParameterSlot>> written(
    const scenario::Scenario& s, const std::vector<std::pair<std::string, ParameterSlot>>& given) {
  std::vector<std::pair<std::string, ParameterSlot>> out;
  std::vector<int> stages_done;
  for (const auto& [path, slot] : given) {
    if (slot.target != Target::branch_p) {
      out.emplace_back(path, slot);
      continue;
    }
    if (std::find(stages_done.begin(), stages_done.end(), slot.index) != stages_done.end())
      continue;
    stages_done.push_back(slot.index);
    const scenario::Stage& st = s.stages[slot.index];
    for (std::size_t b = 0; b < st.next.size(); ++b) {
      if (!st.next[b].p) continue;
      ParameterSlot branch = slot;
      branch.sub = static_cast<int>(b);
      out.emplace_back("stages." + st.name + ".next[" + std::to_string(b) + "].p", branch);
    }
  }
  return out;
}

}  // namespace

Problem::Problem(const scenario::Scenario& base, const scenario::CalibrationSpec& spec)
    : base_(base), spec_(spec), first_year_(base.run.start.year) {
  scenario::Diagnostics out;
  for (std::size_t i = 0; i < spec.parameters.size(); ++i)
    resolve(spec.parameters[i], static_cast<int>(i), out);
  check_run_size(out);
  if (!out.empty()) throw scenario::ScenarioError(std::move(out));
}

// Every evaluation runs the spec's replications, so they answer to the run-size limit that
// `check` applies to run.replications (a --replications was checked before it got here).
void Problem::check_run_size(scenario::Diagnostics& out) const {
  auto problem = scenario::run_size_problem(base_, spec_.replications);
  if (!problem) return;
  problem->location = spec_.replications_location;
  problem->key_path = "replications";
  out.push_back(std::move(*problem));
}

void Problem::resolve(const scenario::FreeParameter& p, int index, scenario::Diagnostics& out) {
  std::vector<ParameterSlot> slots;
  for (const std::string& path : p.paths) {
    scenario::ResolvedPath r = scenario::resolve_parameter(base_, path);
    if (!r.slot) {
      scenario::report(out, p.location, "parameters[" + std::to_string(index) + "].path",
                       "'" + path + "' " + r.problem.message,
                       "a parameter path as policies write them", "", r.problem.suggestion);
      continue;
    }
    for (double bound : {p.min, p.max}) {
      std::string problem = scenario::value_problem(base_, *r.slot, bound);
      if (!problem.empty()) {
        scenario::report(out, p.location, "parameters[" + std::to_string(index) + "]",
                         "the bound " + scenario::format_number(bound) + " cannot go in '" + path +
                             "': " + problem);
      }
    }
    slots.push_back(*r.slot);
  }
  if (slots.size() != p.paths.size()) return;
  slots_.push_back(slots);
  check_not_set_by_policy(p);
  for (int y : p.years) {
    if (y < first_year_) {
      scenario::report(out, p.location, "parameters[" + std::to_string(index) + "].per_year",
                       "the year " + std::to_string(y) + " is before the run starts (" +
                           std::to_string(first_year_) + ")");
    }
  }
  double start =
      p.start.value_or(std::clamp(scenario::parameter_value(base_, slots.front()), p.min, p.max));
  std::vector<int> years = p.years.empty() ? std::vector<int>{0} : p.years;
  for (int y : years) unknowns_.push_back({index, y, p.min, p.max, start, year_label(p.name, y)});
}

// A free parameter that a dated policy of the scenario also sets is overridden from the
// policy's date on: its fitted value acts only before (the end of a product on a date, say).
void Problem::check_not_set_by_policy(const scenario::FreeParameter& p) {
  for (const ParameterSlot& free : slots_.back()) {
    for (auto& line : scenario::policies_also_setting(base_, free, p.name, "fitted value")) {
      warnings_.push_back(std::move(line));
    }
  }
}

std::vector<double> Problem::start() const {
  std::vector<double> x;
  for (const Unknown& u : unknowns_) x.push_back(u.start);
  return x;
}

std::vector<std::vector<int>> Problem::yearly_groups() const {
  std::vector<std::vector<int>> groups(spec_.parameters.size());
  for (std::size_t k = 0; k < unknowns_.size(); ++k) {
    if (unknowns_[k].year != 0) groups[unknowns_[k].parameter].push_back(static_cast<int>(k));
  }
  std::erase_if(groups, [](const std::vector<int>& g) { return g.empty(); });
  return groups;
}

// Values in force in `year` (0: the whole run, or the first year of a per-year parameter when
// that is the run's first year): a scenario holding them gives the complements of branches.
std::vector<PlacedValue> Problem::placed(const std::vector<double>& x) const {
  std::vector<int> years{0};
  for (const Unknown& u : unknowns_) {
    if (u.year > first_year_ && std::find(years.begin(), years.end(), u.year) == years.end())
      years.push_back(u.year);
  }
  std::sort(years.begin() + 1, years.end());
  std::vector<PlacedValue> out;
  scenario::Scenario s = base_;
  for (int year : years) {
    std::vector<scenario::SlotValue> values;
    std::vector<std::pair<std::string, ParameterSlot>> given;
    std::vector<int> source;
    for (std::size_t k = 0; k < unknowns_.size(); ++k) {
      const Unknown& u = unknowns_[k];
      bool now = year == 0 ? (u.year == 0 || u.year == first_year_) : u.year == year;
      if (!now) continue;
      const auto& paths = spec_.parameters[u.parameter].paths;
      for (std::size_t j = 0; j < paths.size(); ++j) {
        values.push_back({slots_[u.parameter][j], x[k]});
        given.emplace_back(paths[j], slots_[u.parameter][j]);
        source.push_back(static_cast<int>(k));
      }
    }
    if (values.empty()) continue;
    scenario::set_parameter_values(s, values);
    for (const auto& written_slot : written(s, given)) {
      const auto& path = written_slot.first;
      const auto& slot = written_slot.second;  // named, not bound: the lambda captures it
      auto own = std::find_if(values.begin(), values.end(), [&](const scenario::SlotValue& v) {
        return v.slot.target == slot.target && v.slot.index == slot.index &&
               v.slot.sub == slot.sub && v.slot.key == slot.key;
      });
      PlacedValue v{
          path, std::nullopt, scenario::parameter_value(s, slot),
          own == values.end() ? -1 : source[static_cast<std::size_t>(own - values.begin())]};
      if (year != 0) v.from = engine::Date{year, 1, 1};
      out.push_back(v);
    }
  }
  return out;
}

scenario::Scenario Problem::scenario_at(const std::vector<double>& x) const {
  scenario::Scenario s = base_;
  std::vector<scenario::CalibratedValue> values;
  for (const PlacedValue& p : placed(x)) values.push_back({p.path, p.from, p.value});
  scenario::Diagnostics out;
  scenario::apply_calibrated_values(s, values, out);
  if (!out.empty()) throw scenario::ScenarioError(std::move(out));
  return s;
}

}  // namespace ketensim::calibration
