// The flow of a scenario in Graphviz dot: arrival streams, stages (with the median of their
// duration and the resources they acquire), exits, and the routing edges with their
// probabilities or conditions; the graph's own words in `language`.
#pragma once

#include <string>

#include "sim/scenario/scenario.h"
#include "sim/scenario/translation.h"

namespace ketensim::output {

std::string flow_dot(const scenario::Scenario& s,
                     scenario::Language language = scenario::Language::en);

}  // namespace ketensim::output
