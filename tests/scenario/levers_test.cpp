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
  CHECK(engine::format_date(lever_change(s, fte).from) == "2021-01-01");
  CHECK(lever_change(s, fte).path == "resources.jbw.fte");
  CHECK(engine::format_date(lever_change(s, s.levers[0]).from) == "2020-01-01");
  CHECK(lever_value_problem(s, fte, 31) == "must be between 5 and 30");
  CHECK(lever_value_problem(s, fte, 20).empty());
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
