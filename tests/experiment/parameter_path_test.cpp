// Setting a scenario's numbers by key path, as sweeps and the capacity search do.
#include "sim/experiment/parameter_path.h"

#include <doctest/doctest.h>

#include "tests/support.h"

using namespace ketensim;
using experiment::get_parameter;
using experiment::set_parameter;

namespace {

const char* kYaml = R"(scenario: p
run: {start: 2020-01-01, years: 1}
resources:
  jbw: {kind: caseload, fte: 10, caseload_norm: 12}
  plaatsen: {kind: places, places: 5}
arrivals: {a: {into: jbt, families_per_year: 100}}
stages:
  jbt:
    duration: {days: 14}
    next: [{to: gi, p: 0.5}, {to: exit, p: 0.3}, {to: uit, p: 0.2}]
  gi: {acquire: [jbw], max_wait: {days: 90, then: exit}, duration: {days: 10}, next: [{to: exit}]}
  uit: {acquire: [plaatsen], duration: {days: 10}, next: [{to: exit}]}
policies:
  - {from: 2020-06-01, set: {resources.jbw.caseload_norm: 10}}
  - from: 2020-09-01
    set: {"stages.jbt.next[0].p": 0.6, "stages.jbt.next[1].p": 0.3, "stages.jbt.next[2].p": 0.1}
)";

