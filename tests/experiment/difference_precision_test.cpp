// The stopping rule of a comparison: it stops at the first look (after whole batches, in
// replication order) where every judged paired difference is within its target, the same at
// any thread count, and what it holds then is exactly a run of that many replications.
#include "sim/experiment/difference_precision.h"

#include <doctest/doctest.h>

#include "sim/model/checked_scenario.h"
#include "sim/scenario/loader.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

model::ChainTables load(const std::string& file, int replications) {
  auto t = model::compile(model::check(scenario::load_scenario(testing::source_path(file))));
  t.replications = replications;
  t.horizon_days = 2 * 365.0;
  t.seed = 20200101;
  return t;
}

std::vector<model::ChainTables> slice_and_norm(int replications) {
  return {load("scenarios/haaglanden-jbt-slice.yaml", replications),
          load("scenarios/examples/lagere-caseload-norm.yaml", replications)};
}

// Every whole-run figure of these KPIs, as a comparison's headlines are judged.
std::vector<std::size_t> judged(const stats::KpiCatalog& c) {
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < c.size(); ++k) {
    const auto& key = c.key(k);
    if (key.period == "all" && (key.kpi == "wait_mean" || key.kpi == "in_system_end" ||
                                key.kpi == "lead_time_mean" || key.kpi == "utilisation"))
      out.push_back(k);
  }
  return out;
}

experiment::ScenarioSetResult run(const std::vector<model::ChainTables>& set, int threads,
                                  const experiment::DifferenceTarget& target) {
  auto catalog = experiment::empty_result(set[0], {}).catalog;
  return experiment::run_scenario_set(set, {threads, {}}, {},
                                      experiment::difference_rule(target, judged(catalog)));
}

}  // namespace

TEST_CASE("a comparison stops at the first whole batch where every difference is precise enough") {
  // Without the resolution floor, so that the small slice's differences decide.
  experiment::DifferenceTarget target{
      .relative = 0.008, .first_look = 20, .batch = 10, .resolution = 0};
  auto one = run(slice_and_norm(400), 1, target);
  auto two = run(slice_and_norm(400), 2, target);
  int n = one.scenarios[0].replication_count;
  MESSAGE("stopped after " << n << " replications");
  REQUIRE(one.stopped_by_rule);
  CHECK(n < 400);
  CHECK((n - target.first_look) % target.batch == 0);
  // Where it stops and what it holds do not depend on the threads.
  CHECK(two.scenarios[0].replication_count == n);
  for (std::size_t s = 0; s < 2; ++s) {
    for (std::size_t k = 0; k < one.scenarios[s].catalog.size(); ++k) {
      const auto &a = one.scenarios[s].kpis.moments(k), &b = two.scenarios[s].kpis.moments(k);
      CHECK(testing::bitwise_equal(std::vector<double>{a.mean(), a.variance()},
                                   std::vector<double>{b.mean(), b.variance()}));
    }
  }
  // The rule holds at n, and did not at the look before.
  auto plain = experiment::run_scenario_set(slice_and_norm(n), {2, {}});
  auto c =
      experiment::check_differences(plain, judged(plain.scenarios[0].catalog), target.relative, 0);
  CHECK(c.met);
  CHECK(c.half_width <= c.target);
  if (n > target.first_look) {
    auto before = experiment::run_scenario_set(slice_and_norm(n - target.batch), {2, {}});
    CHECK_FALSE(experiment::check_differences(before, judged(before.scenarios[0].catalog),
                                              target.relative, 0)
                    .met);
  }
}

TEST_CASE(
    "a scenario compared with itself is known at the first look, an unreachable target runs to the maximum") {
  auto t = load("scenarios/haaglanden-jbt-slice.yaml", 60);
  auto same = run({t, t}, 2, {.relative = 0.05});
  CHECK(same.stopped_by_rule);
  CHECK(same.scenarios[0].replication_count == 20);

  auto tight = run(slice_and_norm(40), 2, {.relative = 1e-9, .resolution = 0});
  CHECK_FALSE(tight.stopped_by_rule);
  CHECK(tight.scenarios[0].replication_count == 40);
  CHECK(tight.scenarios[0].complete());

  auto off = run(slice_and_norm(40), 2, {.relative = 0});
  CHECK_FALSE(off.stopped_by_rule);
  CHECK(off.scenarios[0].replication_count == 40);
}

TEST_CASE(
    "the least difference worth a replication: half a day, half a percentage point, half a family") {
  CHECK(experiment::resolution_of("days") == 0.5);
  CHECK(experiment::resolution_of("share") == 0.005);
  CHECK(experiment::resolution_of("families") == 0.5);
  CHECK(experiment::resolution_of("children") == 0.5);
}
