// KN over a scenario set (selection_rule.h): the set ends at the replication where KN
// selects, holding exactly that many, at any thread count; a scenario KN eliminates runs no
// further replications.
#include "sim/experiment/selection_rule.h"

#include <doctest/doctest.h>

#include "sim/experiment/request_error.h"
#include "sim/model/checked_scenario.h"
#include "sim/scenario/loader.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

model::ChainTables load(const std::string& file, int replications) {
  auto t = model::compile(model::check(scenario::load_scenario(testing::source_path(file))));
  t.replications = replications;
  t.seed = 20200101;
  return t;
}

std::vector<model::ChainTables> three(int replications) {
  return {load("scenarios/haaglanden-jbt-slice.yaml", replications),
          load("scenarios/examples/lagere-caseload-norm.yaml", replications),
          load("tests/e2e/data/slice-jbt-a-moment-longer.yaml", replications)};
}

std::size_t index_of(const model::ChainTables& t, const std::string& kpi,
                     const std::string& subject) {
  auto c = experiment::empty_result(t, {}).catalog;
  for (std::size_t k = 0; k < c.size(); ++k) {
    if (c.key(k).kpi == kpi && c.key(k).subject == subject && c.key(k).period == "all") return k;
  }
  FAIL("no KPI " << kpi << " " << subject);
  return 0;
}

// The slice, its caseload norm lowered to 8, and to 9: no wait, a long one, one between.
std::vector<model::ChainTables> three_norms(int replications) {
  return {load("scenarios/haaglanden-jbt-slice.yaml", replications),
          load("scenarios/examples/lagere-caseload-norm.yaml", replications),
          load("tests/e2e/data/slice-norm-9.yaml", replications)};
}

struct Selected {
  experiment::ScenarioSetResult set;
  int selected = -1, replications = 0;
  std::vector<int> eliminated_at;
};

Selected select_on(const std::vector<model::ChainTables>& set, int threads, const std::string& kpi,
                   const std::string& subject) {
  experiment::KnSelection kn(3, {.delta = 0.5, .higher_is_better = false});
  std::vector<std::size_t> indices;
  for (const auto& t : set) indices.push_back(index_of(t, kpi, subject));
  auto rule = experiment::selection_rule(kn, indices, {"a", "b", "c"}, kpi + " " + subject);
  auto result = experiment::run_scenario_set(set, {threads, {}}, {}, rule);
  return {std::move(result),
          kn.selected(),
          kn.replications(),
          {kn.eliminated_at(0), kn.eliminated_at(1), kn.eliminated_at(2)}};
}

}  // namespace

TEST_CASE("a selection ends the set where KN selects, the same at 1 and 2 threads") {
  auto one = select_on(three(200), 1, "lead_time_mean", "all");
  auto two = select_on(three(200), 2, "lead_time_mean", "all");
  MESSAGE("selected " << one.selected << " after " << one.replications << " replications");
  REQUIRE(one.selected == 1);  // the lower norm shortens the lead time
  CHECK(one.replications >= 20);
  CHECK(one.set.stopped_by_rule);
  CHECK(one.set.scenarios[0].replication_count == one.replications);
  CHECK(two.selected == one.selected);
  CHECK(two.replications == one.replications);
  CHECK(two.set.scenarios[1].replication_count == one.replications);
}

TEST_CASE(
    "a selection is judged at every replication, not only at the batches of the precision rule") {
  // The lower norm makes families wait for a jeugdbeschermer; the other two never wait, so
  // they are tied once the lower norm is out, at whichever replication that is.
  auto one = select_on(three(200), 1, "wait_mean", "jbw_jeugdbeschermers");
  auto two = select_on(three(200), 2, "wait_mean", "jbw_jeugdbeschermers");
  MESSAGE("selected " << one.selected << " after " << one.replications << " replications");
  CHECK(one.selected == 0);
  CHECK(one.set.scenarios[0].replication_count == one.replications);
  CHECK(two.replications == one.replications);
  CHECK((one.replications - 20) % 10 != 0);  // here: not where a batch of 10 would end
}

TEST_CASE("a scenario KN eliminates runs no further replications, the same at 1 and 4 threads") {
  auto one = select_on(three_norms(200), 1, "wait_mean", "jbw_jeugdbeschermers");
  auto four = select_on(three_norms(200), 4, "wait_mean", "jbw_jeugdbeschermers");
  MESSAGE("selected " << one.selected << " after " << one.replications << ", norm 8 out after "
                      << one.eliminated_at[1] << ", norm 9 after " << one.eliminated_at[2]);
  REQUIRE(one.selected == 0);
  REQUIRE(one.eliminated_at[1] < one.replications);  // the norm of 8 goes first
  for (int s = 1; s < 3; ++s) {
    CHECK(one.set.scenarios[s].replication_count == one.eliminated_at[s]);
    CHECK(one.set.alternatives[s - 1].difference(0).n == one.eliminated_at[s]);  // pairs end there
  }
  CHECK(one.set.scenarios[0].replication_count == one.replications);
  CHECK(one.set.replications == one.replications);
  CHECK(four.eliminated_at == one.eliminated_at);
  CHECK(four.set.scenarios[1].replication_count == one.set.scenarios[1].replication_count);
  CHECK(four.set.scenarios[1].kpis.moments(0).mean() ==
        one.set.scenarios[1].kpis.moments(0).mean());
}

TEST_CASE("a selection that cannot finish runs to the most replications") {
  experiment::KnSelection kn(3, {.delta = 1e-6, .higher_is_better = false});
  auto set = three(25);
  std::vector<std::size_t> indices;
  for (const auto& t : set) indices.push_back(index_of(t, "lead_time_mean", "all"));
  auto result = experiment::run_scenario_set(
      set, {2, {}}, {}, experiment::selection_rule(kn, indices, {"a", "b", "c"}, "x"));
  CHECK_FALSE(kn.finished());
  CHECK_FALSE(result.stopped_by_rule);
  CHECK(kn.replications() == 25);
  CHECK(result.replications == 25);
  CHECK(result.scenarios[1].replication_count == 25);  // still in contention
  // The JBT a moment longer is out at once: its lead time is 0.001 day longer in every one.
  CHECK(kn.eliminated_at(2) == 20);
  CHECK(result.scenarios[2].replication_count == 20);
}
