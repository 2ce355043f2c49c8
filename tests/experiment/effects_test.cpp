// The answer first: the largest effects, each called better or worse by its KPI's direction.
#include "sim/experiment/effects.h"

#include <doctest/doctest.h>

#include "tests/support.h"

using namespace ketensim;

namespace {

// A queue at two places over two years; 700 families a year at 0.9 days each keep it busy.
std::string queue(const std::string& name) {
  return "scenario: " + name +
         "\nrun: {start: 2020-01-01, years: 2, replications: 6, seed: 3}\n"
         "resources: {server: {kind: places, places: 2}}\n"
         "arrivals: {a: {into: service, families_per_year: 700}}\n"
         "stages:\n  service:\n    acquire: [server]\n    duration: {exponential: {mean_days: "
         "0.9}}\n"
         "    release: [server]\n    next: [{to: exit}]\n";
}

experiment::Comparison compared(int alternative_places) {
  auto base = testing::tables_from(queue("base"));
  auto s = testing::scenario_from(queue("alt"));
  s.resources[0].places = alternative_places;
  auto set = experiment::run_scenario_set({base, model::compile(s)}, {2, {}});
  return experiment::make_comparison(set, {{"base", "", ""}, {"alt", "", ""}}, 3);
}

const experiment::Effect* effect(const std::vector<experiment::Effect>& effects,
                                 const std::string& kpi) {
  for (const auto& e : effects) {
    if (e.kpi == kpi && e.subject == "server") return &e;
  }
  return nullptr;
}

// One row of a hand-made comparison: base and alternative means, a significant difference.
experiment::ComparedKpi row(const std::string& kpi, const std::string& period, double base,
                            double alternative, const std::string& unit = "days") {
  stats::Summary b, a, d;
  b.mean = base;
  a.mean = alternative;
  d.mean = alternative - base;
  return {{kpi, "x", period, unit}, {b, a}, {experiment::KpiDifference{d, alternative != base}}};
}

}  // namespace

TEST_CASE("KPIs declare their good direction: waits lower, norms met higher, counts neither") {
  CHECK(model::better_direction("wait_mean") == model::Better::lower);
  CHECK(model::better_direction("waiting_over_90d_end") == model::Better::lower);
  CHECK(model::better_direction("norm_met_share") == model::Better::higher);
  CHECK(model::better_direction("placed_within_share") == model::Better::higher);
  CHECK(model::better_direction("arrivals") == model::Better::neither);
  CHECK(model::better_direction("stage_stock_mean") == model::Better::neither);
  CHECK(model::better_direction("no_such_kpi") == model::Better::neither);
}

TEST_CASE("a third place is called better: shorter waits, in the last year") {
  auto c = compared(3);
  auto effects = experiment::largest_effects(c, 0, 0.05);
  const auto* wait = effect(effects, "wait_mean");
  REQUIRE(wait != nullptr);
  CHECK(wait->improves());
  CHECK(wait->last_year == "2021");
  CHECK(wait->relative < -0.05);
  CHECK(wait->alternative < wait->base);
  for (const auto& e : effects) CHECK(e.improves());  // every called-out effect of more places
  CHECK(effects.size() <= 5);
  CHECK(effect(effects, "utilisation") == nullptr);  // no direction: not called out
}

TEST_CASE("a place fewer is called worse") {
  auto c = compared(1);
  auto effects = experiment::largest_effects(c, 0, 0.05);
  REQUIRE_FALSE(effects.empty());
  for (const auto& e : effects) CHECK_FALSE(e.improves());
}

TEST_CASE("effects below the material share are not called out, the peak year is named") {
  experiment::Comparison c;
  c.scenarios = {{"base", "", ""}, {"alt", "", ""}};
  c.kpis = {row("wait_mean", "2020", 100, 50), row("wait_mean", "2021", 100, 98),
            row("wait_mean", "all", 100, 74), row("norm_met_share", "2020", 0.5, 0.51, "share"),
            row("norm_met_share", "2021", 0.5, 0.52, "share")};
  auto effects = experiment::largest_effects(c, 0, 0.05);
  REQUIRE(effects.size() == 1);  // norm_met_share: +4% at most, under 5%
  const auto& e = effects[0];
  CHECK(e.kpi == "wait_mean");
  CHECK(e.last_year == "2021");
  CHECK(e.relative == doctest::Approx(-0.02));
  CHECK(e.peak_year == "2020");
  CHECK(e.peak_relative == doctest::Approx(-0.5));
  CHECK(e.peak_difference == doctest::Approx(-50));  // 100 -> 50 days in 2020
  CHECK(e.improves());
  CHECK(experiment::largest_effects(c, 0, 0.6).empty());
  CHECK(experiment::largest_effects(c, 0, 0.03).size() == 2);
}

TEST_CASE("a difference below its unit's resolution is not called out, however large relatively") {
  // Waits of a hundredth of a day that double, and a share up 0.4 percentage points (+100%):
  // nothing anyone would report. Half a day and half a point are.
  experiment::Comparison c;
  c.scenarios = {{"base", "", ""}, {"alt", "", ""}};
  c.kpis = {row("wait_mean", "2021", 0.01, 0.02),
            row("norm_met_share", "2021", 0.004, 0.008, "share")};
  CHECK(experiment::largest_effects(c, 0, 0.05).empty());
  c.kpis = {row("wait_mean", "2021", 0.5, 1.0),
            row("norm_met_share", "2021", 0.004, 0.010, "share")};
  CHECK(experiment::largest_effects(c, 0, 0.05).size() == 2);
}

TEST_CASE("cost per outcome: the last year's extra euros over the children fewer waiting") {
  // 10 more fte at 80,000 euro: 0.8 mln euro more in 2021, and 40 fewer children waiting.
  auto counted = [](const std::string& kpi, const std::string& unit, const std::string& period,
                    double base, double alternative) {
    experiment::ComparedKpi r = row(kpi, period, base, alternative);
    r.key.unit = unit;
    return r;
  };
  experiment::Comparison c;
  c.scenarios = {{"base", "", ""}, {"alt", "", ""}};
  c.kpis = {counted("waiting_over_end", "children", "2020", 100, 90),
            counted("waiting_over_end", "children", "2021", 120, 80),
            counted("cost_total", "euro", "2020", 8e6, 8.4e6),
            counted("cost_total", "euro", "2021", 8e6, 8.8e6)};
  auto effects = experiment::largest_effects(c, 0, 0.05);
  auto costs = experiment::cost_per_outcome(c, 0, effects);
  REQUIRE(costs.size() == 1);  // the cost itself is no outcome
  CHECK(costs[0].effect.kpi == "waiting_over_end");
  CHECK(costs[0].cost_difference == doctest::Approx(0.8e6));
  CHECK(costs[0].outcome_difference == doctest::Approx(-40));
  CHECK(costs[0].euros_per_unit() == doctest::Approx(20000));
  // Without a cost difference in the last year there is nothing to divide.
  c.kpis[3] = counted("cost_total", "euro", "2021", 8e6, 8e6);
  CHECK(experiment::cost_per_outcome(c, 0, experiment::largest_effects(c, 0, 0.05)).empty());
}
