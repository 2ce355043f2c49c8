// levers: what `ketensim serve` shows as sliders. A lever loads into its struct, a policy's
// value can be one, and each kind of mistake gets its exact message at its place.
#include "sim/scenario/levers.h"

#include <doctest/doctest.h>

#include "sim/scenario/loader.h"
#include "tests/scenario/scenario_test_support.h"

namespace ketensim::scenario {
namespace {

using testing::data_file;
using testing::with_data_dir;

std::string errors_of(const std::string& yaml) {
  try {
    load_scenario_text(yaml, data_file("inline.yaml"));
  } catch (const ScenarioError& e) {
    return render(e.diagnostics());
  }
  return "loaded";
}

const std::string kHead = R"(scenario: t
run: {start: 2020-01-01, years: 2}
resources: {jbw: {kind: caseload, fte: 10, caseload_norm: 15}}
arrivals: {x: {into: s, families_per_year: 1}}
stages: {s: {duration: {days: 5}, acquire: [jbw], next: [{to: exit}]}}
policies:
  - {from: 2021-01-01, set: {resources.jbw.fte: 12}}
)";

TEST_CASE("levers: a number and a policy's value, with labels and range") {
  Scenario s = load_scenario_text(kHead + R"(levers:
  norm: {path: resources.jbw.caseload_norm, label: {en: Norm, nl: Norm}, min: 8, max: 20, step: 0.5}
  fte_2021:
    path: policies.2021-01-01.resources.jbw.fte
    label: {en: "fte from 2021", nl: "fte vanaf 2021"}
    min: 5
    max: 30
    step: 1
)",
                                  data_file("inline.yaml"));
  REQUIRE(s.levers.size() == 2);
  const Lever& fte = s.levers[1];
  CHECK(fte.name == "fte_2021");
  CHECK(fte.label_nl == "fte vanaf 2021");
  CHECK(fte.min == 5);
  CHECK(fte.max == 30);
  CHECK(fte.step == 1);
  CHECK(lever_value(s, s.levers[0]) == 15);
  CHECK(lever_value(s, fte) == 12);
  // The policy's value holds from the policy's date; a number from the run's start.
  LeverChange staff = lever_change(s, fte, 20);
  CHECK(engine::format_date(staff.from) == "2021-01-01");
  CHECK(staff.set == std::vector<std::pair<std::string, double>>{{"resources.jbw.fte", 20}});
  CHECK(engine::format_date(lever_change(s, s.levers[0], 12).from) == "2020-01-01");
  CHECK(lever_value_problem(s, fte, 31) == "must be between 5 and 30");
  CHECK(lever_value_problem(s, fte, 20).empty());
}

// A share of a routing: the stage's other `p` branches take the rest in their proportions, so
// the policy the lever enters as still sums to 1 (a policy setting one p alone is refused).
TEST_CASE("levers: a branch's p, with the other branches sharing the rest") {
  Scenario s = load_scenario_text(R"(scenario: t
run: {start: 2020-01-01, years: 2}
arrivals: {x: {into: s, families_per_year: 1}}
stages:
  s: {duration: {days: 5}, next: [{to: a, p: 0.2}, {to: b, p: 0.6}, {to: exit, p: 0.2}]}
  a: {duration: {days: 1}, next: [{to: exit}]}
  b: {duration: {days: 1}, next: [{to: exit}]}
  u: {duration: {days: 1}, next: [{to: exit, p: 1}]}
policies:
  - {from: 2021-01-01, set: {"stages.s.next[0].p": 0.5, "stages.s.next[1].p": 0.3, "stages.s.next[2].p": 0.2}}
levers:
  settled: {path: "stages.s.next[0].p", label: {en: a, nl: a}, min: 0, max: 0.6, step: 0.05}
  later: {path: "policies.2021-01-01.stages.s.next[1].p", label: {en: b, nl: b}, min: 0, max: 1, step: 0.1}
)",
                                  data_file("inline.yaml"));
  // 0.4 to a; b and exit share the other 0.6 as 0.6 : 0.2, so 0.45 and 0.15.
  LeverChange now = lever_change(s, s.levers[0], 0.4);
  CHECK(engine::format_date(now.from) == "2020-01-01");
  REQUIRE(now.set.size() == 3);
  CHECK(now.set[0] == std::pair<std::string, double>{"stages.s.next[0].p", 0.4});
  CHECK(now.set[1].first == "stages.s.next[1].p");
  CHECK(now.set[1].second == doctest::Approx(0.45));
  CHECK(now.set[2].first == "stages.s.next[2].p");
  CHECK(now.set[2].second == doctest::Approx(0.15));
  // On a policy's value, the rest goes to that policy's other changes to the stage: 0.5 : 0.2
  // of the 0.2 left, so 1/7 and 2/35.
  LeverChange later = lever_change(s, s.levers[1], 0.8);
  CHECK(engine::format_date(later.from) == "2021-01-01");
  REQUIRE(later.set.size() == 3);
  CHECK(later.set[0].first == "stages.s.next[0].p");
  CHECK(later.set[0].second == doctest::Approx(1.0 / 7));
  CHECK(later.set[1] == std::pair<std::string, double>{"stages.s.next[1].p", 0.8});
  CHECK(later.set[2].first == "stages.s.next[2].p");
  CHECK(later.set[2].second == doctest::Approx(2.0 / 35));
  // A stage with a single p branch has none to take the rest.
  CHECK(errors_of(R"(scenario: t
run: {start: 2020-01-01, years: 2}
arrivals: {x: {into: u, families_per_year: 1}}
stages: {u: {duration: {days: 1}, next: [{to: exit, p: 1}]}}
levers: {only: {path: "stages.u.next[0].p", label: {en: a, nl: a}, min: 0, max: 1, step: 0.1}}
)") == with_data_dir(
            "DATA/inline.yaml:5:23: error: levers.only.path: stage 'u' has no other branch with p "
            "to take the rest, as a lever on a branch's p needs\n"
            "  found: stages.u.next[0].p\n"
            "1 error in DATA/inline.yaml"));
}

