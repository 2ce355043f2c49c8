// The engine's M/M/1 workload (sim/engine/mm1_model.h): four events per customer, and a mean
// waiting time in queue that matches the analytic Wq = rho / (mu - lambda) (e.g. Kleinrock,
// Queueing Systems I, 1975).
#include <doctest/doctest.h>

#include "sim/engine/mm1_model.h"

namespace ketensim::engine {
namespace {

TEST_CASE("M/M/1 mean waiting time matches rho / (mu - lambda)") {
  const double lambda = 0.5, mu = 1.0;
  Simulator sim;
  Mm1Model queue(sim, lambda, mu, 1'000'000, 11);
  CHECK(queue.run() == 4'000'000);
  CHECK(queue.served() == 1'000'000);
  CHECK(sim.pending() == 0);
  const double rho = lambda / mu;
  CHECK(queue.mean_wait() == doctest::Approx(rho / (mu - lambda)).epsilon(0.03));
}

TEST_CASE("M/M/1 at rho 0.9, the benchmark's load, waits about 9 service times") {
  Simulator sim;
  Mm1Model queue(sim, 0.9, 1.0, 200'000, 1);
  CHECK(queue.run() == 800'000);
  CHECK(queue.mean_wait() == doctest::Approx(9.0).epsilon(0.15));
}

}  // namespace
}  // namespace ketensim::engine
