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
// and, for what varies a scenario as a whole (uncertain inputs, sweeps, the capacity search),
// the value a policy sets:
//
//   policies.<from>.<path>                   the value the policy from date <from>
//                                            (YYYY-MM-DD) sets at <path>, one of the above
//
// One resolver serves the loader (which checks policy paths and reports them at their
// place in the file), the compiler (which turns a policy into a change the model applies)
// and the experiments (which set a value for a whole run).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

struct ParameterSlot {
  enum class Target {
    places,
    fte,
    caseload_norm,
    norm_by_measure,
    absence,
    turnover,
    arrival_rate,
    arrival_trend,
    branch_p,
    max_wait,
    timer_days,
    duration
  };
  Target target = Target::places;
  int index = 0;        // the resource, arrival stream or stage
  int sub = 0;          // the measure, the branch (its index in `next`) or the timer
  std::string key;      // duration: the number in the written form ("median_days")
  std::string pattern;  // the parameter-table row the value must fit ("resources.<name>.fte")
  // A policy's value (policies.<from>.<path>): the change s.policies[policy].set[change];
  // target, index, sub and key then say what the change sets. -1: a number of the scenario.
  int policy = -1;
  int change = -1;
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

// Which paths resolve: the scenario's numbers only (a policy's own `set`), or policies'
// values too.
enum class Reach { scenario, policy_values };

ResolvedPath resolve_parameter(const Scenario& s, const std::string& path,
                               Reach reach = Reach::scenario);

// The path of the value that the policy from `from` sets at `path`: policies.<from>.<path>.
std::string policy_value_path(engine::Date from, const std::string& path);

// The number the slot holds in `s` (for a by-measure norm not written: caseload_norm; for a
// policy's value, the value the policy sets).
double parameter_value(const Scenario& s, const ParameterSlot& slot);

// Why `value` cannot go in the slot ("must be >= 0", "p90_days must be above median_days"),
// or "" when it can.
std::string value_problem(const Scenario& s, const ParameterSlot& slot, double value);

// Puts `value` in the slot (a duration is rebuilt from its form); check value_problem first.
void set_parameter_value(Scenario& s, const ParameterSlot& slot, double value);

// Several values put at once (one draw of the uncertain inputs, a sweep's point), keeping
// the probabilities of every stage summing to 1 (parameter_values.cpp). The rule for `p`:
// the branches given a value keep it, and the stage's other `p` branches share the rest,
// 1 - (the sum of those given), in their old proportions (equally where they all held 0);
// should the given values sum above 1, they are scaled to sum 1 and the others get 0. For a
// policy's values, "the stage's other branches" are the other branches of that stage the
// same policy sets, and "1" is what the branches it does not set leave: 1 minus the shares
// those hold when the policy starts (an earlier policy's, else the stage's own). Check with
// values_problem first.
struct SlotValue {
  ParameterSlot slot;
  double value = 0;
};
void set_parameter_values(Scenario& s, const std::vector<SlotValue>& values);

// The changes of policy `policy` that set a `p` share of stage `stage`: each one's index in
// the policy's `set` and the branch it sets.
struct BranchChange {
  int change = 0;
  int branch = 0;
};
std::vector<BranchChange> branch_changes(const Scenario& s, int policy, int stage);

// Why these slots cannot be given values together ("stage 'jbt' has no other branch with p
// to take the rest"), or "" when they can.
std::string values_problem(const Scenario& s, const std::vector<ParameterSlot>& slots);

// Whether two slots hold the same number of the scenario (for a branch: any branch of the
// same stage, as setting one rescales the others).
bool same_number(const ParameterSlot& a, const ParameterSlot& b);

// A value given to `slot` for the whole run (a fitted, swept or searched value) is
// overridden from the date of every dated policy that also sets it. One line per such
// policy change: "'<name>' is also set by the scenario's policy from <date> (<file>:<line>):
// the <what> acts only before that date".
std::vector<std::string> policies_also_setting(const Scenario& s, const ParameterSlot& slot,
                                               const std::string& name, const std::string& what);

}  // namespace ketensim::scenario
