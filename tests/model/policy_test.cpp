// Dated policies on durations, written in YAML as users write them: a fixed duration
// changed on a date applies to services that start after it; an exponential one applies at
// once to every family in the stage, because an exponential duration has no memory. Both
// against timelines computable by hand.
#include <doctest/doctest.h>

#include <cmath>

#include "sim/model/chain_model.h"
#include "sim/model/checked_scenario.h"
#include "sim/stats/summary.h"
#include "tests/support.h"

using namespace ketensim;
using testing::kpi;
using testing::kpi_values;

namespace {

struct StageTimes : model::ChainObserver {
  std::vector<std::pair<double, double>> entered_left;  // per family leaving the stage
  void on_stage_exit(double t, const model::Family& f, int) override {
    entered_left.emplace_back(f.stage_entered, t);
  }
};

}  // namespace

TEST_CASE("a fixed duration changed on a date applies to services starting after it") {
  auto t = testing::tables_from(R"(scenario: p
run: {start: 2020-01-01, years: 1, seed: 5}
arrivals: {a: {into: s, families_per_year: 200}}
stages:
  s: {duration: {days: 100}, next: [{to: exit}]}
initial: [{stage: s, families: 10}]
policies:
  - {from: 2020-02-20, set: {stages.s.duration.days: 10}}
)");
  StageTimes trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  int before = 0, after = 0;
  for (const auto& [entered, left] : trace.entered_left) {
    if (entered < 50) {
      CHECK(left - std::max(entered, 0.0) == doctest::Approx(100));  // 20 February is day 50
      ++before;
    } else {
      CHECK(left - entered == doctest::Approx(10));
      ++after;
    }
  }
  CHECK(before >= 10 + 15);  // the initial ten and some 27 arrivals before the date
  CHECK(after > 100);
}

TEST_CASE(
    "an exponential duration changed on a date applies at once to every family in the stage") {
  // 2,000 families with a mean of 1,000 days; from day 100 the mean is 10 days. By memory-
  // lessness every family still there on day 100 leaves after Exp(mean 10) from then on,
  // so by 31-12 nobody is left (without the redraw some 1,400 would be).
  auto t = testing::tables_from(R"(scenario: p
run: {start: 2020-01-01, years: 1, seed: 9, replications: 3}
measures: [ots]
arrivals: {a: {into: s, families_per_year: 0}}
stages:
  s: {measure: ots, duration: {exponential: {mean_days: 1000}}, next: [{to: exit}]}
initial: [{stage: s, families: 2000}]
policies:
  - {from: 2020-04-10, set: {stages.s.duration.exponential.mean_days: 10}}
)");
  auto r = experiment::run_experiment(t, {});
  for (std::size_t rep = 0; rep < 3; ++rep) {
    CHECK(kpi(r, rep, "measure_stock_end", "ots", "2020") == 0);
    // Before day 100 about 2000 (1 - e^-0.1) = 190 leave; the rest soon after it.
    double mean_stock = kpi(r, rep, "measure_stock_mean", "ots", "2020");
    double expected = 2000 * (1000 * (1 - std::exp(-0.1)) + std::exp(-0.1) * 10) / 366;
    CHECK(mean_stock == doctest::Approx(expected).epsilon(0.03));
  }
}

TEST_CASE("the redraws of a duration policy give the same bits at any thread count") {
  std::string yaml = R"(scenario: p
run: {start: 2020-01-01, years: 2, seed: 11, replications: 2}
arrivals: {a: {into: s, families_per_year: 300}}
stages:
  s: {duration: {exponential: {mean_days: 200}}, next: [{to: exit}]}
policies:
  - {from: 2020-07-01, set: {stages.s.duration.exponential.mean_days: 100}}
)";
  experiment::ExperimentOptions one, two;
  one.threads = 1;
  two.threads = 2;
  auto a = experiment::run_experiment(testing::tables_from(yaml), one);
  auto b = experiment::run_experiment(testing::tables_from(yaml), two);
  CHECK(testing::bitwise_equal(a.replications[1].values, b.replications[1].values));
}

TEST_CASE("two policies on one date apply in the order listed: an overlay's change wins") {
  auto t = model::compile(
      model::load_checked(testing::source_path("tests/scenario/data/policies_overlay.yaml")));
  auto r = experiment::run_experiment(t, {});
  CHECK(kpi(r, 0, "capacity_mean", "bed", "2020") == doctest::Approx(10));
  CHECK(kpi(r, 0, "capacity_mean", "bed", "2021") == doctest::Approx(5));
}

TEST_CASE(
    "an exponential rate of 0 never ends, a policy switches the hazard on for everybody in the stage") {
  // 1,000 families in a stage that only a one-year timer would end; from day 100 the stage
  // ends at a rate of 36.525 a year (mean 10 days): by 31-12 nobody is left, and nobody left
  // before day 100.
  auto t = testing::tables_from(R"(scenario: hazard
run: {start: 2020-01-01, years: 1, seed: 4}
measures: [ots]
arrivals: {a: {into: s, families_per_year: 0}}
stages:
  s:
    measure: ots
    duration: {exponential: {rate_per_year: 0}}
    timers: [{days: 365, then: exit}]
    next: [{to: exit}]
initial: [{stage: s, families: 1000, elapsed: {days: 0}}]
policies:
  - {from: 2020-04-10, set: {stages.s.duration.exponential.rate_per_year: 36.525}}
)");
  StageTimes trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(trace.entered_left.size() == 1000);
  double mean_after = 0;
  for (const auto& [entered, left] : trace.entered_left) {
    CHECK(left >= 100);
    mean_after += (left - 100) / 1000;
  }
  CHECK(mean_after == doctest::Approx(10).epsilon(0.1));
}
