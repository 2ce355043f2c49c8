// The flow of a scenario as a directed graph (Boost.Graph enters the project here and
// nowhere else): arrival streams -> stages -> exits. Checked before a run so that no family
// can get lost or loop forever:
//   - every stage is reachable from some arrival stream;
//   - from every stage some exit is reachable;
//   - every cycle passes through a stage with `max_visits` (the uncapped stages form no cycle).
#pragma once

#include <vector>

#include "sim/scenario/diagnostic.h"
#include "sim/scenario/scenario.h"

namespace ketensim::model {

// All flow problems, one diagnostic each, at the location of the stage concerned.
// Precondition: the scenario passed the loader's reference checks.
std::vector<scenario::Diagnostic> check_flow(const scenario::Scenario& s);

}  // namespace ketensim::model
