// Costs in euros from the time integrals the model keeps: child-days x the tariff of a
// measure or a stage, place-days in use x the place tariff, fte-years x the fte tariff.
#include <doctest/doctest.h>

#include <cmath>

#include "sim/experiment/experiment.h"
#include "tests/support.h"

using namespace ketensim;
using testing::kpi;

namespace {

// 40 children in care all of 2021 (365 days): a measure, a stage, a bed each, and a caseload
// of 10 fte without turnover.
const char* const kFixedStock = R"(scenario: costs
run: {start: 2021-01-01, years: 1, seed: 1, replications: 2}
measures: [ots]
resources:
  bed: {kind: places, places: 100}
  gi: {kind: caseload, fte: 10, caseload_norm: 15}
arrivals: {a: {into: zorg, families_per_year: 0}}
stages:
  zorg: {measure: ots, acquire: [bed, gi], duration: {days: 1000}, next: [{to: exit}]}
initial: [{stage: zorg, families: 40}]
costs:
  measures: {ots: {per_day: 100, source: "a test tariff"}}
  stages: {zorg: {per_day: 20, assumption: "a test tariff"}}
  resources:
    bed: {per_day: 50, assumption: "a test tariff"}
    gi: {per_fte_year: 80000, source: "a test tariff"}
)";

}  // namespace

TEST_CASE(
    "a fixed stock for a year costs children x 365 x the tariff, staff fte x the fte tariff") {
  auto r = experiment::run_experiment(testing::tables_from(kFixedStock), {});
  for (std::size_t rep = 0; rep < 2; ++rep) {
    CHECK(kpi(r, rep, "cost_measures", "all", "2021") == 40 * 365 * 100.0);
    CHECK(kpi(r, rep, "cost_care", "all", "2021") == 40 * 365 * 20.0 + 40 * 365 * 50.0);
    CHECK(kpi(r, rep, "cost_staff", "all", "2021") == 10 * 80000.0);
    CHECK(kpi(r, rep, "cost_total", "all", "2021") == 1460000.0 + 1022000.0 + 800000.0);
    CHECK(kpi(r, rep, "cost_total", "all") == 3282000.0);
  }
}

TEST_CASE("without tariffs the costs are not defined") {
  std::string yaml = kFixedStock;
  yaml = yaml.substr(0, yaml.find("costs:\n  measures"));
  auto r = experiment::run_experiment(testing::tables_from(yaml), {});
  CHECK(std::isnan(kpi(r, 0, "cost_total", "all")));
  CHECK(std::isnan(kpi(r, 0, "cost_staff", "all")));
}
