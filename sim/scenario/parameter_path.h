// The numbers of a scenario that can be addressed by key path, as policies, sweeps and the
// capacity search address them (docs/scenario-format.md, "Policies"):
//
//   resources.<r>.places | fte | caseload_norm | absence | turnover_per_year
//   resources.<r>.caseload_norm_by_measure.<m>
//   arrivals.<a>.families_per_year | trend
//   stages.<s>.next[i].p
//   stages.<s>.max_wait.days
//   stages.<s>.timers[i].days
//   stages.<s>.duration.<form>.<number>      the form the stage's duration is written in
//
// One resolver serves the loader (which checks policy paths and reports them at their
// place in the file), the compiler (which turns a policy into a change the model applies)
// and the experiments (which set a value for a whole run).
#pragma once

#include <optional>
#include <string>

#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

struct ParameterSlot {
  enum class Target { places, fte, caseload_norm, norm_by_measure, absence, turnover,
                      arrival_rate, arrival_trend, branch_p, max_wait, timer_days, duration };
  Target target = Target::places;
  int index = 0;        // the resource, arrival stream or stage
  int sub = 0;          // the measure, the branch (its index in `next`) or the timer
  std::string key;      // duration: the number in the written form ("median_days")
  std::string pattern;  // the parameter-table row the value must fit ("resources.<name>.fte")
};

// Why a path names no settable number, and the nearest valid word where there is one.
struct PathProblem {
  std::string message;
  std::string suggestion;
};

struct ResolvedPath {
  std::optional<ParameterSlot> slot;
  PathProblem problem;  // when there is no slot
};

ResolvedPath resolve_parameter(const Scenario& s, const std::string& path);

// The number the slot holds in `s` (for a by-measure norm not written: caseload_norm).
double parameter_value(const Scenario& s, const ParameterSlot& slot);

// Why `value` cannot go in the slot ("must be >= 0", "p90_days must be above median_days"),
// or "" when it can.
std::string value_problem(const Scenario& s, const ParameterSlot& slot, double value);

// Puts `value` in the slot (a duration is rebuilt from its form); check value_problem first.
void set_parameter_value(Scenario& s, const ParameterSlot& slot, double value);

}  // namespace ketensim::scenario
