// Loading a scenario for a run: the loader's checks, then the flow checks on the graph.
// Throws scenario::ScenarioError with every problem found.
#pragma once

#include <string>

#include "sim/scenario/scenario.h"

namespace ketensim::model {

scenario::Scenario load_checked(const std::string& path);
// Without putting the values of its `calibrated:` section in place (scenario/loader.h).
scenario::Scenario load_checked_uncalibrated(const std::string& path);
scenario::Scenario check(scenario::Scenario s);  // flow checks on an already loaded scenario

}  // namespace ketensim::model
