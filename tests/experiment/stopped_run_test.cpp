// Runs that end before their last replication: a stop request keeps replications 0 .. k-1,
// a run restored from them finishes bit-identical to one never stopped, and an unstable
// replication ends the run with the first unstable one in replication order.
#include <doctest/doctest.h>

#include <atomic>

#include "sim/experiment/experiment.h"
#include "sim/experiment/replication_pipeline.h"
#include "sim/experiment/run_stopped.h"
#include "sim/experiment/scenario_set.h"
#include "sim/scenario/loader.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

model::ChainTables slice(int replications) {
  auto t = model::compile(
      scenario::load_scenario(testing::source_path("scenarios/haaglanden-jbt-slice.yaml")));
  t.replications = replications;
  t.horizon_days = 365;
  return t;
}

bool same_summaries(const experiment::ExperimentResult& a, const experiment::ExperimentResult& b) {
  auto x = experiment::summarise(a), y = experiment::summarise(b);
  if (x.size() != y.size()) return false;
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (x[k].n != y[k].n ||
        !testing::bitwise_equal({x[k].mean, x[k].sd, x[k].p5, x[k].p50, x[k].p95},
                                {y[k].mean, y[k].sd, y[k].p5, y[k].p50, y[k].p95})) {
      return false;
    }
  }
  return true;
}

}  // namespace

TEST_CASE("run_in_order: saved replications are read, and a stop request keeps 0 .. k-1") {
  std::vector<int> folded;
  std::vector<double> values;
  std::atomic<int> count{0};  // the stop request is asked on another thread than the fold
  auto work = [](int i) { return experiment::ReplicationResults{{{double(i)}}}; };
  auto fold = [&](int i, experiment::ReplicationResults& r) {
    folded.push_back(i);
    values.push_back(r[0].values[0]);
    ++count;
  };
  experiment::SavedReplications saved{
      3, [](int i) { return experiment::ReplicationResults{{{-1.0 - i}}}; }};
  int done = experiment::run_in_order(
      100, 2, work, fold, [&] { return count >= 7; }, saved);
  CHECK(done == static_cast<int>(folded.size()));
  CHECK(done >= 7);
  CHECK(done < 100);
  for (int k = 0; k < done; ++k) {
    CHECK(folded[k] == k);
    CHECK(values[k] == (k < 3 ? -1.0 - k : k));
  }
}

TEST_CASE("a stopped run keeps the first replications, each bit-identical to an unstopped run") {
  auto t = slice(20);
  auto full = experiment::run_experiment(t, {2, {}});
  std::atomic<int> progress{0};
  experiment::ExperimentOptions o{2, [&](int done, int) { progress = done; }};
  o.stop_requested = [&] { return progress >= 5; };
  auto part = experiment::run_experiment(t, o);
  CHECK_FALSE(part.complete());
  CHECK(part.replication_count >= 5);
  CHECK(part.replication_count < 20);
  REQUIRE(part.replications.size() == static_cast<std::size_t>(part.replication_count));
  for (int i = 0; i < part.replication_count; ++i) {
    CHECK(testing::bitwise_equal(part.replications[i].values, full.replications[i].values));
  }
}

TEST_CASE("a run restored from saved replications ends bit-identical to one never stopped") {
  auto t = slice(12);
  auto full = experiment::run_experiment(t, {1, {}});
  for (int saved : {0, 5, 12}) {
    CAPTURE(saved);
    std::uint64_t events = 0;
    for (int i = 0; i < saved; ++i) events += full.replications[i].events;
    std::vector<int> asked, handed;
    experiment::ExperimentOptions o{2, {}};
    o.on_replication = [&](int i, const experiment::ReplicationResult&) { handed.push_back(i); };
    o.restored = {saved, events, [&](int i) {
                    asked.push_back(i);
                    return full.replications[i].values;
                  }};
    auto resumed = experiment::run_experiment(t, o);
    CHECK(resumed.complete());
    CHECK(resumed.events() == full.events());
    CHECK(same_summaries(resumed, full));
    CHECK(asked.size() == static_cast<std::size_t>(saved));
    REQUIRE(handed.size() == 12);
    for (int i = 0; i < 12; ++i) CHECK(handed[i] == i);
  }
}

TEST_CASE("a run extended from saved replications counts only those it runs in its speed") {
  auto t = slice(12);
  auto saved = experiment::run_experiment(t, {1, {}});  // then extended from 8 to 12
  std::uint64_t old_events = 0, new_events = 0;
  for (int i = 0; i < 12; ++i) (i < 8 ? old_events : new_events) += saved.replications[i].events;
  experiment::ExperimentOptions o{2, {}};
  o.restored = {8, old_events, [&](int i) { return saved.replications[i].values; }};
  auto extended = experiment::run_experiment(t, o);
  CHECK(extended.events() == old_events + new_events);
  CHECK(extended.restored_count == 8);
  CHECK(extended.restored_events == old_events);
  CHECK(extended.replications_run_now() == 4);
  CHECK(extended.events_run_now() == new_events);
  extended.wall_seconds = 2;  // a fixed time, so the rate is known
  CHECK(extended.events_per_second() == doctest::Approx(static_cast<double>(new_events) / 2));
  auto fresh = experiment::run_experiment(t, {2, {}});
  CHECK(fresh.restored_count == 0);
  CHECK(fresh.events_run_now() == fresh.events());
}

TEST_CASE("an unstable replication ends the run with the same report at 1 and 2 threads") {
  auto t = model::compile(
      scenario::load_scenario(testing::source_path("tests/e2e/data/mm1-unstable.yaml")));
  t.max_families = 150;
  std::string reports[2];
  for (int threads : {1, 2}) {
    try {
      experiment::run_experiment(t, {threads, {}});
      FAIL("no UnstableScenario");
    } catch (const experiment::UnstableScenario& e) {
      reports[threads - 1] = e.what();
    }
  }
  CHECK(reports[0].rfind("scenario 'mm1-unstable' is unstable: replication 0 stopped on ", 0) == 0);
  CHECK(reports[0] == reports[1]);
  CHECK_THROWS_AS(experiment::run_scenario_set({t, t}, {2, {}}), experiment::UnstableScenario);
}
