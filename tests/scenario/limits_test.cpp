// Input limits (sim/scenario/limits.h): a scenario beyond them is refused with a diagnostic
// that says where, what the limit is and what was found, rather than attempted.
#include "sim/scenario/limits.h"

#include <doctest/doctest.h>

#include <string>

#include "sim/scenario/loader.h"

namespace ketensim::scenario {
namespace {

// Sections of a scenario that loads; tests replace one of them.
struct Text {
  std::string run = "run: {start: 2020-01-01, years: 1}\n";
  std::string attributes;
  std::string exits;
  std::string resources;
  std::string arrivals = "arrivals: {a: {into: s0, families_per_year: 10}}\n";
  std::string stages = "stages:\n  s0: {next: [{to: exit}]}\n";
  std::string policies;

  std::string yaml() const {
    return "scenario: limits\n" + run + attributes + exits + resources + arrivals + stages +
           policies;
  }
};

// Everything wrong with `text`, rendered; "loaded" when nothing is.
std::string errors(const Text& text) {
  try {
    load_scenario_text(text.yaml(), "limits.yaml");
  } catch (const ScenarioError& e) {
    return render(e.diagnostics());
  }
  return "loaded";
}

// n stages in a row, s0 -> s1 -> ... -> exit.
std::string stages(std::size_t n) {
  std::string out = "stages:\n";
  for (std::size_t i = 0; i < n; ++i) {
    std::string to = i + 1 < n ? "s" + std::to_string(i + 1) : "exit";
    out += "  s" + std::to_string(i) + ": {next: [{to: " + to + "}]}\n";
  }
  return out;
}

// A map section `key` with n entries `<prefix>I: <value>`.
std::string section(const std::string& key, std::size_t n, const std::string& prefix,
                    const std::string& value) {
  std::string out = key + ":\n";
  for (std::size_t i = 0; i < n; ++i) {
    out += "  " + prefix + std::to_string(i) + ": " + value + "\n";
  }
  return out;
}

std::string name_list(std::size_t n) {
  std::string out = "[";
  for (std::size_t i = 0; i < n; ++i) out += (i ? ", v" : "v") + std::to_string(i);
  return out + "]";
}

TEST_CASE("limits: up to 1000 stages") {
  Text t;
  t.stages = stages(kMaxStages);
  CHECK(errors(t) == "loaded");
  t.stages = stages(kMaxStages + 1);
  CHECK(errors(t) == R"(limits.yaml:4:1: error: stages: too many stages
  expected: at most 1000 stages
  found: 1001 stages
1 error in limits.yaml)");
}

TEST_CASE("limits: arrival streams, resources, exits, attributes") {
  Text t;
  t.arrivals = section("arrivals", kMaxArrivalStreams + 1, "a", "{into: s0, families_per_year: 1}");
  CHECK(errors(t) == R"(limits.yaml:3:1: error: arrivals: too many arrival streams
  expected: at most 1000 arrival streams
  found: 1001 arrival streams
1 error in limits.yaml)");
  t.arrivals = section("arrivals", kMaxArrivalStreams, "a", "{into: s0, families_per_year: 1}");
  CHECK(errors(t) == "loaded");

  Text r;
  r.resources = section("resources", kMaxResources + 1, "r", "{kind: places, places: 1}");
  CHECK(
      errors(r).starts_with("limits.yaml:3:1: error: resources: too many resources\n"
                            "  expected: at most 1000 resources\n  found: 1001 resources\n"));
  r.resources = section("resources", kMaxResources, "r", "{kind: places, places: 1}");
  CHECK(errors(r) == "loaded");

  Text e;
  std::string exits = name_list(kMaxExits + 1);
  e.exits = "exits: " + exits + "\n";
  CHECK(
      errors(e).starts_with("limits.yaml:3:1: error: exits: too many exits\n"
                            "  expected: at most 1000 exits\n  found: 1001 exits\n"));

  Text a;
  a.attributes = section("attributes", kMaxAttributes + 1, "a", "[x]");
  CHECK(
      errors(a).starts_with("limits.yaml:3:1: error: attributes: too many attributes\n"
                            "  expected: at most 100 attributes\n  found: 101 attributes\n"));
}

TEST_CASE("limits: up to 256 values of an attribute, each stored in a byte") {
  Text t;
  t.attributes = "attributes:\n  region: " + name_list(kMaxAttributeValues) + "\n";
  CHECK(errors(t) == "loaded");
  t.attributes = "attributes:\n  region: " + name_list(kMaxAttributeValues + 1) + "\n";
  CHECK(errors(t) == R"(limits.yaml:4:3: error: attributes.region: too many values
  expected: at most 256 values
  found: 257 values
1 error in limits.yaml)");
}

TEST_CASE("limits: one map or list holds at most 10000 entries") {
  Text t;
  t.stages =
      "stages:\n  s0: {next: [{to: exit}], acquire: " + name_list(kMaxCollectionItems + 1) + "}\n";
  std::string shown = errors(t);
  CHECK(shown ==
        "limits.yaml:5:37: error: stages.s0.acquire: a map or list with too many "
        "entries\n  expected: at most 10000 entries\n  found: entry 10001 on line 5\n"
        "1 error in limits.yaml");
}

TEST_CASE("limits: a file holds at most 250000 values") {
  std::string list = "[" + std::string(9000, ',') + "]";  // 9000 empty values
  std::string text = "a: [";
  for (std::size_t i = 0; i <= kMaxNodes / 9000; ++i) text += list + ", ";
  text += "x]\n";
  REQUIRE(text.size() <= kMaxFileBytes);
  try {
    load_scenario_text(text, "limits.yaml");
    FAIL("loaded");
  } catch (const ScenarioError& e) {
    CHECK(e.diagnostics().front().message == "the file has too many values (aliases expanded)");
    CHECK(e.diagnostics().front().expected == "at most 250000");
  }
}

TEST_CASE("limits: horizon, replications, rates, trend, priority, visits and children") {
  Text t;
  t.run = "run: {start: 2020-01-01, years: 101, replications: 1000001}\n";
  t.arrivals =
      "arrivals: {a: {into: s0, families_per_year: 1000001, trend: 1.5, priority: "
      "-10001, children: {days: 1001}}}\n";
  t.stages = "stages:\n  s0: {max_visits: 10001, after_max_visits: exit, next: [{to: exit}]}\n";
  CHECK(errors(t) == R"(limits.yaml:2:33: error: run.years: must be <= 100
  expected: a number > 0 and <= 100
  found: 101
limits.yaml:2:52: error: run.replications: must be <= 1000000
  expected: a whole number >= 1 and <= 1000000
  found: 1000001
limits.yaml:3:45: error: arrivals.a.families_per_year: must be <= 1000000
  expected: a number >= 0 and <= 1000000
  found: 1000001
limits.yaml:3:61: error: arrivals.a.trend: must be <= 1
  expected: a number > -1 and <= 1
  found: 1.5
limits.yaml:3:76: error: arrivals.a.priority: must be >= -10000
  expected: a whole number >= -10000 and <= 10000
  found: -10001
limits.yaml:3:101: error: arrivals.a.children.days: must be <= 1000
  expected: a whole number of children
  found: 1001
limits.yaml:5:20: error: stages.s0.max_visits: must be <= 10000
  expected: a whole number >= 1 and <= 10000
  found: 10001
7 errors in limits.yaml)");
}

TEST_CASE("limits: a run of more than 10^10 families is refused, trend included") {
  Text t;
  t.run = "run: {start: 2020-01-01, years: 100, replications: 1000000}\n";
  t.arrivals = "arrivals: {a: {into: s0, families_per_year: 1000000}}\n";
  CHECK(
      errors(t) ==
      R"(limits.yaml:2:1: error: run: too large a run: some 1e+14 families would arrive over all replications
  expected: at most 1e+10 families: fewer replications, fewer years or lower rates
  found: 1000000 replications of 1e+08 families
1 error in limits.yaml)");
  t.run = "run: {start: 2020-01-01, years: 10, replications: 1000}\n";
  CHECK(errors(t) == "loaded");  // 10^10 exactly
  t.arrivals = "arrivals: {a: {into: s0, families_per_year: 1000000, trend: 0.01}}\n";
  CHECK(errors(t).starts_with("limits.yaml:2:1: error: run: too large a run: some 1.05e+10 "));
  t.run = "run: {start: 2020-01-01, years: 100}\n";
  t.arrivals = "arrivals: {a: {into: s0, families_per_year: 1, trend: 1}}\n";
  CHECK(errors(t).starts_with("limits.yaml:2:1: error: run: too large a run: some 1.27e+30 "));
}

// A policy can raise a stream's rate or trend: the bound counts them from the policy's year.
// Before, 100,000 families a year doubling every year from 2021 passed check and ran until
// run.max_families stopped it, after some 400 million families.
TEST_CASE("limits: the run-size bound counts the rates and trends policies set") {
  Text t;
  t.run = "run: {start: 2020-01-01, years: 60, replications: 1}\n";
  t.arrivals = "arrivals: {a: {into: s0, families_per_year: 100000}}\n";
  CHECK(errors(t) == "loaded");
  t.policies = "policies:\n  - {from: 2021-01-01, set: {arrivals.a.trend: 1}}\n";
  CHECK(errors(t).starts_with("limits.yaml:2:1: error: run: too large a run: some 1.15e+23 "));
  t.run = "run: {start: 2020-01-01, years: 10, replications: 1000}\n";
  t.arrivals =
      "arrivals: {a: {into: s0, families_per_year: 1000, rate_by_year: {2025: 1000000}}}\n";
  t.policies = "";
  CHECK(errors(t) == "loaded");  // 10^10 exactly, as if every year had the highest rate
  t.policies = "policies:\n  - {from: 2027-01-01, set: {arrivals.a.families_per_year: 2000000}}\n";
  CHECK(errors(t).starts_with("limits.yaml:2:1: error: run: too large a run: some 2e+10 "));
}

// The fuzzer found this: a policy setting a resource's number was read as an arrival
// stream's by the run-size bound, past the end of the streams (undefined behaviour; with no
// streams at all UBSan reports it). Only the missing streams are reported.
TEST_CASE("limits: the run-size bound reads only what policies set on streams") {
  Text t;
  t.resources = "resources: {r0: {kind: places, places: 1}, r1: {kind: places, places: 1}}\n";
  t.policies = "policies:\n  - {from: 2020-06-01, set: {resources.r1.places: 5}}\n";
  CHECK(errors(t) == "loaded");
  t.arrivals = "";
  CHECK(errors(t) ==
        "limits.yaml: error: missing required key 'arrivals'\n"
        "  expected: arrivals: a map\n"
        "1 error in limits.yaml");
}

// Issue 19: a family with more children than a per-child resource has places waited for
// ever, and every family behind it; check said ok and the run exited 0.
TEST_CASE("a family larger than a per-child resource a stage acquires is refused") {
  Text t;
  t.resources = "resources: {bed: {kind: places, places: 180, per: child}}\n";
  t.arrivals = "arrivals: {a: {into: s0, families_per_year: 10, children: {days: 1000}}}\n";
  t.stages = "stages:\n  s0: {acquire: [bed], next: [{to: exit}]}\n";
  CHECK(errors(t) ==
        "limits.yaml:4:12: error: arrivals.a.children: a family of 1000 children can never be "
        "served: resource 'bed' has 180 places, one per child\n"
        "  expected: at most 180 children in a family, or more places\n"
        "  found: up to 1000 children\n"
        "1 error in limits.yaml");
  t.arrivals = "arrivals: {a: {into: s0, families_per_year: 10, children: {days: 180}}}\n";
  CHECK(errors(t) == "loaded");
}

// Issue 19, item 12: ten million initial families were built (1.9 GB) before max_families
// stopped the replication; the stock is now weighed before it is built.
TEST_CASE("an initial stock of more families than run.max_families is refused") {
  Text t;
  t.run = "run: {start: 2020-01-01, years: 1, max_families: 1000}\n";
  t.stages +=
      "initial:\n  - {stage: s0, children: 3001, children_per_family: {empirical: {1: 0.5, 3: 0.5}}}\n";
  CHECK(errors(t) ==
        "limits.yaml:7:5: error: initial: the initial stock alone is more families than "
        "run.max_families allows alive at once; the run would stop as unstable after building "
        "it all\n"
        "  expected: at most 1000 families in the initial stock, or a larger run.max_families\n"
        "  found: at least 1001 families\n"
        "1 error in limits.yaml");
  t.stages =
      "stages:\n  s0: {next: [{to: exit}]}\ninitial:\n  - {stage: s0, children: 3000, "
      "children_per_family: {empirical: {1: 0.5, 3: 0.5}}}\n";
  CHECK(errors(t) == "loaded");  // 1000 families of 3 at the fewest
  t.stages = "stages:\n  s0: {next: [{to: exit}]}\ninitial:\n  - {stage: s0, families: 1001}\n";
  CHECK(errors(t).find("found: at least 1001 families") != std::string::npos);
}

}  // namespace
}  // namespace ketensim::scenario
