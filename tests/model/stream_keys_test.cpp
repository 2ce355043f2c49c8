// What the random numbers are keyed by (README, "Output depends only on the scenario and the
// seed"): the seed, the replication and names, so a renamed stage draws other numbers while
// the arrivals, keyed by their stream's name, stay the same (issue 19, item 14).
#include <doctest/doctest.h>

#include "sim/experiment/experiment.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

std::string queue(const std::string& stage) {
  return R"(scenario: q
run: {start: 2020-01-01, years: 1, replications: 3, seed: 5}
resources: {server: {kind: places, places: 2}}
arrivals: {a: {into: )" +
         stage + R"(, families_per_year: 600}}
stages:
  )" + stage +
         R"(: {acquire: [server], duration: {exponential: {mean_days: 1}}, release: [server], next: [{to: exit}]}
)";
}

std::vector<double> values(const std::string& yaml, const std::string& kpi,
                           const std::string& subject) {
  return testing::kpi_values(experiment::run_experiment(testing::tables_from(yaml), {}), kpi,
                             subject);
}

}  // namespace

TEST_CASE("a stage's draws are keyed by its name, arrivals by their stream's name") {
  CHECK(values(queue("service"), "arrivals", "a") == values(queue("dienst"), "arrivals", "a"));
  CHECK(values(queue("service"), "wait_mean", "server") ==
        values(queue("service"), "wait_mean", "server"));
  CHECK(values(queue("service"), "wait_mean", "server") !=
        values(queue("dienst"), "wait_mean", "server"));
}
