// Legal timers and concurrent tracks, written in YAML: a stage without a duration lasts until
// its first timer fires; an age timer ends a measure at 18; a timer can count from the start
// of the measure and fires while a family waits; a hold keeps a care place alongside the
// measure; a measure moves between breakdown subjects when its report_by attribute is set.
#include <doctest/doctest.h>

#include <map>

#include "sim/model/chain_model.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

struct Exits : model::ChainObserver {
  std::vector<double> stay, age_at_exit;
  void on_exit(double t, const model::Family& f, int) override {
    stay.push_back(t - f.arrived);
    age_at_exit.push_back((t - f.birth) / 365.25);
  }
};

}  // namespace

TEST_CASE(
    "a stage without a duration lasts until its first timer: an OTS year, or the 18th birthday") {
  auto t = testing::tables_from(R"(scenario: timers
run: {start: 2020-01-01, years: 3, seed: 2}
arrivals: {a: {into: ots, families_per_year: 300, age: {uniform: {min_years: 16, max_years: 17.9}}}}
stages:
  ots:
    timers: [{days: 365, then: exit}, {age: 18, then: exit}]
    next: [{to: exit}]
)");
  Exits trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(trace.stay.size() > 200);
  int year = 0, adult = 0;
  for (std::size_t i = 0; i < trace.stay.size(); ++i) {
    bool full_year = trace.stay[i] == doctest::Approx(365);
    bool turned_18 = trace.age_at_exit[i] == doctest::Approx(18);
    CHECK((full_year || turned_18));
    CHECK(trace.stay[i] <= 365 + 1e-9);
    year += full_year;
    adult += turned_18 && !full_year;
  }
  CHECK(year > 0);
  CHECK(adult > 0);  // arrivals older than 17 turn 18 within their OTS year
}

namespace {

struct Releases : model::ChainObserver {
  std::vector<std::pair<double, double>> acquired_released;
  std::map<std::uint64_t, double> acquired;  // by family key
  void on_acquire(double t, const model::Family& f, int, int, double) override {
    acquired[f.random_key] = t;
  }
  void on_release(double t, const model::Family& f, int, int) override {
    acquired_released.emplace_back(acquired.at(f.random_key), t);
  }
};

}  // namespace

TEST_CASE("a hold keeps a place for its own time while the family goes on through the chain") {
  // The family takes the place in `zorg_start` (instant), goes on to a measure stage of 300
  // days, and the place is released after its 40 days, not when the family moves or leaves.
  auto t = testing::tables_from(R"(scenario: hold
run: {start: 2020-01-01, years: 2, seed: 3}
resources: {plek: {kind: places, places: 100}}
arrivals: {a: {into: zorg_start, families_per_year: 20}}
stages:
  zorg_start: {acquire: [plek], hold: {plek: {days: 40}}, next: [{to: maatregel}]}
  maatregel: {duration: {days: 300}, next: [{to: exit}]}
)");
  Releases trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(trace.acquired_released.size() > 10);
  for (const auto& [got, released] : trace.acquired_released)
    CHECK(released - got == doctest::Approx(40));
}

TEST_CASE("a timer since the measure runs across stages, timers fire while a family waits") {
  // The OTS year starts in `ots` (10 days), runs on while the family waits in `zoek` for a
  // place that never comes (no max_wait), and sends it to verlenging 365 days after the
  // measure started: the wait is cut short by the timer.
  auto t = testing::tables_from(R"(scenario: since
run: {start: 2020-01-01, years: 3, seed: 6}
measures: [ots]
resources: {plek: {kind: places, places: 0}}
arrivals: {a: {into: ots, families_per_year: 20}}
exits: [verlengd]
stages:
  ots: {measure: ots, duration: {days: 10}, next: [{to: zoek}]}
  zoek:
    acquire: [plek]
    timers: [{days: 365, since: measure, then: verlengd}]
    next: [{to: exit}]
)");
  Exits trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(trace.stay.size() > 20);
  for (double stay : trace.stay) CHECK(stay == doctest::Approx(365));
  auto r = experiment::run_experiment(t, {});
  CHECK(testing::kpi(r, 0, "wait_abandoned", "plek", "2021") > 0);
  CHECK(testing::kpi(r, 0, "exits", "exit") == 0);
}

