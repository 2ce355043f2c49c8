#include "sim/experiment/experiment.h"

#include <doctest/doctest.h>

#include <cstring>

#include "sim/model/chain_statistics.h"
#include "sim/scenario/loader.h"
#include "sim/stats/kpi_bounds.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

model::ChainTables slice(int replications, double horizon_days) {
  auto t = model::compile(
      scenario::load_scenario(testing::source_path("scenarios/haaglanden-jbt-slice.yaml")));
  t.replications = replications;
  t.horizon_days = horizon_days;
  return t;
}

bool same_summary(const stats::Summary& a, const stats::Summary& b) {
  return a.n == b.n && testing::bitwise_equal(
                           {a.mean, a.sd, a.ci_low, a.ci_high, a.half_width, a.p5, a.p50, a.p95},
                           {b.mean, b.sd, b.ci_low, b.ci_high, b.half_width, b.p5, b.p50, b.p95});
}

}  // namespace

TEST_CASE("the shipped slice gives bit-identical results at 1, 2 and 4 threads") {
  auto t = slice(6, 730);
  auto one = experiment::run_experiment(t, {1, {}});
  for (int threads : {2, 4}) {
    auto many = experiment::run_experiment(t, {threads, {}});
    for (std::size_t rep = 0; rep < one.replications.size(); ++rep) {
      CHECK(testing::bitwise_equal(one.replications[rep].values, many.replications[rep].values));
    }
  }
}

TEST_CASE(
    "summaries are folded in replication order: bit-identical at 1, 2 and 4 threads, kept or not") {
  auto t = slice(12, 365);
  auto one = experiment::run_experiment(t, {1, {}});
  auto expected = experiment::summarise(one);
  for (int threads : {1, 2, 4}) {
    experiment::ExperimentOptions o{threads, {}};
    o.keep_replications = false;
    auto streamed = experiment::run_experiment(t, o);
    CHECK(streamed.replications.empty());
    CHECK(streamed.replication_count == 12);
    CHECK(streamed.events() == one.events());
    auto got = experiment::summarise(streamed);
    for (std::size_t k = 0; k < got.size(); ++k) CHECK(same_summary(got[k], expected[k]));
  }
}

TEST_CASE(
    "the summaries equal summarise() over the stored replication values, cut to the KPI's bounds") {
  auto t = slice(7, 365);
  auto r = experiment::run_experiment(t, {2, {}});
  auto s = experiment::summarise(r);
  int cut = 0;
  for (std::size_t k = 0; k < r.catalog.size(); ++k) {
    stats::Summary stored = stats::summarise(r.values_of(k));
    CHECK(same_summary(s[k], stats::within_bounds(stored, r.catalog.key(k).unit)));
    cut += stored.ci_low < 0 || (r.catalog.key(k).unit == "share" && stored.ci_high > 1);
  }
  CHECK(cut > 0);  // the slice has KPIs near 0 whose plain t-interval reaches below it
}

TEST_CASE("each replication is handed over in order, once, whatever the thread count") {
  auto t = slice(9, 200);
  auto kept = experiment::run_experiment(t, {1, {}});
  std::vector<int> order;
  experiment::ExperimentOptions o{4, {}};
  o.keep_replications = false;
  o.on_replication = [&](int i, const experiment::ReplicationResult& r) {
    order.push_back(i);
    CHECK(testing::bitwise_equal(r.values, kept.replications[static_cast<std::size_t>(i)].values));
  };
  experiment::run_experiment(t, o);
  CHECK(order == std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7, 8});
}

TEST_CASE(
    "a replication does not depend on which others ran: replication 3 alone equals replication 3 "
    "of 6") {
  auto t = slice(1, 365);
  auto catalog = model::ChainStatistics::catalog(t);
  auto alone = experiment::run_replication(t, catalog, 3);
  t.replications = 6;
  auto all = experiment::run_experiment(t, {2, {}});
  CHECK(testing::bitwise_equal(alone.values, all.replications[3].values));
  CHECK(alone.events == all.replications[3].events);
}

TEST_CASE("progress is reported once per replication, in order, ending at the total") {
  auto t = slice(5, 100);
  std::vector<int> done;
  experiment::run_experiment(t, {2, [&](int d, int total) {
                                   done.push_back(d);
                                   CHECK(total == 5);
                                 }});
  CHECK(done == std::vector<int>{1, 2, 3, 4, 5});
}
