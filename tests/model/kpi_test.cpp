// KPIs that published figures count: unique youths per year (served), families entering a
// stage, and staff in post and their turnover, checked against identities and renewal
// results that hold by hand.
#include <doctest/doctest.h>

#include "sim/model/kpi_table.h"
#include "sim/stats/summary.h"
#include "tests/support.h"

using namespace ketensim;
using testing::kpi;
using testing::kpi_values;

TEST_CASE("served counts who held a resource or measure at the period start plus who came in it") {
  auto t = testing::tables_from(R"(scenario: served
run: {start: 2020-01-01, years: 3, seed: 4, replications: 3}
measures: [ots]
resources: {bed: {kind: places, places: 1000, per: child}}
arrivals:
  a: {into: zorg, families_per_year: 150, children: {empirical: {1: 0.6, 2: 0.4}}}
stages:
  zorg:
    measure: ots
    acquire: [bed]
    duration: {exponential: {mean_days: 300}}
    next: [{to: exit}]
initial: [{stage: zorg, children: 80, children_per_family: {empirical: {1: 0.5, 2: 0.5}}}]
)");
  auto r = experiment::run_experiment(t, {});
  for (std::size_t rep = 0; rep < 3; ++rep) {
    CHECK(kpi(r, rep, "served", "bed", "2020") == 80 + kpi(r, rep, "stage_inflow", "zorg", "2020"));
    CHECK(kpi(r, rep, "measure_served", "ots", "2020") ==
          80 + kpi(r, rep, "measure_inflow", "ots", "2020"));
    for (const char* year : {"2021", "2022"}) {
      std::string before = std::to_string(std::stoi(year) - 1);
      CHECK(kpi(r, rep, "served", "bed", year) == kpi(r, rep, "stage_stock_end", "zorg", before) +
                                                      kpi(r, rep, "stage_inflow", "zorg", year));
      CHECK(kpi(r, rep, "measure_served", "ots", year) ==
            kpi(r, rep, "measure_stock_end", "ots", before) +
                kpi(r, rep, "measure_inflow", "ots", year));
    }
    CHECK(kpi(r, rep, "stage_entries", "zorg", "2021") == kpi(r, rep, "arrivals", "a", "2021"));
    CHECK(kpi(r, rep, "served", "bed") == 80 + kpi(r, rep, "arrivals_children", "a"));
  }
}

TEST_CASE("staff in post and turnover: immediate rehiring keeps every post filled") {
  auto t = testing::tables_from(R"(scenario: staff
run: {start: 2020-01-01, years: 30, seed: 8, replications: 4}
resources: {gi: {kind: caseload, fte: 40, caseload_norm: 10, turnover_per_year: 0.5, absence: 0.1}}
arrivals: {a: {into: s, families_per_year: 1}}
stages: {s: {acquire: [gi], duration: {days: 1}, next: [{to: exit}]}}
)");
  auto r = experiment::run_experiment(t, {});
  CHECK(stats::summarise(kpi_values(r, "staff_mean", "gi")).mean == doctest::Approx(40));
  // 40 posts leaving at 0.5 a year: 20 leavers a year over 30 years, turnover 0.5.
  CHECK(stats::summarise(kpi_values(r, "staff_turnover", "gi")).mean ==
        doctest::Approx(0.5).epsilon(0.05));
  CHECK(stats::summarise(kpi_values(r, "capacity_mean", "gi")).mean ==
        doctest::Approx(36));  // 10% absent
}

TEST_CASE("staff in post and turnover: a year's hiring delay leaves a third of the posts filled") {
  // Filled for Exp(mean 0.5 year), then vacant for 1 year: filled 1/3 of the time; the
  // turnover per filled fte stays the leaving rate, 2 a year.
  auto t = testing::tables_from(R"(scenario: staff
run: {start: 2020-01-01, years: 40, seed: 3, replications: 4}
resources: {gi: {kind: caseload, fte: 30, caseload_norm: 1, turnover_per_year: 2, hiring_delay: {days: 365.25}}}
arrivals: {a: {into: s, families_per_year: 1}}
stages: {s: {acquire: [gi], duration: {days: 1}, next: [{to: exit}]}}
)");
  auto r = experiment::run_experiment(t, {});
  CHECK(stats::summarise(kpi_values(r, "staff_mean", "gi", "2050")).mean ==
        doctest::Approx(10).epsilon(0.08));
  CHECK(stats::summarise(kpi_values(r, "staff_turnover", "gi")).mean ==
        doctest::Approx(2).epsilon(0.05));
}

