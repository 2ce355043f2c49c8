// The capacity search against queueing theory: on an M/M/c queue the smallest c whose mean
// wait meets a target is known from the Erlang C formula.
#include "sim/experiment/capacity_search.h"

#include <doctest/doctest.h>

#include <bit>
#include <cmath>

#include "tests/support.h"

using namespace ketensim;

namespace {

// One stage holding one of `places` servers for an exponential day: an M/M/c queue with
// mu = 1 per day and lambda = 4 per day.
std::string mmc(int places, double years, int replications) {
  return "scenario: mmc\nrun: {start: 2020-01-01, years: " + std::to_string(years) +
         ", replications: " + std::to_string(replications) +
         ", seed: 11}\n"
         "resources: {server: {kind: places, places: " +
         std::to_string(places) +
         "}}\n"
         "arrivals: {a: {into: service, families_per_year: 1461}}\n"
         "stages:\n  service:\n    acquire: [server]\n    duration: {exponential: {mean_days: 1}}\n"
         "    release: [server]\n    next: [{to: exit}]\n";
}

experiment::CapacityQuestion question(const std::string& target, std::vector<int> years = {}) {
  return {"server", experiment::parse_target(target), std::move(years), 1000};
}

}  // namespace

TEST_CASE("M/M/c, lambda 4, mu 1: the smallest c with mean wait <= 0.3 days is Erlang C's 6") {
  // Erlang C: Wq(5) = 0.554, Wq(6) = 0.142 days, so 0.3 separates them clearly.
  REQUIRE(testing::erlang_c_wait(4, 1, 5) > 0.5);
  REQUIRE(testing::erlang_c_wait(4, 1, 6) < 0.15);
  auto s = testing::scenario_from(mmc(1, 4, 10));  // the search starts far below
  auto a = experiment::find_capacity(s, question("wait_mean <= 0.3"), {0, {}});
  REQUIRE(a.steps.size() == 1);
  const auto& step = a.steps[0];
  CHECK(step.period == "all");
  CHECK(step.on_mean == 6);
  CHECK(step.plausible <= 6);
  CHECK(step.capacity >= 6);
  CHECK(step.capacity <= 7);
  CHECK(a.unit == "places");
  CHECK(a.parameter == "resources.server.places");
  for (std::size_t i = 1; i < step.candidates.size(); ++i) {
    CHECK(step.candidates[i - 1].capacity < step.candidates[i].capacity);  // ascending, each once
  }
}

TEST_CASE("a capacity meets a target only when its whole interval does, not on its mean alone") {
  // Erlang C: Wq(6) = 0.142 days. With 2 short replications the interval at 6 servers is
  // wide, so a target of 0.16 days is met there on the mean but not with the interval.
  REQUIRE(testing::erlang_c_wait(4, 1, 6) == doctest::Approx(0.142).epsilon(0.01));
  auto s = testing::scenario_from(mmc(1, 0.25, 2));
  auto a = experiment::find_capacity(s, question("wait_mean <= 0.16"), {0, {}});
  const auto& step = a.steps.at(0);
  INFO("on mean " << step.on_mean << ", capacity " << step.capacity);
  CHECK(step.capacity > step.on_mean);
  for (const auto& c : step.candidates) {
    INFO(c.capacity << ": " << c.kpi.mean << " (" << c.kpi.low << " .. " << c.kpi.high << ")");
    if (c.capacity == step.on_mean) CHECK(c.kpi.mean <= 0.16);
    if (c.capacity == step.on_mean) CHECK(c.kpi.high > 0.16);  // accepted before issue 17
    if (c.capacity == step.capacity) CHECK(c.kpi.high <= 0.16);
    if (c.capacity < step.capacity) CHECK_FALSE(c.kpi.high <= 0.16);  // NaN at 0: nobody served
  }
  // A ">=" target is met on the interval's lower bound.
  auto share = experiment::parse_target("waited_share >= 50%");
  CHECK(share.met_by_interval(0.5, 0.9));
  CHECK_FALSE(share.met_by_interval(0.4, 0.9));
}

