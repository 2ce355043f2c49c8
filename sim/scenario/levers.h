// Levers (docs/scenario-format.md, "Levers"): the numbers a scenario lets a person move on
// the page of `ketensim serve`, each a parameter path with a label and a slider's range.
// A lever's value enters a run as a policy: from the date of the policy whose value it
// names (`policies.<from>.<path>`), else from the run's start; so an overlay file can carry
// it and `ketensim compare` runs exactly what the page ran.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sim/engine/time.h"
#include "sim/scenario/diagnostic.h"
#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

// Each lever's path names a settable number (a policy's value too), no two levers name the
// same number, and min < max, 0 < step <= max - min, with both ends fitting the number.
void check_levers(const Scenario& s, Diagnostics& out);

// The lever named `name`, or nullptr.
const Lever* find_lever(const Scenario& s, const std::string& name);

// The number the lever holds in `s` now (the slider's start).
double lever_value(const Scenario& s, const Lever& lever);

// Why `value` cannot be given to the lever ("must be between 250 and 350"), or "".
std::string lever_value_problem(const Scenario& s, const Lever& lever, double value);

// What the lever holding `value` sets, from the date of the policy that gives it its value
// (else the run's start): its own number, and for a branch's `p` the other `p` branches of
// the stage (or of that policy's changes to it) sharing the rest in their proportions, so
// the shares still sum to 1 (the rule of set_parameter_values).
struct LeverChange {
  engine::Date from;
  std::vector<std::pair<std::string, double>> set;  // path, value
};
LeverChange lever_change(const Scenario& s, const Lever& lever, double value);

}  // namespace ketensim::scenario
