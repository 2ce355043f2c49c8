// The chain model against queueing theory: M/M/1 and M/M/c waits (Erlang C), abandonment
// with exponential patience (Erlang A, M/M/c+M), Little's law, conservation of families, and
// zero capacity.
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
         ", replications: " + std::to_string(reps) +
         ", seed: 42}\n"
         "resources: {server: {kind: places, places: " +
         std::to_string(c) +
         "}}\n"
         "arrivals: {a: {into: service, families_per_year: " +
         std::to_string(lambda_per_day * 365.25) +
         "}}\n"
         "stages:\n  service:\n    acquire: [server]\n"
         "    duration: {exponential: {mean_days: " +
         std::to_string(mean_service_days) +
         "}}\n"
         "    release: [server]\n    next: [{to: exit}]\n";
}

void check_erlang_c(double lambda, double mu, int c) {
  auto t = testing::tables_from(mmc(lambda, 1.0 / mu, c, 40, 20));
  auto r = experiment::run_experiment(t, {});
  auto s = stats::summarise(kpi_values(r, "wait_mean", "server"));
  double expected = testing::erlang_c_wait(lambda, mu, c);
  INFO("c=" << c << " simulated Wq " << s.mean << " +- " << s.half_width << ", Erlang C "
            << expected);
  CHECK(std::fabs(s.mean - expected) < 2.0 * s.half_width);  // ~4 standard errors
  CHECK(s.half_width < 0.05 * expected);                     // and the test has power
}

// M/M/c+M (Erlang A): each waiting family leaves at rate theta. The birth-death chain's
// stationary distribution gives the mean number waiting, and by the rate balance the share
// of arrivals that abandon, theta x E[waiting] / lambda.
struct ErlangA {
  double waiting = 0;
  double abandoned_share = 0;
};

ErlangA erlang_a(double lambda, double mu, int c, double theta) {
  double p = 1, total = 0, waiting = 0;
  for (int n = 0; n < 100000 && p > 1e-300; ++n) {
    total += p;
    waiting += std::max(0, n - c) * p;
    double death = std::min(n + 1, c) * mu + std::max(0, n + 1 - c) * theta;
    p *= lambda / death;
  }
  double mean_waiting = waiting / total;
  return {mean_waiting, theta * mean_waiting / lambda};
}

void check_erlang_a(double lambda, double mu, int c, double theta) {
  std::string yaml = mmc(lambda, 1.0 / mu, c, 40, 20);
  yaml.replace(yaml.find("    release:"), 0,
               "    max_wait: {mean_days: " + std::to_string(1.0 / theta) + ", then: gone}\n");
  auto t = testing::tables_from("exits: [gone]\n" + yaml);
  auto r = experiment::run_experiment(t, {});
  ErlangA expected = erlang_a(lambda, mu, c, theta);
  auto queue = stats::summarise(kpi_values(r, "queue_mean", "server"));
  std::vector<double> shares;
  for (std::size_t rep = 0; rep < r.replications.size(); ++rep) {
    shares.push_back(kpi(r, rep, "exits", "gone") / kpi(r, rep, "arrivals", "a"));
  }
  auto share = stats::summarise(shares);
  INFO("c=" << c << " waiting " << queue.mean << " +- " << queue.half_width << " (Erlang A "
            << expected.waiting << "), abandoned " << share.mean << " +- " << share.half_width
            << " (Erlang A " << expected.abandoned_share << ")");
  CHECK(std::fabs(queue.mean - expected.waiting) < 2.0 * queue.half_width);
  CHECK(std::fabs(share.mean - expected.abandoned_share) < 2.0 * share.half_width);
  CHECK(share.half_width < 0.05 * expected.abandoned_share);  // the test has power
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

TEST_CASE("exponential patience (max_wait mean_days) matches Erlang A, overloaded or not") {
  CHECK(erlang_a(0.5, 1.0, 1, 1e-12).waiting == doctest::Approx(0.5));  // M/M/1: rho^2 / (1 - rho)
  check_erlang_a(1.2, 1.0, 1, 0.5);  // rho 1.2: stable only because families give up
  check_erlang_a(6.0, 1.0, 5, 0.25);
  check_erlang_a(4.0, 1.0, 5, 1.0);
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
  auto t = testing::tables_from(mmc(3.0, 1.2, 3, 5, 3));  // overloaded: queues grow
  auto r = experiment::run_experiment(t, {});
  for (std::size_t rep = 0; rep < r.replications.size(); ++rep) {
    double before = 0;
    for (const char* year : {"2020", "2021", "2022"}) {
      double in = kpi(r, rep, "arrivals", "a", year), out = kpi(r, rep, "exits", "exit", year);
      double end = kpi(r, rep, "in_system_end", "all", year);
      CHECK(before + in - out == end);
      before = end;
    }
    CHECK(kpi(r, rep, "arrivals", "a") ==
          kpi(r, rep, "exits", "exit") + kpi(r, rep, "in_system_end", "all"));
  }
}

TEST_CASE("zero capacity: nobody is served, everybody waits") {
  auto t = testing::tables_from(mmc(1.0, 1.0, 0, 3, 2));
  auto r = experiment::run_experiment(t, {});
  for (std::size_t rep = 0; rep < 3; ++rep) {
    CHECK(kpi(r, rep, "exits", "exit") == 0);
    CHECK(kpi(r, rep, "stage_outflow", "service") == 0);
    CHECK(kpi(r, rep, "queue_end", "server") == kpi(r, rep, "arrivals", "a"));
    CHECK(std::isnan(kpi(r, rep, "wait_mean", "server")));  // nobody obtained a place
  }
}

TEST_CASE("same seed, same numbers, another seed, other numbers") {
  auto t = testing::tables_from(mmc(2.0, 1.0, 3, 4, 2));
  auto a = experiment::run_experiment(t, {1, {}});
  auto b = experiment::run_experiment(t, {2, {}});
  for (std::size_t rep = 0; rep < 4; ++rep)
    CHECK(testing::bitwise_equal(a.replications[rep].values, b.replications[rep].values));
  t.seed = 43;
  auto c = experiment::run_experiment(t, {1, {}});
  CHECK(!testing::bitwise_equal(a.replications[0].values, c.replications[0].values));
}
