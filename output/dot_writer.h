// The flow of a scenario in Graphviz dot: arrival streams, stages (with the resources they
// acquire), exits, and the routing edges with their probabilities or conditions.
#pragma once

#include <string>

#include "sim/scenario/scenario.h"

namespace ketensim::output {

std::string flow_dot(const scenario::Scenario& s);

}  // namespace ketensim::output
