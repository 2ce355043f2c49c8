// The keys that make the generic flow into the youth protection chain (measures, timers,
// staff dynamics, the initial state, norms, policies, assumptions) load into exactly the
// structs they describe, and each kind of mistake in them gets its exact message.
#include <doctest/doctest.h>

#include "sim/scenario/loader.h"
#include "tests/scenario/scenario_test_support.h"

namespace ketensim::scenario {
namespace {

using engine::DistributionKind;
using testing::data_file;
using testing::with_data_dir;

// Everything wrong with a scenario given as text, rendered as the user sees it.
std::string errors_of(const std::string& yaml) {
  try {
    load_scenario_text(yaml, data_file("inline.yaml"));
  } catch (const ScenarioError& e) {
    return render(e.diagnostics());
  }
  return "loaded";
}

const std::string kHead = R"(scenario: t
run: {start: 2020-01-01, years: 1}
measures: [ots]
attributes: {region: [a, b]}
arrivals: {x: {into: s, families_per_year: 1}}
)";

TEST_CASE("chain_keys.yaml: measures, breakdown, staff dynamics, yearly rates and ages") {
  Scenario s = load_scenario(data_file("chain_keys.yaml"));
  CHECK(s.measures == std::vector<std::string>{"ots_lt1", "ots_gt1"});
  CHECK(s.report_by == std::vector<std::string>{"region"});
  const Resource& jbw = s.resources.at(0);
  CHECK(jbw.caseload_norm_by_measure ==
        std::vector<std::pair<std::string, double>>{{"ots_gt1", 12}});
  CHECK(jbw.turnover_per_year == 0.165);
  REQUIRE(jbw.hiring_delay);
  CHECK(jbw.hiring_delay->mean() == doctest::Approx(90));
  CHECK(jbw.ramp_up_days == 180);
  CHECK(jbw.ramp_up_share == 0.5);
  CHECK(jbw.absence == 0.048);
  const ArrivalStream& a = s.arrivals.at(0);
  CHECK(a.rate_by_year == std::vector<std::pair<int, double>>{{2020, 238}, {2019, 364}});
  REQUIRE(a.age_years);
  CHECK(a.age_years->mean() == doctest::Approx(8.75));
}

TEST_CASE("chain_keys.yaml: stage measures and timers, the duration's written form") {
  Scenario s = load_scenario(data_file("chain_keys.yaml"));
  const Stage& ots = s.stages.at(0);
  CHECK(ots.measure == "ots_lt1");
  REQUIRE(ots.timers.size() == 2);
  CHECK(ots.timers[0].days == 365);
  CHECK(!ots.timers[0].age_years);
  CHECK(ots.timers[0].then == "verlenging");
  CHECK(ots.timers[1].age_years == 18);
  CHECK(ots.timers[1].then == "einde");
  CHECK(ots.duration_form.form == "exponential");
  CHECK(*ots.duration_form.number("mean_days") == 2000);
  CHECK(s.stages.at(1).measure.empty());
}

TEST_CASE("chain_keys.yaml: initial stocks, norms, policies and assumptions") {
  Scenario s = load_scenario(data_file("chain_keys.yaml"));
  REQUIRE(s.initial.size() == 2);
  CHECK(s.initial[0].stage == "ots_lt1");
  CHECK(s.initial[0].count == 336);
  CHECK(s.initial[0].count_is_children);
  CHECK(s.initial[0].attributes.at(0).weights == std::vector<double>{0.75, 0.25});
  CHECK(s.initial[0].children_per_family.mean() == doctest::Approx(1.4));
  CHECK(!s.initial[0].elapsed);
  CHECK(s.initial[0].age_years->mean() == doctest::Approx((0 + 10 + 17.9) / 3));
  CHECK(!s.initial[1].count_is_children);
  CHECK(s.initial[1].elapsed->mean() == 100);
  REQUIRE(s.norms.size() == 2);
  CHECK(s.norms[0].name == "vaste_jeugdbeschermer");
  CHECK(s.norms[0].from.kind == NormEvent::Kind::enter);
  CHECK(s.norms[0].to.kind == NormEvent::Kind::acquire);
  CHECK(s.norms[0].to.names == std::vector<std::string>{"jbw"});
  CHECK(s.norms[0].working_days);
  CHECK(s.norms[0].within == 5);
  CHECK(s.norms[1].to.names == std::vector<std::string>{"ots_gt1", "verlenging"});
  CHECK(!s.norms[1].working_days);
  REQUIRE(s.policies.size() == 2);
  CHECK(s.policies[0].from == engine::Date{2020, 1, 1});
  CHECK(s.policies[0].over_days == 0);
  REQUIRE(s.policies[0].set.size() == 3);
  CHECK(s.policies[0].set[2].path == "stages.ots_lt1.duration.exponential.mean_days");
  CHECK(s.policies[0].set[2].value == 3000);
  CHECK(s.policies[0].note == "fewer early ends from 2020");
  CHECK(s.policies[1].over_days == 365);
  REQUIRE(s.assumptions.size() == 2);
  CHECK(s.assumptions[1].param == "stages.verlenging.next[0].p");
}

TEST_CASE(
    "error text: a stage's measure must be declared, a hold is on a resource the stage acquires") {
  CHECK(errors_of(kHead + R"(resources: {bed: {kind: places, places: 3}}
stages:
  s: {measure: otz, hold: {bed: {days: 30}}, next: [{to: exit}]}
)") == with_data_dir(R"(DATA/inline.yaml:8:16: error: stages.s.measure: no measure named 'otz'
  expected: one of ots
  did you mean 'ots'?
DATA/inline.yaml:8:28: error: stages.s.hold.bed: 'bed' is not acquired in this stage
  expected: a resource listed under this stage's acquire
2 errors in DATA/inline.yaml)"));
}

TEST_CASE("error text: a timer has exactly one of days and age, and goes somewhere") {
  CHECK(
      errors_of(kHead + R"(stages:
  s:
    timers: [{days: 365, age: 18, then: exit}, {days: 10, then: nergens}]
    next: [{to: exit}]
)") ==
      with_data_dir(
          R"(DATA/inline.yaml:8:14: error: stages.s.timers[0]: a timer needs exactly one of days and age
  expected: {days: 365, then: ...} or {age: 18, then: ...}
DATA/inline.yaml:8:65: error: stages.s.timers[1].then: no stage or exit named 'nergens'
2 errors in DATA/inline.yaml)"));
}

TEST_CASE("error text: a max_wait has exactly one of days and mean_days") {
  CHECK(
      errors_of(kHead + R"(resources: {bed: {kind: places, places: 1}}
stages:
  s:
    acquire: [bed]
    max_wait: {days: 30, mean_days: 60, then: exit}
    next: [{to: exit}]
)") ==
      with_data_dir(
          R"(DATA/inline.yaml:10:15: error: stages.s.max_wait: max_wait needs exactly one of days and mean_days
  expected: {days: 90, then: ...} (a fixed limit) or {mean_days: 180, then: ...} (patience)
1 error in DATA/inline.yaml)"));
}

TEST_CASE("error text: a stage without a duration needs a days timer") {
  CHECK(
      errors_of(kHead + R"(stages:
  s: {timers: [{age: 18, then: exit}], next: [{to: exit}]}
)") ==
      with_data_dir(
          R"(DATA/inline.yaml:7:3: error: stages.s: without a duration, a stage with only age timers never ends for a family without an age
  expected: a duration, or a timer with days as well
1 error in DATA/inline.yaml)"));
}

TEST_CASE("error text: an exponential has a mean or a rate") {
  CHECK(
      errors_of(kHead + R"(stages:
  s: {duration: {exponential: {mean_days: 10, rate_per_year: 2}}, next: [{to: exit}]}
)") ==
      with_data_dir(
          R"(DATA/inline.yaml:7:18: error: stages.s.duration.exponential: give mean_days or rate_per_year
  found: mean_days and rate_per_year
1 error in DATA/inline.yaml)"));
}

TEST_CASE("error text: an initial stock names a stage and one count") {
  CHECK(errors_of(kHead + R"(stages: {s: {next: [{to: exit}]}}
initial:
  - {stage: exit, children: 3, families: 1}
)") == with_data_dir(
            R"(DATA/inline.yaml:8:5: error: initial[0]: give exactly one of children and families
  expected: children: N (measures are counted per child) or families: N
DATA/inline.yaml:8:13: error: initial[0].stage: 'exit' is an exit
  expected: a stage
2 errors in DATA/inline.yaml)"));
}

TEST_CASE("error text: a norm's events and its within") {
  CHECK(
      errors_of(kHead + R"(stages: {s: {next: [{to: exit}]}}
norms:
  n: {from: {enter: s, leave: s}, to: {acquire: gi}, within: {days: 3, working_days: 2}}
)") ==
      with_data_dir(
          R"(DATA/inline.yaml:8:13: error: norms.n.from: needs exactly one of enter, leave and acquire
  expected: {enter: stage}, {leave: stage} or {acquire: resource}
DATA/inline.yaml:8:49: error: norms.n.to.acquire: no resource named 'gi'
DATA/inline.yaml:8:62: error: norms.n.within: needs exactly one of days and working_days
  expected: {days: 42} or {working_days: 5}
3 errors in DATA/inline.yaml)"));
}

TEST_CASE(
    "error text: a policy path that names nothing, a value out of range, p that no longer sum to 1") {
  CHECK(
      errors_of(kHead + R"(resources: {gi: {kind: caseload, fte: 3, caseload_norm: 10}}
stages:
  s:
    duration: {lognormal: {median_days: 10, p90_days: 20}}
    next: [{to: exit, p: 0.5}, {to: exit, p: 0.5}]
policies:
  - from: 2020-06-01
    set:
      resources.gi.places: 3
      resources.gi.fte: -2
      stages.s.next[0].p: 0.7
      stages.s.duration.lognormal.median_days: 30
)") ==
      with_data_dir(
          R"(DATA/inline.yaml:12:5: error: stages.s.next: after the policies of 2020-06-01 the probabilities must still sum to 1
  found: 1.2 (0.7 + 0.5)
DATA/inline.yaml:14:7: error: policies[0].set.resources.gi.places: resource 'gi' is of kind caseload and has no places
  expected: a key path such as resources.jbw.caseload_norm (see Policies in docs/scenario-format.md)
DATA/inline.yaml:15:25: error: policies[0].set.resources.gi.fte: must be >= 0 and <= 1000000
  found: -2
DATA/inline.yaml:17:48: error: policies[0].set.stages.s.duration.lognormal.median_days: p90_days must be above median_days
  found: 30
4 errors in DATA/inline.yaml)"));
}

TEST_CASE("error text: an assumption names a key the scenario has, a rate_by_year key is a year") {
  CHECK(
      errors_of(kHead + R"(stages: {s: {next: [{to: exit}]}}
assumptions:
  - {param: stages.s.duration, note: not written}
)") ==
      with_data_dir(
          R"(DATA/inline.yaml:8:13: error: assumptions[0].param: the scenario has no key 'stages.s.duration'
  expected: the path of a key written in the scenario (or a base), such as stages.jbt.duration
1 error in DATA/inline.yaml)"));
  CHECK(errors_of(R"(scenario: t
run: {start: 2020-01-01, years: 1}
arrivals: {x: {into: s, families_per_year: 1, rate_by_year: {twenty: 3}}}
stages: {s: {next: [{to: exit}]}}
)") == with_data_dir(
            R"(DATA/inline.yaml:3:62: error: arrivals.x.rate_by_year.twenty: not a calendar year
  expected: a year such as 2020
  found: twenty
1 error in DATA/inline.yaml)"));
}

TEST_CASE("error text: staff keys belong to caseload resources") {
  CHECK(errors_of(kHead + R"(resources: {bed: {kind: places, places: 2, absence: 0.1}}
stages: {s: {next: [{to: exit}]}}
)") == with_data_dir(
            R"(DATA/inline.yaml:6:44: error: resources.bed.absence: a places resource has no staff
  expected: this key on a resource of kind caseload
1 error in DATA/inline.yaml)"));
}

}  // namespace
}  // namespace ketensim::scenario