TEST_CASE("staff in post and turnover: a starter's ramp-up ending keeps their departure") {
  // Issue 19: the end of a ramp-up cancelled the starter's drawn departure and drew no new
  // one, so everybody hired once stayed for ever and modelled turnover fell far below the
  // input (JBw in the Zuid-West run: about 0.04 a year against 0.125). 40 posts leaving at
  // 0.5 a year, rehired at once on a 30-day ramp-up: 20 leavers a year, turnover 0.5.
  auto t = testing::tables_from(R"(scenario: staff
run: {start: 2020-01-01, years: 30, seed: 8, replications: 4}
resources: {gi: {kind: caseload, fte: 40, caseload_norm: 10, turnover_per_year: 0.5, ramp_up: {days: 30, share: 0.5}}}
arrivals: {a: {into: s, families_per_year: 1}}
stages: {s: {acquire: [gi], duration: {days: 1}, next: [{to: exit}]}}
)");
  auto r = experiment::run_experiment(t, {});
  CHECK(stats::summarise(kpi_values(r, "staff_turnover", "gi")).mean ==
        doctest::Approx(0.5).epsilon(0.05));
  CHECK(stats::summarise(kpi_values(r, "staff_turnover", "gi", "2049")).mean ==
        doctest::Approx(0.5).epsilon(0.15));
}

TEST_CASE("a new turnover rate applies at once to everybody in post") {
  // 40 posts at 3 leavers per fte a year in 2020, then 0.5 from 2021: departures are
  // exponential, so 2021 has the new rate from its first day (without a redraw the
  // departures drawn in 2020 would still come at the old rate).
  auto t = testing::tables_from(R"(scenario: staff
run: {start: 2020-01-01, years: 2, seed: 5, replications: 20}
resources: {gi: {kind: caseload, fte: 40, caseload_norm: 10, turnover_per_year: 3}}
arrivals: {a: {into: s, families_per_year: 1}}
stages: {s: {acquire: [gi], duration: {days: 1}, next: [{to: exit}]}}
policies: [{from: 2021-01-01, set: {resources.gi.turnover_per_year: 0.5}}]
)");
  auto r = experiment::run_experiment(t, {});
  CHECK(stats::summarise(kpi_values(r, "staff_turnover", "gi", "2020")).mean ==
        doctest::Approx(3).epsilon(0.05));
  CHECK(stats::summarise(kpi_values(r, "staff_turnover", "gi", "2021")).mean ==
        doctest::Approx(0.5).epsilon(0.1));
}

TEST_CASE("waiting KPIs for any threshold: placed within N days and waiting over N days on 31-12") {
  // One place held 400 days and three families asking for it on 1-1-2020 (from a stage of
  // no time, so that they are new requests, not a stock already in the stage): the first is
  // placed at once, the second after 400 days, the third would be after 800 but leaves the
  // list at 500.
  auto t = testing::tables_from(R"(scenario: waits
run: {start: 2020-01-01, years: 3, seed: 1, replications: 1}
wait_thresholds_days: [150, 50]
resources: {bed: {kind: places, places: 1}}
arrivals: {a: {into: s, families_per_year: 0}}
stages:
  start: {duration: {days: 0}, next: [{to: s}]}
  s: {acquire: [bed], duration: {days: 400}, max_wait: {days: 500, then: exit}, next: [{to: exit}]}
initial: [{stage: start, families: 3}]
)");
  auto r = experiment::run_experiment(t, {});
  // 2020 (366 days): one request ended, placed at once; two wait 366 days on 31-12.
  CHECK(kpi(r, 0, "placed_within_share", "bed/50d", "2020") == 1);
  CHECK(kpi(r, 0, "waiting_over_end", "bed/50d", "2020") == 2);
  CHECK(kpi(r, 0, "waiting_over_end", "bed/150d", "2020") == 2);
  // 2021: the second is placed after 400 days, the third leaves after 500: neither within.
  CHECK(kpi(r, 0, "placed_within_share", "bed/150d", "2021") == 0);
  CHECK(kpi(r, 0, "waiting_over_end", "bed/150d", "2021") == 0);
  CHECK(kpi(r, 0, "placed_within_share", "bed/50d") == doctest::Approx(1.0 / 3));
  CHECK(kpi(r, 0, "wait_abandoned", "bed", "2021") == 1);
}

TEST_CASE("waiting thresholds: subjects per resource and threshold, none without thresholds") {
  auto t = testing::tables_from(R"(scenario: waits
run: {start: 2020-01-01, years: 1}
wait_thresholds_days: [91, 5.5]
resources: {bed: {kind: places, places: 1}, gi: {kind: caseload, fte: 1, caseload_norm: 1}}
arrivals: {a: {into: s, families_per_year: 1}}
stages: {s: {acquire: [bed, gi], duration: {days: 1}, next: [{to: exit}]}}
)");
  CHECK(model::subjects_of(model::Subjects::resource_thresholds, t) ==
        std::vector<std::string>{"bed/5.5d", "bed/91d", "gi/5.5d", "gi/91d"});
  model::add_wait_threshold(t, 5.5);
  model::add_wait_threshold(t, 30);
  CHECK(t.wait_thresholds == std::vector<double>{5.5, 30, 91});
  t.wait_thresholds.clear();
  CHECK(model::subjects_of(model::Subjects::resource_thresholds, t).empty());
}
