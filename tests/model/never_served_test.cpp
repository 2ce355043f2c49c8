// A family that needs more places than its resource will ever have again stops the run
// (issue 19: a family larger than the resource blocked it for ever, and the run exited 0
// with 0.00 waiting). One that fits once a later policy raises the places waits for it, and
// one at a closed resource waits, as a closed resource is meant to.
#include <doctest/doctest.h>

#include "sim/experiment/experiment.h"
#include "sim/experiment/run_stopped.h"
#include "sim/model/chain_model.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

// Two families of six children ask for ten places counted per child on the start date: the
// first takes six for 200 days, the second waits. `policy` changes the places on
// 2020-04-10 (day 100). The stream, which a scenario must have, never asks for them.
std::string two_families(const std::string& places, const std::string& policy) {
  return R"(scenario: big
run: {start: 2020-01-01, years: 1, seed: 1, replications: 4}
resources: {bed: {kind: places, places: )" +
         places + R"(, per: child}}
arrivals: {a: {into: other, families_per_year: 1}}
stages:
  s: {acquire: [bed], duration: {days: 200}, release: [bed], next: [{to: exit}]}
  other: {duration: {days: 1}, next: [{to: exit}]}
initial: [{stage: s, families: 2, children_per_family: {days: 6}, elapsed: {days: 0}}]
policies:
  - {from: 2020-04-10, set: {resources.bed.places: )" +
         policy + "}}\n";
}

// When each family obtained the resource, and after how long a wait.
struct Acquires : model::ChainObserver {
  std::vector<std::pair<double, double>> at_waited;
  std::vector<double> exits;
  void on_acquire(double t, const model::Family&, int, int, double waited) override {
    at_waited.emplace_back(t, waited);
  }
  void on_exit(double t, const model::Family& f, int) override {
    if (f.stream == 1) exits.push_back(t);  // the initial stock's, not the stream's
  }
};

}  // namespace

TEST_CASE(
    "places a policy lowers below a waiting family's size stop the run, naming stage and resource") {
  // The second family waits behind the first; on day 100 the places drop to 4 for the rest of
  // the run, so its six children can never be placed: the run stops that day, not on day 200
  // when the first family leaves, and not at the horizon with the family silently waiting.
  auto t = testing::tables_from(two_families("10", "4"));
  Acquires trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(m.never_served());
  CHECK(m.never_served()->day == 100);
  CHECK(trace.at_waited.size() == 1);
  CHECK(trace.exits.empty());
  // Replications 0..3 all stop; at any thread count the first in replication order is told.
  for (int threads : {1, 2}) {
    CHECK_THROWS_WITH_AS(
        experiment::run_experiment(t, {threads, {}}),
        "scenario 'big' cannot serve a family: replication 0 stopped on 2020-04-10, after 0.27 "
        "years\n"
        "  a family of 6 children in stage 's' needs 6 places of resource 'bed' (one per "
        "child), and 'bed' has at most 4 places from then to the end of the run: the family "
        "would wait for ever, and every family queued behind it\n"
        "  give 'bed' at least 6 places, or keep families of more than 4 children out of stage "
        "'s'",
        experiment::UnstableScenario);
  }
}

TEST_CASE(
    "a family larger than the places now and than any policy gives later stops the run when it asks") {
  // Four places now and three from day 100: a family of six can never be placed, known when
  // the first starts waiting on the start date.
  auto t = testing::tables_from(two_families("4", "3"));
  Acquires trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(m.never_served());
  CHECK(m.never_served()->day == 0);
  CHECK(m.never_served()->most == 4);
  CHECK(trace.at_waited.empty());
}

TEST_CASE(
    "a family larger than the places now waits for a policy that raises them, then is served") {
  // Four places until day 100, then 12: both families wait from day 0 and are placed together
  // on day 100 (6 + 6 = 12), each after a wait of 100 days, and leave on day 200 (an initial
  // family's 200 days in the stage count from the start date, its wait included).
  auto t = testing::tables_from(two_families("4", "12"));
  Acquires trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  CHECK_FALSE(m.never_served());
  REQUIRE(trace.at_waited.size() == 2);
  for (auto [at, waited] : trace.at_waited) {
    CHECK(at == 100);
    CHECK(waited == 100);
  }
  CHECK(trace.exits == std::vector<double>{200, 200});
}

TEST_CASE(
    "a family at a resource with no places now or later waits: a closed resource is no error") {
  auto t = testing::tables_from(two_families("0", "0"));
  Acquires trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  CHECK_FALSE(m.never_served());
  CHECK(trace.at_waited.empty());
  CHECK(m.waiting(0) == 2);
}