TEST_CASE("levers: error texts") {
  auto lever = [](const std::string& body) {
    return errors_of(kHead + "levers:\n  l: " + body + "\n");
  };
  CHECK(
      lever("{path: resources.jbw.ftee, label: {en: a, nl: b}, min: 1, max: 2, step: 1}") ==
      with_data_dir("DATA/inline.yaml:9:13: error: levers.l.path: resources have no number 'ftee'\n"
                    "  found: resources.jbw.ftee\n"
                    "  did you mean 'fte'?\n"
                    "1 error in DATA/inline.yaml"));
  CHECK(lever("{path: resources.jbw.fte, label: {en: a, nl: b}, min: 20, max: 5, step: 1}") ==
        with_data_dir("DATA/inline.yaml:9:3: error: levers.l.max: must be above min\n"
                      "  expected: > 20\n"
                      "  found: 5\n"
                      "1 error in DATA/inline.yaml"));
  CHECK(
      lever("{path: resources.jbw.fte, label: {en: a, nl: b}, min: -5, max: 20, step: 1}") ==
      with_data_dir(
          "DATA/inline.yaml:9:3: error: levers.l.min: 'resources.jbw.fte' cannot take -5: it must be >= 0 and <= 1000000\n"
          "1 error in DATA/inline.yaml"));
  CHECK(
      lever("{path: resources.jbw.fte, label: {en: a, nl: b}, min: 11, max: 20, step: 1}") ==
      with_data_dir(
          "DATA/inline.yaml:9:3: error: levers.l: the range must hold the value the scenario gives 'resources.jbw.fte'\n"
          "  expected: 11 .. 20\n"
          "  found: 10\n"
          "1 error in DATA/inline.yaml"));
  CHECK(lever("{path: resources.jbw.fte, label: {en: a}, min: 1, max: 20, step: 0}") ==
        with_data_dir("DATA/inline.yaml:9:32: error: levers.l.label: missing required key 'nl'\n"
                      "  expected: nl: text\n"
                      "DATA/inline.yaml:9:71: error: levers.l.step: must be > 0\n"
                      "  expected: a number > 0\n"
                      "  found: 0\n"
                      "2 errors in DATA/inline.yaml"));
  // No path: one error where the lever is, not a second one without a place (found by the fuzzer).
  CHECK(lever("{label: {en: a, nl: b}, min: 1, max: 20, step: 1}") ==
        with_data_dir("DATA/inline.yaml:9:3: error: levers.l: missing required key 'path'\n"
                      "  expected: path: a key path such as stages.jbt.duration\n"
                      "1 error in DATA/inline.yaml"));
}

TEST_CASE("levers: two levers on one number") {
  CHECK(errors_of(kHead + R"(levers:
  a: {path: resources.jbw.fte, label: {en: a, nl: a}, min: 1, max: 20, step: 1}
  b: {path: resources.jbw.fte, label: {en: b, nl: b}, min: 1, max: 20, step: 1}
)") == with_data_dir(
            "DATA/inline.yaml:10:13: error: levers.b.path: names the same number as lever 'a'\n"
            "  found: resources.jbw.fte\n"
            "1 error in DATA/inline.yaml"));
}

}  // namespace
}  // namespace ketensim::scenario
