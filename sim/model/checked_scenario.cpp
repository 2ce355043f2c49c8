#include "sim/model/checked_scenario.h"

#include "sim/model/chain_graph.h"
#include "sim/scenario/loader.h"

namespace ketensim::model {

scenario::Scenario check(scenario::Scenario s) {
  auto problems = check_flow(s);
  if (!problems.empty()) throw scenario::ScenarioError(std::move(problems));
  return s;
}

scenario::Scenario load_checked(const std::string& path) {
  return check(scenario::load_scenario(path));
}

scenario::Scenario load_checked_uncalibrated(const std::string& path) {
  return check(scenario::load_scenario(path, scenario::CalibratedValues::leave_out));
}

}  // namespace ketensim::model
