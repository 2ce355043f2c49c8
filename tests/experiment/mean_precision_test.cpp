// The stopping rule of `ketensim run --precision`: it stops at the first look (after whole
// batches, in replication order) where every judged mean is within its target, never at a
// look where one is not, the same at any thread count; and what it holds then is exactly a
// run of that many replications.
#include "sim/experiment/mean_precision.h"

#include <doctest/doctest.h>

#include <cmath>

#include "sim/model/checked_scenario.h"
#include "sim/scenario/loader.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

// A wait in days, a share near 0 and a KPI never defined, over the whole run.
stats::KpiCatalog hand_made_catalog() {
  stats::KpiCatalog c({"all"});
  c.add({"wait_mean", "days", "mean wait"}, {"a"});
  c.add({"waited_share", "share", "share that waited"}, {"a"});
  c.add({"lead_time_mean", "days", "never defined here"}, {"a"});
  return c;
}

experiment::ExperimentResult empty_of(const stats::KpiCatalog& c) {
  return {c, stats::CatalogAccumulator(c.size(), {}), {}, 0, 0, 0, 0, 1, 1000};
}

// Replication i: a wait of 100 +- 12 days (alternating), a share of 0.001 +- 0.001 and NaN.
// The wait's 95% half-width after n (even) replications is t(n-1) x 12 / sqrt(n-1): 5.76
// days at 20, 4.56 at 30, against a target of 5% of 100 = 5 days. The share's target is
// its resolution, 0.005, which its half-width of about 0.0005 meets from the start.
std::vector<double> replication(int i) {
  double sign = i % 2 == 0 ? 1 : -1;
  return {100 + 12 * sign, 0.001 + 0.001 * sign, std::nan("")};
}

// The replications the rule lets run, folded as run_experiment folds them.
int stop_point(const experiment::RunStop& rule, experiment::ExperimentResult& r, int most) {
  for (int i = 0; i < most; ++i) {
    r.add({replication(i), 1, 0, {}}, false);
    if (rule.looks_at(i + 1) && rule.enough(r)) return i + 1;
  }
  return most;
}

experiment::ExperimentOptions on_threads(int threads) {
  experiment::ExperimentOptions o;
  o.threads = threads;
  o.keep_replications = false;
  return o;
}

model::ChainTables slice(int replications) {
  auto t = model::compile(model::check(
      scenario::load_scenario(testing::source_path("scenarios/haaglanden-jbt-slice.yaml"))));
  t.replications = replications;
  t.horizon_days = 2 * 365.0;
  t.seed = 20200101;
  return t;
}

// The whole-run means of the KPIs `run` prints as headlines (tools/ketensim/headlines.cpp).
std::vector<std::size_t> headlines(const stats::KpiCatalog& c) {
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < c.size(); ++k) {
    const auto& key = c.key(k);
    if (key.period == "all" && (key.kpi == "wait_mean" || key.kpi == "in_system_end" ||
                                key.kpi == "exits" || key.kpi == "utilisation"))
      out.push_back(k);
  }
  return out;
}

}  // namespace

TEST_CASE(
    "a run stops at the first look where every mean is within its target, not at the look before") {
  stats::KpiCatalog c = hand_made_catalog();
  std::vector<std::size_t> judged = {0, 1, 2};
  auto rule = experiment::mean_rule({.relative = 0.05}, judged);

  experiment::ExperimentResult r = empty_of(c);
  CHECK(stop_point(rule, r, 1000) == 30);

  auto at_30 = experiment::check_means(r, judged, 0.05);
  CHECK(at_30.met);
  CHECK(at_30.judged == 2);  // the KPI never defined is not judged
  CHECK(at_30.kpi == 0);     // the wait decided: the last to get within its target
  CHECK(at_30.target == doctest::Approx(5.0));
  CHECK(at_30.half_width == doctest::Approx(2.045 * 12 / std::sqrt(29.0)).epsilon(1e-3));

  experiment::ExperimentResult before = empty_of(c);
  for (int i = 0; i < 20; ++i) before.add({replication(i), 1, 0, {}}, false);
  auto at_20 = experiment::check_means(before, judged, 0.05);
  CHECK_FALSE(at_20.met);
  CHECK(at_20.kpi == 0);
  CHECK(at_20.half_width == doctest::Approx(2.093 * 12 / std::sqrt(19.0)).epsilon(1e-3));
}

TEST_CASE("a mean near 0 is held to its resolution, not to a share of itself") {
  stats::KpiCatalog c = hand_made_catalog();
  experiment::ExperimentResult r = empty_of(c);
  for (int i = 0; i < 20; ++i) r.add({replication(i), 1, 0, {}}, false);
  auto share = experiment::check_means(r, {1}, 0.05);
  CHECK(share.met);
  CHECK(share.target == 0.005);  // 5% of 0.001 would ask for thousands of replications
  CHECK_FALSE(experiment::check_means(r, {1}, 0.05, 0).met);
  // Nothing judged yet (one value, or none defined): not met.
  CHECK_FALSE(experiment::check_means(r, {2}, 0.05).met);
}

TEST_CASE(
    "a run with a stopping rule stops at the same look at 1 and 2 threads and holds a run of that many") {
  auto catalog = experiment::empty_result(slice(1), {}).catalog;
  experiment::PrecisionTarget target{.relative = 0.05};
  auto rule = experiment::mean_rule(target, headlines(catalog));
  auto one = experiment::run_experiment(slice(400), on_threads(1), rule);
  auto two = experiment::run_experiment(slice(400), on_threads(2), rule);
  int n = one.replication_count;
  MESSAGE("stopped after " << n << " replications");
  REQUIRE(one.stopped_by_rule);
  CHECK(one.finished());
  CHECK_FALSE(one.complete());
  CHECK(n < 400);
  CHECK((n - target.first_look) % target.batch == 0);
  CHECK(two.replication_count == n);
  auto plain = experiment::run_experiment(slice(n), on_threads(2));
  for (std::size_t k = 0; k < catalog.size(); ++k) {
    const auto &a = one.kpis.moments(k), &b = two.kpis.moments(k), &p = plain.kpis.moments(k);
    CHECK(testing::bitwise_equal(std::vector<double>{a.mean(), a.variance()},
                                 std::vector<double>{b.mean(), b.variance()}));
    CHECK(testing::bitwise_equal(std::vector<double>{a.mean(), a.variance()},
                                 std::vector<double>{p.mean(), p.variance()}));
  }
  CHECK(experiment::check_means(plain, headlines(catalog), target.relative).met);
  if (n > target.first_look) {
    auto before = experiment::run_experiment(slice(n - target.batch), on_threads(2));
    CHECK_FALSE(experiment::check_means(before, headlines(catalog), target.relative).met);
  }
}

TEST_CASE("--precision 0 is no rule: every replication runs") {
  auto rule = experiment::mean_rule({.relative = 0}, {0});
  CHECK_FALSE(rule.looks_at(20));
  auto r = experiment::run_experiment(slice(25), on_threads(2), rule);
  CHECK(r.replication_count == 25);
  CHECK_FALSE(r.stopped_by_rule);
}