TEST_CASE("a target on the share placed within N days: Erlang C's waiting-time distribution") {
  // M/M/c: P(Wq > t) = C(c) exp(-(c mu - lambda) t), C(c) = Wq(c) (c mu - lambda). For t = 1
  // day: c = 5 gives 0.204 waiting longer (placed within a day 80%), c = 6 gives 0.038 (96%).
  double over5 = testing::erlang_c_wait(4, 1, 5) * 1 * std::exp(-1.0);
  double over6 = testing::erlang_c_wait(4, 1, 6) * 2 * std::exp(-2.0);
  REQUIRE(1 - over5 < 0.85);
  REQUIRE(1 - over6 > 0.95);
  auto s = testing::scenario_from(mmc(1, 4, 10));
  REQUIRE(s.wait_thresholds_days.empty());  // the search adds the target's 1 day itself
  auto a = experiment::find_capacity(s, question("share placed within 1 days >= 90%"), {0, {}});
  CHECK(a.steps.at(0).capacity == 6);
  for (const auto& c : a.steps[0].candidates) {
    if (c.capacity == 5) CHECK(c.kpi.mean == doctest::Approx(1 - over5).epsilon(0.03));
    if (c.capacity == 6) CHECK(c.kpi.mean == doctest::Approx(1 - over6).epsilon(0.02));
  }
  CHECK(a.target.subject_or(a.resource) == "server/1d");
}

TEST_CASE(
    "year by year: each year's capacity takes effect on 1 January, on top of the earlier years'") {
  // lambda 4, 8, 12 per day in 2020, 2021, 2022: Erlang C gives 6, 10 and 14 servers for a
  // mean wait <= 0.3 days (Wq(9) = 0.65, Wq(10) = 0.20; Wq(13) = 0.70, Wq(14) = 0.24).
  auto s = testing::scenario_from(mmc(6, 3, 6));
  s.arrivals[0].rate_by_year = {{2020, 1461}, {2021, 2922}, {2022, 4383}};
  auto a = experiment::find_capacity(s, question("wait_mean <= 0.3", {2020, 2021, 2022}), {0, {}});
  REQUIRE(a.steps.size() == 3);
  CHECK(a.steps[0].period == "2020");
  CHECK(a.steps[0].capacity == 6);
  CHECK(a.steps[1].capacity == 10);
  CHECK(a.steps[2].capacity == 14);
}

TEST_CASE("a target on a norm: the smallest c with a wait of at most half a day for 93% is 7") {
  // Erlang C for lambda 4, mu 1: P(W <= t) = 1 - C(c) e^{-(c - 4) t}, at t = 0.5 day 0.895 for
  // c = 6 and 0.970 for c = 7. The norm's clock runs from entering service to obtaining a server.
  std::string yaml = mmc(1, 4, 10) +
                     "norms:\n  prompt:\n    from: {enter: [service]}\n"
                     "    to: {acquire: server}\n    within: {days: 0.5}\n";
  auto s = testing::scenario_from(yaml);
  auto a = experiment::find_capacity(s, question("norm_met_share prompt >= 93%"), {0, {}});
  CHECK(a.target.subject == "prompt");
  REQUIRE(a.steps.size() == 1);
  CHECK(a.steps[0].capacity == 7);
  for (const auto& c : a.steps[0].candidates) {
    if (c.capacity == 6) CHECK(c.kpi.mean == doctest::Approx(0.895).epsilon(0.02));
    if (c.capacity == 7) CHECK(c.kpi.mean == doctest::Approx(0.970).epsilon(0.02));
  }
  CHECK_THROWS_WITH_AS(
      experiment::find_capacity(s, question("norm_met_share promt >= 93%"), {1, {}}),
      "target 'norm_met_share promt >= 93%': the model measures nothing for "
      "'promt' (it measures norm_met_share for prompt); did you mean 'prompt'?",
      experiment::RequestError);
  CHECK_THROWS_WITH_AS(experiment::find_capacity(s, question("wait_mean prompt <= 1"), {1, {}}),
                       doctest::Contains("the model measures no KPI 'wait_mean' for 'prompt'"),
                       experiment::RequestError);
}

