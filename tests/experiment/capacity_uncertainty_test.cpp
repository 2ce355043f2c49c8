// The capacity under uncertain assumptions (capacity --uncertainty N) against queueing theory:
// on an M/M/c queue whose arrival rate is uncertain, each draw's answer is Erlang C's smallest
// c at that draw's rate, and the capacity for a coverage is the matching order statistic.
#include "sim/experiment/capacity_uncertainty.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "sim/experiment/request_error.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

// An M/M/c queue, mu = 1 a day, with its arrival rate uncertain: 2 to 6 a day.
std::string uncertain_mmc(bool with_uncertainty) {
  std::string text =
      "scenario: mmc\nrun: {start: 2020-01-01, years: 4, replications: 10, seed: 11}\n"
      "resources: {server: {kind: places, places: 1}}\n"
      "arrivals: {a: {into: service, families_per_year: 1461}}\n"
      "stages:\n  service:\n    acquire: [server]\n    duration: {exponential: {mean_days: 1}}\n"
      "    release: [server]\n    next: [{to: exit}]\n";
  if (with_uncertainty) {
    text +=
        "uncertain:\n  - {path: arrivals.a.families_per_year, distribution: {uniform: {min: 730.5, "
        "max: 2191.5}}, source: \"a test range\"}\n"
        "  - {path: resources.server.places, distribution: {uniform: {min: 1, max: 3}}, "
        "source: \"overridden by the search\"}\n";
  }
  return text;
}

// Erlang C: the smallest c with mean wait at most `w` days.
int erlang_answer(double lambda, double w) {
  int c = static_cast<int>(std::floor(lambda)) + 1;
  while (testing::erlang_c_wait(lambda, 1, c) > w) ++c;
  return c;
}

experiment::CapacityQuestion question() {
  return {"server", experiment::parse_target("wait_mean <= 0.3"), {}, 1000};
}

}  // namespace

TEST_CASE("capacity over uncertain arrivals: each draw's answer is Erlang C's at its rate") {
  auto s = testing::scenario_from(uncertain_mmc(true));
  auto d = experiment::find_capacity_over_draws(s, question(), 8, {0, {}});
  REQUIRE(d.answers.size() == 8);
  REQUIRE(d.inputs.size() == 2);
  CHECK(d.overridden == std::vector<std::string>{"resources.server.places"});
  std::vector<int> answers;
  for (std::size_t i = 0; i < d.answers.size(); ++i) {
    double lambda = d.values[i][0] / 365.25;
    int exact = erlang_answer(lambda, 0.3);
    int found = d.capacity(i, 0);
    INFO("draw " << i << ": lambda " << lambda << ", Erlang C " << exact << ", found " << found);
    // The answer is a guarantee (the whole interval meets the target): Erlang's c, or one more
    // where Erlang's c waits close to the target.
    CHECK(found >= exact);
    CHECK(found <= exact + 1);
    answers.push_back(found);
  }
  std::sort(answers.begin(), answers.end());
  CHECK(answers.front() < answers.back());  // the draws' rates need different capacities
  auto rows = experiment::coverage_of(d, 0.75);
  REQUIRE(rows.size() == 1);
  CHECK(rows[0].capacity == answers[5]);  // ceil(0.75 x 8) = 6th smallest
  CHECK(rows[0].lowest == answers.front());
  CHECK(rows[0].highest == answers.back());
  CHECK(rows[0].without_answer == 0);
}

TEST_CASE(
    "the capacity for a coverage is the matching order statistic, a draw without an answer needs more than any") {
  experiment::CapacityOverDraws d;
  for (int c : {5, 3, -1, 4, 7}) {
    experiment::CapacityAnswer a;
    experiment::CapacityStep step;
    step.period = "2026";
    step.capacity = c;
    a.steps = {step};
    d.answers.push_back(a);
  }
  auto at = [&](double coverage) { return experiment::coverage_of(d, coverage)[0]; };
  CHECK(at(0.2).capacity == 3);
  CHECK(at(0.6).capacity == 5);
  CHECK(at(0.8).capacity == 7);
  CHECK(at(1.0).capacity == -1);  // one draw is not met below the maximum
  CHECK(at(0.6).median == 5);
  CHECK(at(0.6).lowest == 3);
  CHECK(at(0.6).highest == 7);
  CHECK(at(0.6).without_answer == 1);
}

TEST_CASE("capacity --uncertainty needs uncertain inputs") {
  auto s = testing::scenario_from(uncertain_mmc(false));
  CHECK_THROWS_AS(experiment::find_capacity_over_draws(s, question(), 4, {0, {}}),
                  experiment::RequestError);
}