std::string error_of(scenario::Scenario& s, const std::string& path, double value) {
  try {
    set_parameter(s, path, value);
  } catch (const experiment::RequestError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("resources, arrivals and max_wait are read and set by path") {
  auto s = testing::scenario_from(kYaml);
  CHECK(get_parameter(s, "resources.jbw.fte") == 10);
  set_parameter(s, "resources.jbw.fte", 14);
  set_parameter(s, "resources.plaatsen.places", 7);
  set_parameter(s, "arrivals.a.families_per_year", 250);
  set_parameter(s, "arrivals.a.trend", -0.1);
  set_parameter(s, "stages.gi.max_wait.days", 30);
  CHECK(s.resources[0].fte == 14);
  CHECK(s.resources[1].places == 7);
  CHECK(s.arrivals[0].families_per_year == 250);
  CHECK(s.arrivals[0].trend == -0.1);
  CHECK(*s.stages[1].max_wait_days == 30);
}

TEST_CASE("a patience (max_wait mean_days) is set by its own key, not by days") {
  std::string yaml = kYaml;
  yaml.replace(yaml.find("max_wait: {days: 90"), 19, "max_wait: {mean_days: 90");
  auto s = testing::scenario_from(yaml);
  CHECK(s.stages[1].max_wait_random);
  set_parameter(s, "stages.gi.max_wait.mean_days", 120);
  CHECK(*s.stages[1].max_wait_days == 120);
  CHECK(error_of(s, "stages.gi.max_wait.days", 3).find("expected 'mean_days' here, not 'days'") !=
        std::string::npos);
}

TEST_CASE("setting one branch's p rescales the other p branches to keep the sum 1") {
  auto s = testing::scenario_from(kYaml);
  set_parameter(s, "stages.jbt.next[0].p", 0.8);
  CHECK(*s.stages[0].next[0].p == 0.8);
  CHECK(*s.stages[0].next[1].p == doctest::Approx(0.12));  // 0.3 x 0.2 / 0.5
  CHECK(*s.stages[0].next[2].p == doctest::Approx(0.08));
}

TEST_CASE("a path that names nothing says so and suggests the nearest name") {
  auto s = testing::scenario_from(kYaml);
  CHECK(error_of(s, "resources.jbv.fte", 1) ==
        "parameter 'resources.jbv.fte': no resource named 'jbv'; did you mean 'jbw'?");
  CHECK(error_of(s, "resources.jbw.ftee", 1) ==
        "parameter 'resources.jbw.ftee': resources have no number 'ftee'; did you mean 'fte'?");
  CHECK(error_of(s, "stages.jbt.next[3].p", 0.1) ==
        "parameter 'stages.jbt.next[3].p': '3' is not an index below 3");
  CHECK(error_of(s, "stages.jbt.max_wait.days", 3) ==
        "parameter 'stages.jbt.max_wait.days': stage 'jbt' has no max_wait");
  CHECK(error_of(s, "resource.jbw.fte", 1) ==
        "parameter 'resource.jbw.fte': the first key must be resources, arrivals, stages or "
        "policies; did you mean 'resources'?");
  CHECK(error_of(s, "resources.jbw", 1) == "parameter 'resources.jbw': the path ends too early");
  CHECK(error_of(s, "resources.jbw.fte", -1) ==
        "parameter 'resources.jbw.fte': must be >= 0 and <= 1000000");
  CHECK(error_of(s, "stages.jbt.next[0].p", 1.5) ==
        "parameter 'stages.jbt.next[0].p': must be >= 0 and <= 1");
}

TEST_CASE("a policy's value is read and set as policies.<from>.<path>") {
  auto s = testing::scenario_from(kYaml);
  CHECK(get_parameter(s, "policies.2020-06-01.resources.jbw.caseload_norm") == 10);
  set_parameter(s, "policies.2020-06-01.resources.jbw.caseload_norm", 9);
  CHECK(s.policies[0].set[0].value == 9);
  CHECK(s.resources[0].caseload_norm == 12);  // the scenario's own number is untouched
  CHECK(error_of(s, "policies.2020-06-02.resources.jbw.caseload_norm", 9) ==
        "parameter 'policies.2020-06-02.resources.jbw.caseload_norm': no policy from 2020-06-02; "
        "did you mean '2020-06-01'?");
  CHECK(error_of(s, "policies.2020-06-01.resources.jbw.caseload_nrom", 9) ==
        "parameter 'policies.2020-06-01.resources.jbw.caseload_nrom': no policy from 2020-06-01 "
        "sets 'resources.jbw.caseload_nrom'; did you mean 'resources.jbw.caseload_norm'?");
  CHECK(error_of(s, "policies.2020-06-01.resources.jbw.caseload_norm", 0) ==
        "parameter 'policies.2020-06-01.resources.jbw.caseload_norm': must be > 0 and <= 10000");
}

TEST_CASE("a policy's p rescales the other branches that policy sets for the stage") {
  auto s = testing::scenario_from(kYaml);
  set_parameter(s, "policies.2020-09-01.stages.jbt.next[0].p", 0.2);
  CHECK(s.policies[1].set[0].value == 0.2);
  CHECK(s.policies[1].set[1].value == doctest::Approx(0.6));  // 0.3 x 0.8 / 0.4
  CHECK(s.policies[1].set[2].value == doctest::Approx(0.2));
  CHECK(*s.stages[0].next[1].p == 0.3);  // the stage's own shares stay
}

// A policy that sets two of three branches leaves the third at its share: a swept value of
// one of the two leaves the other what the third does not hold. Before, the two were made to
// sum to 1 on their own, the three to 1.2, and the third's families were silently lost to the
// others.
TEST_CASE("a policy's p that sets some of a stage's branches: the others keep their share") {
  auto s = testing::scenario_from(R"(scenario: t
run: {start: 2020-01-01, years: 2}
arrivals: {x: {into: s, families_per_year: 10}}
stages:
  s: {duration: {days: 1}, next: [{to: a, p: 0.2}, {to: b, p: 0.6}, {to: exit, p: 0.2}]}
  a: {duration: {days: 1}, next: [{to: exit}]}
  b: {duration: {days: 1}, next: [{to: exit}]}
policies:
  - {from: 2020-06-01, set: {"stages.s.next[2].p": 0.1, "stages.s.next[1].p": 0.7}}
  - {from: 2021-01-01, set: {"stages.s.next[0].p": 0.5, "stages.s.next[1].p": 0.4}}
)");
  // 2021: next[2] holds 0.1 (the 2020 policy's), so the two of 2021 share 0.9.
  set_parameter(s, "policies.2021-01-01.stages.s.next[0].p", 0.7);
  CHECK(s.policies[1].set[0].value == 0.7);
  CHECK(s.policies[1].set[1].value == doctest::Approx(0.2));
  // 2020: next[0] holds the stage's own 0.2, so the two of 2020 share 0.8.
  set_parameter(s, "policies.2020-06-01.stages.s.next[1].p", 0.5);
  CHECK(s.policies[0].set[0].value == doctest::Approx(0.3));
  CHECK(s.policies[0].set[1].value == 0.5);
}

TEST_CASE("values given together keep theirs, the other branches share the rest") {
  auto s = testing::scenario_from(kYaml);
  auto slot = [&](const char* path) { return *scenario::resolve_parameter(s, path).slot; };
  scenario::set_parameter_values(
      s, {{slot("stages.jbt.next[0].p"), 0.4}, {slot("stages.jbt.next[1].p"), 0.4}});
  CHECK(*s.stages[0].next[0].p == 0.4);
  CHECK(*s.stages[0].next[1].p == 0.4);
  CHECK(*s.stages[0].next[2].p == doctest::Approx(0.2));
  // Above 1 together: scaled to sum 1, the other gets nothing.
  scenario::set_parameter_values(
      s, {{slot("stages.jbt.next[0].p"), 0.9}, {slot("stages.jbt.next[1].p"), 0.6}});
  CHECK(*s.stages[0].next[0].p == doctest::Approx(0.6));
  CHECK(*s.stages[0].next[1].p == doctest::Approx(0.4));
  CHECK(*s.stages[0].next[2].p == 0);
  CHECK(scenario::values_problem(s, {slot("stages.jbt.next[0].p"), slot("stages.jbt.next[1].p"),
                                     slot("stages.jbt.next[2].p")}) ==
        "stage 'jbt' has no other branch with p to take the rest");
}