TEST_CASE(
    "a target the model does not measure, a year outside the run, a clashing policy: request "
    "errors") {
  auto s = testing::scenario_from(mmc(6, 1, 2));
  CHECK_THROWS_WITH_AS(experiment::find_capacity(s, question("wait_men <= 1"), {1, {}}),
                       doctest::Contains("the model measures no KPI 'wait_men' for resources"),
                       experiment::RequestError);
  CHECK_THROWS_WITH_AS(experiment::find_capacity(s, question("wait_mean <= 1", {2031}), {1, {}}),
                       "year 2031 is not in the run of scenario 'mmc'", experiment::RequestError);
  auto q = question("wait_mean <= 1");
  q.resource = "servr";
  CHECK_THROWS_WITH_AS(experiment::find_capacity(s, q, {1, {}}),
                       "no resource named 'servr' in scenario 'mmc'; did you mean 'server'?",
                       experiment::RequestError);
  scenario::Policy p;
  p.from = {2020, 6, 1};
  p.set.push_back({"resources.server.places", 9, {}});
  s.policies.push_back(p);
  CHECK_THROWS_WITH_AS(
      experiment::find_capacity(s, question("wait_mean <= 1"), {1, {}}),
      "scenario 'mmc' has a policy from 2020-06-01 that changes resources.server.places; the "
      "capacity search sets it itself, so search from a later year or remove that policy first",
      experiment::RequestError);
  // Read from a file, the policy is named with its file and line.
  auto read = testing::scenario_from(
      mmc(6, 1, 2) + "policies:\n  - {from: 2020-06-01, set: {resources.server.places: 9}}\n");
  CHECK_THROWS_WITH_AS(
      experiment::find_capacity(read, question("wait_mean <= 1"), {1, {}}),
      doctest::Contains("has a policy from 2020-06-01 (inline.yaml:12) that changes"),
      experiment::RequestError);
}

TEST_CASE("a policy on the searched capacity that is done before the first searched year is kept") {
  // Two years; a policy sets 9 servers from mid-2020. The search for 2021 starts after it, so
  // 2020 runs with the scenario's own 6 and then 9, and 2021 gets the search's answer.
  auto s = testing::scenario_from(mmc(6, 2, 4));
  scenario::Policy p;
  p.from = {2020, 6, 1};
  p.set.push_back({"resources.server.places", 9, {}});
  s.policies.push_back(p);
  auto a = experiment::find_capacity(s, question("wait_mean <= 0.3", {2021}), {1, {}});
  REQUIRE(a.steps.size() == 1);
  CHECK(a.steps[0].capacity == 6);  // Erlang C, as for the whole run without the policy
  // Spread over 300 days, the same change still runs on 1 January 2021: a clash.
  s.policies.back().over_days = 300;
  CHECK_THROWS_WITH_AS(experiment::find_capacity(s, question("wait_mean <= 0.3", {2021}), {1, {}}),
                       doctest::Contains("has a policy from 2020-06-01 that changes"),
                       experiment::RequestError);
}

TEST_CASE("a candidate with fewer places than a family's children misses the target") {
  // Issue 19, item 4: one family in ten has six children, each taking a place (per: child).
  // Below six places such a family waits for ever and every family behind it; before, the
  // families served until then had short waits, so a candidate far too small met the target.
  // Now its replication stops, and like an unstable one it misses the target.
  auto s = testing::scenario_from(R"(scenario: big
run: {start: 2020-01-01, years: 1, replications: 4, seed: 11}
resources: {bed: {kind: places, places: 6, per: child}}
arrivals: {a: {into: s, families_per_year: 365, children: {empirical: {1: 0.9, 6: 0.1}}}}
stages:
  s: {acquire: [bed], duration: {exponential: {mean_days: 1}}, release: [bed], next: [{to: exit}]}
)");
  auto a = experiment::find_capacity(
      s, {"bed", experiment::parse_target("wait_mean <= 0.5"), {}, 1000}, {0, {}});
  const auto& step = a.steps.at(0);
  for (const auto& c : step.candidates) {
    if (c.capacity < 6) CHECK(std::isnan(c.kpi.mean));
  }
  CHECK(step.on_mean >= 6);
  CHECK(step.capacity >= 6);
}

