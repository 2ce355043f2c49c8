#include <doctest/doctest.h>

#include "sim/experiment/experiment.h"
#include "sim/model/chain_statistics.h"
#include "sim/scenario/loader.h"
#include "tests/support.h"

using namespace ketensim;

TEST_CASE("the shipped slice gives bit-identical results at 1, 2 and 4 threads") {
  auto t = model::compile(scenario::load_scenario(testing::source_path("scenarios/haaglanden-jbt-slice.yaml")));
  t.replications = 6;
  t.horizon_days = 730;
  auto one = experiment::run_experiment(t, {1, {}});
  for (int threads : {2, 4}) {
    auto many = experiment::run_experiment(t, {threads, {}});
    for (std::size_t rep = 0; rep < one.replications.size(); ++rep) {
      CHECK(testing::bitwise_equal(one.replications[rep].values, many.replications[rep].values));
    }
  }
}

TEST_CASE("a replication does not depend on which others ran: replication 3 alone equals replication 3 of 6") {
  auto t = model::compile(scenario::load_scenario(testing::source_path("scenarios/haaglanden-jbt-slice.yaml")));
  t.horizon_days = 365;
  auto catalog = model::ChainStatistics::catalog(t);
  auto alone = experiment::run_replication(t, catalog, 3);
  t.replications = 6;
  auto all = experiment::run_experiment(t, {2, {}});
  CHECK(testing::bitwise_equal(alone.values, all.replications[3].values));
  CHECK(alone.events == all.replications[3].events);
}

TEST_CASE("progress is reported once per replication, ending at the total") {
  auto t = model::compile(scenario::load_scenario(testing::source_path("scenarios/haaglanden-jbt-slice.yaml")));
  t.replications = 5;
  t.horizon_days = 100;
  int calls = 0, last = 0;
  experiment::run_experiment(t, {2, [&](int done, int total) {
                                   ++calls;
                                   last = done;
                                   CHECK(total == 5);
                                 }});
  CHECK(calls == 5);
  CHECK(last == 5);
}
