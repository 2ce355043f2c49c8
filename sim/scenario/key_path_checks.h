// Checks of the key paths a scenario writes as text: each policy change must name a number
// that can change (parameter_path.h) and give it a value that fits, and the `p` of a stage
// must still sum to 1 after each date's changes; each assumption must name a key the
// scenario has.
#pragma once

#include "sim/scenario/diagnostic.h"
#include "sim/scenario/scenario.h"
#include "sim/scenario/yaml_tree.h"

namespace ketensim::scenario {

void check_policies(const Scenario& s, Diagnostics& out);
void check_assumptions(const Scenario& s, const Node& root, Diagnostics& out);
// Each uncertain input's paths name numbers (policies' values too) that every value of its
// distribution fits (read_uncertain.cpp).
void check_uncertain(const Scenario& s, Diagnostics& out);

}  // namespace ketensim::scenario
