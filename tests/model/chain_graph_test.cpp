#include "sim/model/chain_graph.h"

#include <doctest/doctest.h>

#include "sim/scenario/loader.h"

using namespace ketensim;

namespace {
std::vector<scenario::Diagnostic> flow_problems(const std::string& yaml) {
  return model::check_flow(scenario::load_scenario_text(yaml, "flow.yaml"));
}
const char* kHeader = "scenario: flow\nrun: {start: 2020-01-01, years: 1}\n";
}  // namespace

TEST_CASE("a well-formed flow has no problems, capped loops included") {
  auto problems =
      flow_problems(std::string(kHeader) + R"(arrivals: {a: {into: ots, families_per_year: 10}}
stages:
  ots: {duration: {days: 365}, next: [{to: verlenging}]}
  verlenging: {max_visits: 3, after_max_visits: exit, next: [{to: ots, p: 0.7}, {to: exit, p: 0.3}]}
)");
  CHECK(problems.empty());
}

TEST_CASE("unreachable stage, a stage without a way out, and an uncapped loop") {
  auto problems =
      flow_problems(std::string(kHeader) + R"(arrivals: {a: {into: one, families_per_year: 10}}
stages:
  one: {next: [{to: two, p: 0.5}, {to: exit, p: 0.5}]}
  two: {next: [{to: one}]}
  orphan: {next: [{to: exit}]}
  trap: {next: [{to: trap}]}
)");
  REQUIRE(problems.size() == 5);
  CHECK(problems[0].location.line == 5);
  CHECK(problems[0].message ==
        "stages one, two form a loop without a cap; families could cycle forever");
  CHECK(problems[0].expected == "max_visits on one stage of the loop");
  CHECK(problems[1].key_path == "stages.orphan");
  CHECK(problems[1].message == "no arrival stream or initial stock leads to this stage");
  CHECK(problems[2].key_path == "stages.trap");
  CHECK(problems[2].message == "no arrival stream or initial stock leads to this stage");
  CHECK(problems[3].message ==
        "no exit can be reached from this stage; families would never leave");
  CHECK(problems[4].message ==
        "this stage leads back to itself without a cap; families could cycle forever");
}

TEST_CASE("a cap breaks the loop only if every cycle passes a capped stage") {
  auto problems =
      flow_problems(std::string(kHeader) + R"(arrivals: {a: {into: a1, families_per_year: 10}}
stages:
  a1: {max_visits: 2, after_max_visits: exit, next: [{to: b1}]}
  b1: {next: [{to: a1, p: 0.5}, {to: c1, p: 0.5}]}
  c1: {next: [{to: b1, p: 0.5}, {to: exit, p: 0.5}]}
)");
  REQUIRE(problems.size() == 1);  // b1 <-> c1 loops without passing a1
  CHECK(problems[0].message ==
        "stages b1, c1 form a loop without a cap; families could cycle forever");
}
