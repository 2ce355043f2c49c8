// The queueing network of the SimPy comparison (tools/bench-simpy) stays a valid scenario
// and keeps both of its queues busy, as its comments say; the comparison itself is timed by
// tools/bench-simpy/compare, never here.
#include <doctest/doctest.h>

#include "sim/model/checked_scenario.h"
#include "tests/support.h"

using namespace ketensim;
using testing::kpi;

TEST_CASE("the SimPy comparison's network loads, runs and keeps both queues busy") {
  model::ChainTables t = model::compile(
      model::load_checked(testing::source_path("tools/bench-simpy/queueing-network.yaml")));
  t.replications = 4;
  auto r = experiment::run_experiment(t, {});
  for (std::size_t rep = 0; rep < 4; ++rep) {
    CHECK(kpi(r, rep, "arrivals", "referrals", "2021") == doctest::Approx(1000).epsilon(0.1));
    for (const char* resource : {"caseload", "care_places"}) {
      INFO(resource);
      CHECK(kpi(r, rep, "utilisation", resource) > 0.75);
      CHECK(kpi(r, rep, "utilisation", resource) <= 1.0);
      CHECK(kpi(r, rep, "wait_mean", resource) > 0);
    }
  }
}
