// The flow of a scenario in Graphviz dot: arrival streams, stages (with the median of their
// duration and the resources they acquire), exits, and the routing edges with their
// probabilities or conditions; the graph's own words in `language`.
#pragma once

#include <map>
#include <string>

#include "sim/scenario/scenario.h"
#include "sim/scenario/translation.h"

namespace ketensim::output {

// With `wait_days` (a resource's mean wait in days, as a run measured it), each stage that
// acquires a resource with a wait says the longest of them and is coloured by it against the
// inspection norms: green up to 5 days (a jeugdbeschermer within 5 working days), amber up to
// 91 days (passende jeugdhulp within 3 months), red beyond.
std::string flow_dot(const scenario::Scenario& s,
                     scenario::Language language = scenario::Language::en,
                     const std::map<std::string, double>& wait_days = {});

// The fill colour flow_dot gives a stage whose longest mean wait is `days`.
std::string wait_colour(double days);

}  // namespace ketensim::output
