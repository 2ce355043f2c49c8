// Scenarios side by side with common random numbers: the set's results equal separate runs,
// identical inputs give identical numbers, and the paired difference varies far less than
// the two scenarios do.
#include "sim/experiment/scenario_set.h"

#include <doctest/doctest.h>

#include "sim/model/checked_scenario.h"
#include "sim/scenario/loader.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

model::ChainTables load(const std::string& file, int replications, double horizon_days) {
  auto t = model::compile(model::check(scenario::load_scenario(testing::source_path(file))));
  t.replications = replications;
  t.horizon_days = horizon_days;
  t.seed = 20200101;
  return t;
}

std::size_t index_of(const stats::KpiCatalog& c, const std::string& kpi,
                     const std::string& subject) {
  for (std::size_t k = 0; k < c.size(); ++k) {
    if (c.key(k).kpi == kpi && c.key(k).subject == subject && c.key(k).period == "all") return k;
  }
  FAIL("no KPI " << kpi << " " << subject);
  return 0;
}

}  // namespace

TEST_CASE("each scenario of a set gets exactly the numbers of its own run with the same seed") {
  std::vector<model::ChainTables> set = {
      load("scenarios/haaglanden-jbt-slice.yaml", 4, 365),
      load("scenarios/examples/lagere-caseload-norm.yaml", 4, 365)};
  auto together = experiment::run_scenario_set(set, {2, {}});
  for (std::size_t s = 0; s < set.size(); ++s) {
    auto alone = experiment::run_experiment(set[s], {1, {}});
    for (std::size_t rep = 0; rep < 4; ++rep) {
      CHECK(testing::bitwise_equal(together.scenarios[s].replications[rep].values,
                                   alone.replications[rep].values));
    }
  }
}

TEST_CASE("a scenario compared with itself differs by exactly zero everywhere") {
  auto t = load("scenarios/haaglanden-jbt-slice.yaml", 3, 365);
  auto r = experiment::run_scenario_set({t, t}, {2, {}});
  const auto& paired = r.alternatives[0];
  CHECK(paired.pairs().size() == r.scenarios[0].catalog.size());
  for (std::size_t p = 0; p < paired.pairs().size(); ++p) {
    auto d = paired.difference(p);
    if (d.n > 0) CHECK((d.mean == 0 && d.sd == 0));
  }
}

TEST_CASE(
    "common random numbers: the paired difference varies far less than the two scenarios (shipped "
    "overlay)") {
  // The slice against its example overlay (caseload norm 12 -> 8 at the same fte): the
  // families still in the chain at the end and the mean lead time both change, and with common
  // random numbers their paired differences vary at least four times less than unpaired ones
  // would (at 1,000 replications over 5 years the ratios are about 0.10 and 0.03).
  std::vector<model::ChainTables> set = {
      load("scenarios/haaglanden-jbt-slice.yaml", 40, 3 * 365.0),
      load("scenarios/examples/lagere-caseload-norm.yaml", 40, 3 * 365.0)};
  auto r = experiment::run_scenario_set(set, {0, {}});
  const auto& base = r.scenarios[0];
  const auto& alt = r.scenarios[1];
  for (const char* kpi : {"in_system_end", "lead_time_mean"}) {
    std::size_t k = index_of(base.catalog, kpi, "all");
    double unpaired = base.kpis.moments(k).variance() +
                      alt.kpis.moments(index_of(alt.catalog, kpi, "all")).variance();
    std::size_t p = 0;
    while (r.alternatives[0].pairs()[p].base != k) ++p;
    double paired = r.alternatives[0].difference(p).sd * r.alternatives[0].difference(p).sd;
    INFO(kpi << ": var(A) + var(B) = " << unpaired << ", var(B - A) = " << paired);
    CHECK(paired < 0.25 * unpaired);
  }
}

TEST_CASE("scenarios of a set must share replications and seed") {
  auto a = load("scenarios/haaglanden-jbt-slice.yaml", 2, 100), b = a;
  b.seed = 7;
  CHECK_THROWS_AS(experiment::run_scenario_set({a, b}, {1, {}}), std::invalid_argument);
}
