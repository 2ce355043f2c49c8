// Waits that policies reach: a changed max_wait applies to the families already waiting, and
// a periodic review (the doorbraakaanpak) sends long waiters on. Timelines by hand: one place
// held for 1,000 days and families waiting for it from the start date.
#include <doctest/doctest.h>

#include "sim/model/chain_model.h"
#include "sim/stats/summary.h"
#include "tests/support.h"

using namespace ketensim;
using testing::kpi;

namespace {

struct LeftList : model::ChainObserver {
  std::vector<double> abandoned;  // when families left the waiting list without the place
  void on_wait_abandoned(double t, const model::Family&, int, double) override {
    abandoned.push_back(t);
  }
};

std::vector<double> abandoned_times(const model::ChainTables& t) {
  LeftList trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  return trace.abandoned;
}

constexpr const char* kQueue = R"(scenario: q
run: {start: 2020-01-01, years: 2, seed: 3}
resources: {bed: {kind: places, places: 1}}
arrivals: {a: {into: s, families_per_year: 0}}
stages:
  s: {acquire: [bed], duration: {days: 1000}, max_wait: {days: MAX, then: brug}, next: [{to: exit}]}
  brug: {duration: {days: 10}, next: [{to: exit}]}
initial: [{stage: s, families: 3}]
)";

std::string queue(const std::string& max_wait, const std::string& extra = "") {
  std::string text = kQueue;
  text.replace(text.find("MAX"), 3, max_wait);
  return text + extra;
}

}  // namespace

TEST_CASE(
    "a shorter max_wait reaches the families already waiting: who waited longer leaves at once") {
  // The two waiters have waited 100 days on 10 April 2020 (day 100) when the limit drops
  // from 3650 to 91 days.
  auto t = testing::tables_from(
      queue("3650", "policies: [{from: 2020-04-10, set: {stages.s.max_wait.days: 91}}]\n"));
  CHECK(abandoned_times(t) == std::vector<double>{100, 100});
}

TEST_CASE("a longer max_wait reaches the families already waiting: they stay to the new limit") {
  auto t = testing::tables_from(
      queue("91", "policies: [{from: 2020-02-20, set: {stages.s.max_wait.days: 200}}]\n"));
  CHECK(abandoned_times(t) == std::vector<double>{200, 200});
}

TEST_CASE("a changed max_wait mean_days rescales each waiting family's own patience") {
  // Exponential patience: family i leaves after mean x E_i days of waiting, E_i its own draw
  // (the same in every run of this seed). Base: mean 50 throughout, leaving at 50 E_i.
  auto with_mean = [](const std::string& mean, const std::string& extra) {
    std::string text = queue(mean, extra);
    text.replace(text.find("days: " + mean), 4, "mean_days");
    return abandoned_times(testing::tables_from(text));
  };
  std::vector<double> base = with_mean("50", "");
  REQUIRE(base.size() == 2);
  // A mean of 5,000 until day 1, then 50: the same families leave at the same times.
  std::vector<double> lowered =
      with_mean("5000", "policies: [{from: 2020-01-02, set: {stages.s.max_wait.mean_days: 50}}]\n");
  // A mean of 50 until day 1, then 100: who is still waiting leaves at twice its base time.
  std::vector<double> doubled =
      with_mean("50", "policies: [{from: 2020-01-02, set: {stages.s.max_wait.mean_days: 100}}]\n");
  REQUIRE(lowered.size() == 2);
  REQUIRE(doubled.size() == 2);
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(lowered[i] == doctest::Approx(std::max(1.0, base[i])));
    CHECK(doubled[i] == doctest::Approx(base[i] < 1 ? base[i] : 2 * base[i]));
  }
  CHECK(base[0] != doctest::Approx(base[1]));  // two draws, not one limit
}

TEST_CASE("without a policy the limit counts from each family's start of waiting") {
  CHECK(abandoned_times(testing::tables_from(queue("91"))) == std::vector<double>{91, 91});
}

TEST_CASE("a review sends families waiting longer than its limit on, at its dates") {
  // Reviews on days 60, 90, 120, ... (from 1 March, every 30 days): the first with waits over
  // 91 days is day 120, when both waiters are sent to bridging care.
  auto t = testing::tables_from(queue("3650", R"(reviews:
  doorbraak: {from: 2020-03-01, every_days: 30, longer_than_days: 91, send: {s: brug}}
)"));
  CHECK(abandoned_times(t) == std::vector<double>{120, 120});
  auto r = experiment::run_experiment(t, {});
  CHECK(kpi(r, 0, "review_sent", "doorbraak", "2020") == 2);
  CHECK(kpi(r, 0, "stage_entries", "brug", "2020") == 2);
}

TEST_CASE("a review ends at its until date and keeps a share waiting, drawn per family") {
  auto until = testing::tables_from(queue("3650", R"(reviews:
  doorbraak: {from: 2020-03-01, until: 2020-04-29, every_days: 30, longer_than_days: 91, send: {s: brug}}
)"));
  // Reviews on days 60 and 90 only (day 120 is after 29 April): no wait is over 91 days yet.
  CHECK(abandoned_times(until).empty());
  std::string many = R"(scenario: q
run: {start: 2020-01-01, years: 1, seed: 3, replications: 4}
resources: {bed: {kind: places, places: 1}}
arrivals: {a: {into: s, families_per_year: 0}}
stages:
  s: {acquire: [bed], duration: {days: 1000}, next: [{to: exit}]}
  brug: {duration: {days: 10}, next: [{to: exit}]}
initial: [{stage: s, families: 2001}]
reviews:
  doorbraak: {from: 2020-06-01, until: 2020-06-01, longer_than_days: 91, keep_waiting: 0.3, send: {s: brug}}
)";
  auto r = experiment::run_experiment(testing::tables_from(many), {});
  // 2,000 waiters reviewed once: each is sent on with probability 0.7 (sd about 20).
  for (int rep = 0; rep < 4; ++rep) {
    CHECK(kpi(r, rep, "review_sent", "doorbraak", "2020") == doctest::Approx(1400).epsilon(0.05));
  }
}