TEST_CASE("setting a report_by attribute moves a held measure between breakdown subjects") {
  // Every OTS starts at gi a and moves to gi b after 100 days: the measure's own total sees
  // one inflow and one outflow per child; a and b see the move as outflow and inflow, and
  // each subject's stock balances year by year.
  auto t = testing::tables_from(R"(scenario: move
run: {start: 2020-01-01, years: 3, seed: 8}
attributes: {gi: [a, b]}
measures: [ots]
report_by: [gi]
arrivals: {x: {into: start, families_per_year: 100, attributes: {gi: a}}}
stages:
  start: {measure: ots, duration: {days: 100}, next: [{to: over}]}
  over: {set: {gi: b}, duration: {days: 200}, next: [{to: exit}]}
)");
  auto r = experiment::run_experiment(t, {});
  using testing::kpi;
  CHECK(kpi(r, 0, "measure_inflow", "ots/gi=b") == kpi(r, 0, "measure_outflow", "ots/gi=a"));
  CHECK(kpi(r, 0, "measure_inflow", "ots/gi=a") == kpi(r, 0, "measure_inflow", "ots"));
  CHECK(kpi(r, 0, "measure_outflow", "ots/gi=b") == kpi(r, 0, "measure_outflow", "ots"));
  for (const char* subject : {"ots", "ots/gi=a", "ots/gi=b"}) {
    double before = 0;
    for (const char* year : {"2020", "2021", "2022"}) {
      double end = kpi(r, 0, "measure_stock_end", subject, year);
      CHECK(before + kpi(r, 0, "measure_inflow", subject, year) -
                kpi(r, 0, "measure_outflow", subject, year) ==
            end);
      before = end;
    }
  }
  CHECK(kpi(r, 0, "measure_stock_end", "ots", "2021") ==
        kpi(r, 0, "measure_stock_end", "ots/gi=a", "2021") +
            kpi(r, 0, "measure_stock_end", "ots/gi=b", "2021"));
}

TEST_CASE("entering a stage that names the measure held renews it: since-measure timers restart") {
  // OTS > 1 jaar reviewed every 365 days by a since-measure timer, extended twice, then ended:
  // three years exactly.
  auto t = testing::tables_from(R"(scenario: renew
run: {start: 2020-01-01, years: 5, seed: 1}
measures: [ots_gt1]
arrivals: {a: {into: ots_gt1, families_per_year: 10}}
stages:
  ots_gt1:
    measure: ots_gt1
    timers: [{days: 365, since: measure, then: verlenging}]
    max_visits: 3
    after_max_visits: exit
    next: [{to: exit}]
  verlenging: {next: [{to: ots_gt1}]}
)");
  Exits trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(!trace.stay.empty());
  for (double stay : trace.stay) CHECK(stay == doctest::Approx(3 * 365));
}

TEST_CASE("two holds of one stage with the same duration end together") {
  auto t = testing::tables_from(R"(scenario: holds
run: {start: 2020-01-01, years: 2, seed: 12}
resources:
  muhp: {kind: places, places: 1000}
  plek: {kind: places, places: 1000}
arrivals: {a: {into: plaatsing, families_per_year: 50}}
stages:
  plaatsing:
    acquire: [muhp, plek]
    hold: {muhp: {exponential: {mean_days: 100}}, plek: {exponential: {mean_days: 100}}}
    next: [{to: thuis}]
  thuis: {duration: {days: 800}, next: [{to: exit}]}
)");
  struct Ends : model::ChainObserver {
    std::map<std::uint64_t, std::vector<double>> released;
    void on_release(double t, const model::Family& f, int, int) override {
      released[f.random_key].push_back(t);
    }
  } trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(trace.released.size() > 30);
  for (const auto& [family, times] : trace.released) {
    REQUIRE(times.size() == 2);
    CHECK(times[0] == times[1]);
  }
}
