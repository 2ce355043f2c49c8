// Routing: conditions pick exactly, probabilities split as asked, caps are obeyed.
#include <doctest/doctest.h>

#include <cmath>

#include "sim/experiment/experiment.h"
#include "tests/support.h"

using namespace ketensim;
using testing::kpi;

TEST_CASE("conditions on attributes and children route exactly, p-branches split in proportion") {
  auto t = testing::tables_from(R"(
scenario: routing
run: {start: 2020-01-01, years: 20, seed: 11}
attributes: {region: [noord, zuid]}
exits: [via_noord, via_big, via_p1, via_p2]
arrivals:
  n: {into: split, families_per_year: 200, attributes: {region: noord}}
  z: {into: split, families_per_year: 400, attributes: {region: zuid},
      children: {empirical: {1: 0.5, 3: 0.5}}}
stages:
  split:
    next:
      - {to: via_noord, when: {region: noord}}
      - {to: via_big, when: {children: {min: 2}}}
      - {to: via_p1, p: 0.25}
      - {to: via_p2, p: 0.75}
)");
  auto r = experiment::run_experiment(t, {});
  double big = kpi(r, 0, "exits", "via_big"), p1 = kpi(r, 0, "exits", "via_p1"),
         p2 = kpi(r, 0, "exits", "via_p2");
  CHECK(kpi(r, 0, "exits", "via_noord") == kpi(r, 0, "arrivals", "n"));
  CHECK(kpi(r, 0, "exits_children", "via_big") == 3 * big);
  CHECK(kpi(r, 0, "exits_children", "via_p1") == p1);  // only one-child families get here
  double n = p1 + p2;
  CHECK(std::fabs(p1 / n - 0.25) < 4 * std::sqrt(0.25 * 0.75 / n));
  CHECK(std::fabs(big / (big + n) - 0.5) < 4 * std::sqrt(0.25 / (big + n)));
}

TEST_CASE("max_visits caps a loop: nobody enters the stage more than the cap") {
  auto t = testing::tables_from(R"(
scenario: loop
run: {start: 2020-01-01, years: 10, seed: 12}
exits: [capped]
arrivals: {a: {into: ots, families_per_year: 100}}
stages:
  ots: {duration: {days: 1}, max_visits: 3, after_max_visits: capped, next: [{to: ots, p: 0.9}, {to: exit, p: 0.1}]}
)");
  auto r = experiment::run_experiment(t, {});
  double arrivals = kpi(r, 0, "arrivals", "a");
  double inflow = kpi(r, 0, "stage_inflow", "ots");
  double capped = kpi(r, 0, "exits", "capped");
  CHECK(inflow <= 3 * arrivals);
  // P(reaching the cap) = 0.9^3: three entries then a fourth attempt.
  double n = kpi(r, 0, "exits", "exit") + capped;
  CHECK(std::fabs(capped / n - 0.729) < 4 * std::sqrt(0.729 * 0.271 / n));
}
