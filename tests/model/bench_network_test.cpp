// The scenarios of the SimPy comparisons (tools/benchmarks) stay valid scenarios
// and simulate what their comments say; the comparisons themselves are timed by tools/bench and
// tools/benchmarks/simpy-compare, never here.
#include <doctest/doctest.h>

#include "sim/model/checked_scenario.h"
#include "tests/support.h"

using namespace ketensim;
using testing::kpi;

TEST_CASE("the SimPy comparison's network loads, runs and keeps both queues busy") {
  model::ChainTables t = model::compile(
      model::load_checked(testing::source_path("tools/benchmarks/queueing-network.yaml")));
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

TEST_CASE("the M/M/1 workload's scenario is the engine's M/M/1: rho 0.9 and Wq = 9 service times") {
  const model::ChainTables t =
      model::compile(model::load_checked(testing::source_path("tools/benchmarks/mm1.yaml")));
  auto r = experiment::run_experiment(t, {});
  const double service_days = 0.0003285;
  CHECK(kpi(r, 0, "arrivals", "customers") == doctest::Approx(1e6).epsilon(0.01));
  CHECK(kpi(r, 0, "utilisation", "server") == doctest::Approx(0.9).epsilon(0.02));
  CHECK(kpi(r, 0, "wait_mean", "server") == doctest::Approx(9 * service_days).epsilon(0.15));
}