TEST_CASE("a candidate stops once its interval lies wholly on one side of the target") {
  // Erlang C: Wq(5) = 0.554 and Wq(6) = 0.142 days against 0.3, both far from it: 5 misses at
  // the first look (10 replications), 6 meets at the first look where meeting may be decided
  // (40); a target close to Wq(6) keeps 6 running.
  auto s = testing::scenario_from(mmc(5, 4, 60));
  auto a = experiment::find_capacity(s, question("wait_mean <= 0.3"), {0, {}});
  REQUIRE(a.steps.size() == 1);
  CHECK(a.steps[0].capacity == 6);
  for (const auto& c : a.steps[0].candidates) {
    INFO("capacity " << c.capacity << ": n " << c.kpi.n);
    CHECK(c.kpi.n % 10 == 0);
    if (c.capacity == 5) CHECK(c.kpi.n == 10);
    if (c.capacity == 6) CHECK(c.kpi.n == 40);
  }
  auto close = experiment::find_capacity(s, question("wait_mean <= 0.143"), {0, {}});
  for (const auto& c : close.steps[0].candidates) {
    INFO("capacity " << c.capacity << ": n " << c.kpi.n);
    if (c.capacity == 6) CHECK(c.kpi.n > 10);
  }
}

TEST_CASE(
    "a candidate is looked at after 10, 20, 40, ... replications, with a Bonferroni interval, else runs them all") {
  // Targets between Wq(6) = 0.142 and Wq(5) = 0.554 days at several distances: each candidate
  // ends at a look (10 times a power of two) or at all 300 replications.
  auto s = testing::scenario_from(mmc(5, 4, 300));
  for (const char* target :
       {"wait_mean <= 0.3", "wait_mean <= 0.2", "wait_mean <= 0.152", "wait_mean <= 0.5"}) {
    auto a = experiment::find_capacity(s, question(target), {0, {}});
    for (const auto& c : a.steps.at(0).candidates) {
      INFO(target << ", capacity " << c.capacity << ": n " << c.kpi.n);
      bool look = c.kpi.n % 10 == 0 && std::has_single_bit(static_cast<unsigned>(c.kpi.n / 10));
      CHECK((look || c.kpi.n == 300));
    }
  }
  // Wq(6) = 0.142 against 0.152. After 40 replications (the first look that may find it
  // met) 6 places have a mean of 0.1427 days (sd 0.0248): the 95% interval (up to 0.1507)
  // already lies below 0.152, the looks' corrected one (5 looks before 300, so 99%: up to
  // 0.1534) does not, so 6 runs on.
  auto near = experiment::find_capacity(s, question("wait_mean <= 0.152"), {0, {}});
  for (const auto& c : near.steps.at(0).candidates) {
    INFO("capacity " << c.capacity << ": n " << c.kpi.n);
    if (c.capacity == 6) CHECK(c.kpi.n > 40);
  }
}

TEST_CASE(
    "a target no capacity can meet: the backlog of an overloaded year before the one searched") {
  // 2020 with one server for 4 arrivals a day: about 1,100 families wait at its end, most of
  // them for more than 90 days. Whatever the servers from 1 January 2021, those placed in 2021
  // include that backlog, so about a third waited over 90 days at any capacity: the KPI stops
  // moving with capacity, and the search says so instead of only "more than the maximum".
  auto s = testing::scenario_from(mmc(1, 2, 10));
  auto a = experiment::find_capacity(s, question("waited_over_90d <= 0.05", {2021}), {0, {}});
  REQUIRE(a.steps.size() == 1);
  const auto& step = a.steps[0];
  CHECK(step.capacity == -1);
  REQUIRE(step.flat_from > 0);
  CHECK(step.flat_from <= 256);  // 0.57 at 8, 0.33 at 32, 0.29 from 128 on
  CHECK(step.candidates.back().capacity == 1000);
  CHECK(step.candidates.back().kpi.mean == doctest::Approx(0.3).epsilon(0.35));
  // Where a capacity meets the target, nothing is flat.
  auto met = experiment::find_capacity(testing::scenario_from(mmc(1, 4, 10)),
                                       question("wait_mean <= 0.3"), {0, {}});
  CHECK(met.steps[0].flat_from == -1);
}
