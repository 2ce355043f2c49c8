// The exact text a person reads for each kind of mistake in the values of a scenario. Paths are
// written DATA/ for the fixture directory.
#include <doctest/doctest.h>

#include "tests/scenario/scenario_test_support.h"

namespace ketensim::scenario {
namespace {

using testing::load_errors;
using testing::with_data_dir;

TEST_CASE("error text: unknown key, with the nearest key") {
  CHECK(
      load_errors("unknown_key.yaml") ==
      with_data_dir(
          R"(DATA/unknown_key.yaml:4:5: error: resources.jbw.caseload_nrom: unknown key 'caseload_nrom'
      4 |     caseload_nrom: 15
        |     ^
  expected: one of kind, fte, caseload_norm, per, queue, places, caseload_norm_by_measure, turnover_per_year, hiring_delay, ramp_up, absence
  did you mean 'caseload_norm'?
1 error in DATA/unknown_key.yaml)"));
}

TEST_CASE("error text: probabilities that do not sum to 1") {
  CHECK(load_errors("probability_sum.yaml") ==
        with_data_dir(
            R"(DATA/probability_sum.yaml:4:5: error: stages.jbt.next: probabilities must sum to 1
      4 |     next:
        |     ^
  found: 0.9 (0.6 + 0.3)
1 error in DATA/probability_sum.yaml)"));
}

TEST_CASE("error text: a branch to a stage that does not exist") {
  CHECK(
      load_errors("dangling_stage.yaml") ==
      with_data_dir(
          R"(DATA/dangling_stage.yaml:5:14: error: stages.jbt.next[0].to: no stage or exit named 'raadsonderzoke'
      5 |       - {to: raadsonderzoke, p: 0.673}
        |              ^
  did you mean 'raadsonderzoek'?
1 error in DATA/dangling_stage.yaml)"));
}

TEST_CASE("error text: a negative fte") {
  CHECK(load_errors("negative_fte.yaml") ==
        with_data_dir(R"(DATA/negative_fte.yaml:4:10: error: resources.jbw.fte: must be >= 0
      4 |     fte: -3
        |          ^
  expected: a number >= 0 and <= 1000000
  found: -3
1 error in DATA/negative_fte.yaml)"));
}

TEST_CASE("error text: a missing required key") {
  CHECK(load_errors("missing_key.yaml") ==
        with_data_dir(
            R"(DATA/missing_key.yaml:6:3: error: arrivals.melding: missing required key 'into'
      6 |   melding:
        |   ^
  expected: into: the name of a stage
1 error in DATA/missing_key.yaml)"));
}

TEST_CASE("error text: text where a number belongs") {
  CHECK(
      load_errors("wrong_type.yaml") ==
      with_data_dir(
          R"(DATA/wrong_type.yaml:4:24: error: arrivals.politie.families_per_year: must be a number
      4 |     families_per_year: many
        |                        ^
  expected: a number >= 0 and <= 1000000
  found: many
1 error in DATA/wrong_type.yaml)"));
}

TEST_CASE("error text: NaN and infinity") {
  CHECK(load_errors("not_finite.yaml") ==
        with_data_dir(
            R"(DATA/not_finite.yaml:4:12: error: arrivals.lokaal_team.trend: must be a finite number
      4 |     trend: .nan
        |            ^
  expected: a number > -1 and <= 1
  found: .nan
DATA/not_finite.yaml:6:24: error: arrivals.politie.families_per_year: must be a finite number
      6 |     families_per_year: .inf
        |                        ^
  expected: a number >= 0 and <= 1000000
  found: .inf
2 errors in DATA/not_finite.yaml)"));
}

TEST_CASE("error text: a day that does not exist") {
  CHECK(load_errors("bad_date.yaml") ==
        with_data_dir(R"(DATA/bad_date.yaml:3:10: error: run.start: no such day in the calendar
      3 |   start: 2021-02-29
        |          ^
  expected: a date YYYY-MM-DD
  found: 2021-02-29
1 error in DATA/bad_date.yaml)"));
}

TEST_CASE("error text: a value the attribute does not have") {
  CHECK(
      load_errors("undeclared_value.yaml") ==
      with_data_dir(
          R"(DATA/undeclared_value.yaml:5:14: error: arrivals.politie.attributes.route: attribute 'route' has no value 'spoedig'
      5 |       route: spoedig
        |              ^
  expected: one of regulier, spoed
  did you mean 'spoed'?
1 error in DATA/undeclared_value.yaml)"));
}

TEST_CASE("error text: a branch with both p and when") {
  CHECK(
      load_errors("p_and_when.yaml") ==
      with_data_dir(
          R"(DATA/p_and_when.yaml:5:9: error: stages.gi.next[0]: a branch cannot have both p and when
      5 |       - {to: pleegzorg, p: 0.5, when: {region: haaglanden}}
        |         ^
  expected: p (drawn by probability) or when (taken if the condition holds)
1 error in DATA/p_and_when.yaml)"));
}

TEST_CASE("error text: max_visits without after_max_visits") {
  CHECK(
      load_errors("max_visits_alone.yaml") ==
      with_data_dir(
          R"(DATA/max_visits_alone.yaml:4:5: error: stages.jbt.max_visits: needs after_max_visits next to it
      4 |     max_visits: 2
        |     ^
  expected: after_max_visits: where a family goes instead after max_visits entries
1 error in DATA/max_visits_alone.yaml)"));
}

TEST_CASE("error text: 11 seasonality factors") {
  CHECK(
      load_errors("seasonality_11.yaml") ==
      with_data_dir(
          R"(DATA/seasonality_11.yaml:4:18: error: arrivals.lokaal_team.seasonality: needs 12 monthly factors
      4 |     seasonality: [1.1, 1, 1, 1, 1, 1, 0.8, 0.8, 1, 1.1, 1.2]
        |                  ^
  expected: 12 numbers >= 0 with mean 1, January first
  found: 11 values
1 error in DATA/seasonality_11.yaml)"));
}

TEST_CASE("error text: keys of the other kind of resource") {
  CHECK(
      load_errors("kind_keys.yaml") ==
      with_data_dir(
          R"(DATA/kind_keys.yaml:4:5: error: resources.pleegplaatsen.fte: a places resource has no fte
      4 |     fte: 4
        |     ^
  expected: places; fte and caseload_norm are for kind caseload
DATA/good.yaml:18:3: error: resources.jbw: missing required key 'places'
     18 |   jbw:
        |   ^
  expected: places: a whole number >= 0 and <= 10000000
DATA/good.yaml:20:5: error: resources.jbw.fte: a places resource has no fte
     20 |     fte: 12.5
        |     ^
  expected: places; fte and caseload_norm are for kind caseload
DATA/good.yaml:21:5: error: resources.jbw.caseload_norm: a places resource has no caseload_norm
     21 |     caseload_norm: 15
        |     ^
  expected: places; fte and caseload_norm are for kind caseload
4 errors in DATA/kind_keys.yaml)"));
}

TEST_CASE("error text: a continuous distribution of children") {
  CHECK(
      load_errors("children_continuous.yaml") ==
      with_data_dir(
          R"(DATA/children_continuous.yaml:4:16: error: arrivals.politie.children: the number of children must be a whole number
      4 |     children: {exponential: {mean_days: 2}}
        |                ^
  expected: {days: N} or {empirical: {N: p, ...}} with whole numbers N >= 1
  found: exponential, a continuous distribution
1 error in DATA/children_continuous.yaml)"));
}
TEST_CASE("every problem of a file is reported at once, in file order") {
  try {
    load_scenario(testing::data_file("many_problems.yaml"));
    FAIL("many_problems.yaml loaded");
  } catch (const ScenarioError& e) {
    std::vector<int> lines;
    for (const Diagnostic& d : e.diagnostics()) lines.push_back(d.location.line);
    CHECK(lines == std::vector<int>{1, 4, 5, 9, 12, 14, 17, 18, 19});
  }
  std::string errors = load_errors("many_problems.yaml");
  CHECK(errors == with_data_dir(R"(DATA/many_problems.yaml:1:11: error: scenario: not a valid name
      1 | scenario: Many Problems
        |           ^
  expected: a name of lower case letters, digits, _ and -, starting with a letter
  found: Many Problems
DATA/many_problems.yaml:4:10: error: run.years: must be <= 100
      4 |   years: 101
        |          ^
  expected: a number > 0 and <= 100
  found: 101
DATA/many_problems.yaml:5:17: error: run.replications: must be a whole number
      5 |   replications: 2.5
        |                 ^
  expected: a whole number >= 1 and <= 1000000
  found: 2.5
DATA/many_problems.yaml:9:49: error: resources.jbw.caseload_norm: must be > 0
      9 |   jbw: {kind: caseload, fte: 10, caseload_norm: 0}
        |                                                 ^
  expected: a number > 0 and <= 10000
  found: 0
DATA/many_problems.yaml:12:11: error: arrivals.melding.into: no stage named 'jbtt'
     12 |     into: jbtt
        |           ^
  did you mean 'jbt'?
DATA/many_problems.yaml:14:26: error: arrivals.melding.attributes.region: attribute 'region' has no value 'west'
     14 |     attributes: {region: west}
        |                          ^
  expected: one of noord, zuid
DATA/many_problems.yaml:17:15: error: stages.jbt.acquire[0]: no resource named 'jbv'
     17 |     acquire: [jbv]
        |               ^
  did you mean 'jbw'?
DATA/many_problems.yaml:18:22: error: stages.jbt.duration.days: must be >= 0
     18 |     duration: {days: -1}
        |                      ^
  expected: a number >= 0
  found: -1
DATA/many_problems.yaml:19:5: error: stages.jbt.next: needs a default branch
     19 |     next:
        |     ^
  expected: a last branch without when, taken when no condition holds
9 errors in DATA/many_problems.yaml)"));
}

}  // namespace
}  // namespace ketensim::scenario
