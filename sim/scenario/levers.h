// Levers (docs/scenario-format.md, "Levers"): the numbers a scenario lets a person move on
// the page of `ketensim serve`, each a parameter path with a label and a slider's range.
// A lever's value enters a run as a policy: from the date of the policy whose value it
// names (`policies.<from>.<path>`), else from the run's start; so an overlay file can carry
// it and `ketensim compare` runs exactly what the page ran.
#pragma once

#include <optional>
#include <string>

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

// The policy that gives the lever its value: its date and the path it sets.
struct LeverChange {
  engine::Date from;
  std::string path;
};
LeverChange lever_change(const Scenario& s, const Lever& lever);

}  // namespace ketensim::scenario
