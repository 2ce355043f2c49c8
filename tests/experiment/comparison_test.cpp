// The comparison struct: every KPI of every scenario once, paired where both have it.
#include "sim/experiment/comparison.h"

#include <doctest/doctest.h>

#include "tests/support.h"

using namespace ketensim;

namespace {

std::string queue(const std::string& name, const std::string& extra_resource) {
  return "scenario: " + name +
         "\nrun: {start: 2020-01-01, years: 1, replications: 5, seed: 3}\n"
         "resources: {server: {kind: places, places: 2}" +
         extra_resource +
         "}\n"
         "arrivals: {a: {into: service, families_per_year: 700}}\n"
         "stages:\n  service:\n    acquire: [server]\n    duration: {exponential: {mean_days: "
         "0.9}}\n"
         "    release: [server]\n    next: [{to: exit}]\n";
}

const experiment::ComparedKpi& row(const experiment::Comparison& c, const std::string& kpi,
                                   const std::string& subject) {
  for (const auto& k : c.kpis) {
    if (k.key.kpi == kpi && k.key.subject == subject && k.key.period == "all") return k;
  }
  FAIL("no row " << kpi << " " << subject);
  return c.kpis.front();
}

}  // namespace

TEST_CASE("a KPI only the alternative has is listed unpaired, shared ones carry a difference") {
  auto base = testing::tables_from(queue("base", ""));
  auto alt = testing::tables_from(queue("alt", ", spare: {kind: places, places: 1}"));
  auto set = experiment::run_scenario_set({base, alt}, {2, {}});
  auto c =
      experiment::make_comparison(set, {{"base", "base.yaml", ""}, {"alt", "alt.yaml", ""}}, 3);
  CHECK(c.replications == 5);
  CHECK(c.kpis.front().key.kpi == set.scenarios[0].catalog.key(0).kpi);  // base catalog order first
  const auto& shared = row(c, "wait_mean", "server");
  REQUIRE(shared.scenarios.size() == 2);
  REQUIRE(shared.differences.size() == 1);
  REQUIRE(shared.differences[0].has_value());
  CHECK_FALSE(shared.differences[0]->significant);  // the same queue: identical numbers
  const auto& extra = row(c, "utilisation", "spare");
  CHECK_FALSE(extra.scenarios[0].has_value());
  CHECK(extra.scenarios[1].has_value());
  CHECK_FALSE(extra.differences[0].has_value());
}

TEST_CASE("a real difference is significant and has the right sign") {
  auto base = testing::tables_from(queue("base", ""));
  auto s = testing::scenario_from(queue("more", ""));
  s.resources[0].places = 3;
  auto set = experiment::run_scenario_set({base, model::compile(s)}, {2, {}});
  auto c = experiment::make_comparison(set, {{"base", "", ""}, {"more", "", ""}}, 3);
  const auto& wait = row(c, "wait_mean", "server");
  REQUIRE(wait.differences[0].has_value());
  CHECK(wait.differences[0]->significant);
  CHECK(wait.differences[0]->difference.ci_high < 0);  // a third place cuts the wait
}
