// The chain model against queueing theory: M/M/1 and M/M/c waits (Erlang C), Little's law,
// conservation of families, and zero capacity.
#include <doctest/doctest.h>

#include <cmath>
#include <numeric>

#include "sim/experiment/experiment.h"
#include "sim/stats/summary.h"
#include "tests/support.h"

using namespace ketensim;
using testing::kpi;
using testing::kpi_values;

namespace {

// One stage holding one of `c` places for an exponential time: an M/M/c queue.
std::string mmc(double lambda_per_day, double mean_service_days, int c, int reps, double years) {
  return "scenario: mmc\nrun: {start: 2020-01-01, years: " + std::to_string(years) +
         ", replications: " + std::to_string(reps) + ", seed: 42}\n"
         "resources: {server: {kind: places, places: " + std::to_string(c) + "}}\n"
         "arrivals: {a: {into: service, families_per_year: " + std::to_string(lambda_per_day * 365.25) + "}}\n"
         "stages:\n  service:\n    acquire: [server]\n"
         "    duration: {exponential: {mean_days: " + std::to_string(mean_service_days) + "}}\n"
         "    release: [server]\n    next: [{to: exit}]\n";
}

void check_erlang_c(double lambda, double mu, int c) {
  auto t = testing::tables_from(mmc(lambda, 1.0 / mu, c, 40, 20));
  auto r = experiment::run_experiment(t, {});
  auto s = stats::summarise(kpi_values(r, "wait_mean", "server"));
  double expected = testing::erlang_c_wait(lambda, mu, c);
  INFO("c=" << c << " simulated Wq " << s.mean << " +- " << s.half_width << ", Erlang C " << expected);
  CHECK(std::fabs(s.mean - expected) < 2.0 * s.half_width);   // ~4 standard errors
  CHECK(s.half_width < 0.05 * expected);                        // and the test has power
}

}  // namespace

TEST_CASE("M/M/1 mean wait matches rho / (mu - lambda)") {
  CHECK(testing::erlang_c_wait(0.5, 1.0, 1) == doctest::Approx(1.0));
  check_erlang_c(0.7, 1.0, 1);
}

TEST_CASE("M/M/c mean waits match the Erlang C formula") {
  check_erlang_c(2.4, 1.0, 3);
  check_erlang_c(8.0, 1.0, 10);
}

TEST_CASE("Little's law: time-average families = arrival rate x mean time in the chain") {
  auto t = testing::tables_from(mmc(2.0, 1.0, 3, 10, 20));
  auto r = experiment::run_experiment(t, {});
  for (std::size_t rep = 0; rep < r.replications.size(); ++rep) {
    double L = kpi(r, rep, "in_system_mean", "all");
    double lambda = kpi(r, rep, "arrivals", "a") / t.horizon_days;
    double W = kpi(r, rep, "lead_time_mean", "all");
    CHECK(L == doctest::Approx(lambda * W).epsilon(0.01));
  }
}

TEST_CASE("conservation: arrivals = exits + families still in the chain, every year") {
  auto t = testing::tables_from(mmc(3.0, 1.2, 3, 5, 3));   // overloaded: queues grow
  auto r = experiment::run_experiment(t, {});
  for (std::size_t rep = 0; rep < r.replications.size(); ++rep) {
    double before = 0;
    for (const char* year : {"2020", "2021", "2022"}) {
      double in = kpi(r, rep, "arrivals", "a", year), out = kpi(r, rep, "exits", "exit", year);
      double end = kpi(r, rep, "in_system_end", "all", year);
      CHECK(before + in - out == end);
      before = end;
    }
    CHECK(kpi(r, rep, "arrivals", "a") == kpi(r, rep, "exits", "exit") + kpi(r, rep, "in_system_end", "all"));
  }
}

TEST_CASE("zero capacity: nobody is served, everybody waits") {
  auto t = testing::tables_from(mmc(1.0, 1.0, 0, 3, 2));
  auto r = experiment::run_experiment(t, {});
  for (std::size_t rep = 0; rep < 3; ++rep) {
    CHECK(kpi(r, rep, "exits", "exit") == 0);
    CHECK(kpi(r, rep, "stage_outflow", "service") == 0);
    CHECK(kpi(r, rep, "queue_end", "server") == kpi(r, rep, "arrivals", "a"));
    CHECK(std::isnan(kpi(r, rep, "wait_mean", "server")));   // nobody obtained a place
  }
}

TEST_CASE("same seed, same numbers, another seed, other numbers") {
  auto t = testing::tables_from(mmc(2.0, 1.0, 3, 4, 2));
  auto a = experiment::run_experiment(t, {1, {}});
  auto b = experiment::run_experiment(t, {2, {}});
  for (std::size_t rep = 0; rep < 4; ++rep) CHECK(testing::bitwise_equal(a.replications[rep].values, b.replications[rep].values));
  t.seed = 43;
  auto c = experiment::run_experiment(t, {1, {}});
  CHECK(!testing::bitwise_equal(a.replications[0].values, c.replications[0].values));
}
