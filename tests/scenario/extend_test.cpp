// `extend`: a scenario written as changes to another. Values come from the file that
// wrote them last, and so do their locations.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>

#include "sim/scenario/limits.h"
#include "sim/scenario/loader.h"
#include "tests/scenario/scenario_test_support.h"
#include "tests/support.h"

namespace ketensim::scenario {
namespace {

using testing::data_file;

const Stage* find_stage(const Scenario& s, const std::string& name) {
  auto it = std::find_if(s.stages.begin(), s.stages.end(),
                         [&](const Stage& st) { return st.name == name; });
  return it == s.stages.end() ? nullptr : &*it;
}

TEST_CASE("an overlay changes a number, removes a stage and adds a stream") {
  Scenario s = load_scenario(data_file("extend_overlay.yaml"));
  CHECK(s.files ==
        std::vector<std::string>{data_file("extend_overlay.yaml"), data_file("good.yaml")});
  CHECK(s.name == "good-overlay");
  REQUIRE(s.resources.size() == 2);
  CHECK(s.resources[0].fte == 20);
  CHECK(s.resources[0].caseload_norm == 15);  // kept from the base
  CHECK(find_stage(s, "overbrugging") == nullptr);
  CHECK(s.stages.size() == 4);
  const Stage* gi = find_stage(s, "gi");
  REQUIRE(gi);
  CHECK(gi->max_wait_days == 60);
  CHECK(gi->after_max_wait == "afgesloten");
  CHECK(gi->acquire == std::vector<std::string>{"jbw"});  // kept from the base
  REQUIRE(s.arrivals.size() == 3);
  CHECK(s.arrivals[2].name == "veilig_thuis");
  CHECK(s.arrivals[2].families_per_year == 75);
}

TEST_CASE("locations point into the file that wrote the value") {
  Scenario s = load_scenario(data_file("extend_overlay.yaml"));
  const ArrivalStream& added = s.arrivals[2];
  CHECK(added.location.file == data_file("extend_overlay.yaml"));
  CHECK(added.location.line == 8);
  CHECK(added.into_location.line == 9);
  const ArrivalStream& kept = s.arrivals[0];
  CHECK(kept.location.file == data_file("good.yaml"));
  CHECK(kept.location.line == 29);
  const Stage* gi = find_stage(s, "gi");
  REQUIRE(gi);
  CHECK(gi->location.file == data_file("good.yaml"));
  CHECK(gi->after_max_wait_location.file == data_file("extend_overlay.yaml"));
  CHECK(gi->after_max_wait_location.line == 14);
  CHECK(gi->acquire_locations[0].file == data_file("good.yaml"));
}

TEST_CASE("a chain of extends lists every file, the last base last") {
  Scenario s = load_scenario(data_file("extend_chain.yaml"));
  CHECK(s.files == std::vector<std::string>{data_file("extend_chain.yaml"),
                                            data_file("extend_overlay.yaml"),
                                            data_file("good.yaml")});
  CHECK(s.run.replications == 5);
  CHECK(s.run.years == 2.5);
  CHECK(s.resources[0].fte == 20);
}

TEST_CASE("extend from text resolves relative to the text's file name") {
  Scenario s =
      load_scenario_text("extend: good.yaml\nscenario: from-text\n", data_file("from_text.yaml"));
  CHECK(s.name == "from-text");
  CHECK(s.stages.size() == 5);
  CHECK(s.files.back() == data_file("good.yaml"));
}

TEST_CASE("extend must name a file") {
  try {
    load_scenario_text("extend: [a, b]\n", "list_extend.yaml");
    FAIL("loaded");
  } catch (const ScenarioError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].key_path == "extend");
    CHECK(e.diagnostics()[0].message == "must be a file path");
    CHECK(e.diagnostics()[0].found == "a list");
  }
}

}  // namespace
}  // namespace ketensim::scenario

namespace ketensim::scenario {
namespace {

TEST_CASE("an overlay's policies and assumptions come after the base's, the last on a date wins") {
  Scenario s = load_scenario(testing::data_file("policies_overlay.yaml"));
  REQUIRE(s.policies.size() == 2);
  CHECK(s.policies[0].note == "base");
  CHECK(s.policies[1].note == "overlay");
  REQUIRE(s.assumptions.size() == 2);
  CHECK(s.assumptions[1].param == "resources.bed.places");
}

// An overlay that changes what its base assumed (demand flat, then a trend) lists its own
// assumption in the base's place, not the two side by side.
TEST_CASE("an overlay's assumption about a parameter replaces the base's about it, in its place") {
  std::filesystem::path dir = ketensim::testing::scratch_directory("extend-assumptions");
  ketensim::testing::write_text(dir / "base.yaml",
                                "scenario: base\nrun: {start: 2020-01-01, years: 1}\n"
                                "arrivals: {a: {into: s, families_per_year: 10}}\n"
                                "stages: {s: {duration: {days: 5}, next: [{to: exit}]}}\n"
                                "assumptions:\n"
                                "  - {param: arrivals.a.families_per_year, note: flat}\n"
                                "  - {param: stages.s.duration, note: five days}\n");
  ketensim::testing::write_text(dir / "overlay.yaml",
                                "extend: base.yaml\nassumptions:\n"
                                "  - {param: stages.s.next, note: all leave}\n"
                                "  - {param: arrivals.a.families_per_year, note: a trend}\n"
                                "  - {param: stages.s.next, note: at once}\n");
  Scenario s = load_scenario((dir / "overlay.yaml").string());
  REQUIRE(s.assumptions.size() == 4);
  CHECK(s.assumptions[0].param == "arrivals.a.families_per_year");
  CHECK(s.assumptions[0].note == "a trend");
  CHECK(s.assumptions[0].location.file == (dir / "overlay.yaml").string());
  CHECK(s.assumptions[0].location.line == 4);
  CHECK(s.assumptions[1].note == "five days");
  CHECK(s.assumptions[2].note == "all leave");  // the overlay's own two are both kept
  CHECK(s.assumptions[3].note == "at once");
}

}  // namespace
}  // namespace ketensim::scenario

namespace ketensim::scenario {
namespace {

// Issue 19: a chain of thousands of extends crashed the loader, which recursed once per file.
TEST_CASE("a chain of extends longer than kMaxExtendDepth is refused, naming the file") {
  std::filesystem::path dir = ketensim::testing::scratch_directory("extend-depth");
  const int files = 6000;
  for (int i = 0; i < files; ++i) {
    ketensim::testing::write_text(dir / ("f" + std::to_string(i) + ".yaml"),
                                  "extend: f" + std::to_string(i + 1) + ".yaml\n");
  }
  ketensim::testing::write_text(dir / ("f" + std::to_string(files) + ".yaml"), "scenario: x\n");
  std::string last = (dir / ("f" + std::to_string(kMaxExtendDepth - 1) + ".yaml")).string();
  try {
    load_scenario((dir / "f0.yaml").string());
    FAIL("loaded");
  } catch (const ScenarioError& e) {
    CHECK(render(e.diagnostics()) ==
          last + ":1:9: error: extend: too many extends: " + last + " is file 64 of the chain\n" +
              "      1 | extend: f64.yaml\n" + "        |         ^\n" +
              "  expected: at most 64 files in a chain of extends\n" +
              "  found: another extend: f64.yaml\n" + "1 error in " + last);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ketensim::scenario

namespace ketensim::scenario {
namespace {

// Three files, a.yaml extending b.yaml extending c.yaml, each with `policies` of `count`
// items of `item`; returns a.yaml's path.
std::string chain_of_three(const std::filesystem::path& dir, int count, const std::string& item) {
  std::string items = "policies:\n";
  for (int i = 0; i < count; ++i) items += "  - " + item + "\n";
  ketensim::testing::write_text(dir / "a.yaml", "extend: b.yaml\n" + items);
  ketensim::testing::write_text(dir / "b.yaml", "extend: c.yaml\n" + items);
  ketensim::testing::write_text(dir / "c.yaml", items);
  return (dir / "a.yaml").string();
}

// What loading `file` reports; "" when it loads.
std::string load_problems(const std::string& file) {
  try {
    load_scenario(file);
  } catch (const ScenarioError& e) {
    return render(e.diagnostics());
  }
  return "";
}

// Issue 19: each file of a chain was held to the limits alone, so policies appended over
// the chain added up to 400,000.
TEST_CASE("the limit on values holds for a file and its bases together") {
  std::filesystem::path dir = ketensim::testing::scratch_directory("extend-values");
  std::string top = chain_of_three(dir, 9000, "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1]");
  CHECK(load_problems(top) ==
        top +
            ":1:1: error: the scenario and its bases together have too many values (aliases "
            "expanded)\n      1 | extend: b.yaml\n        | ^\n"
            "  expected: at most 250000 in all files together\n"
            "  found: 297003 values in 3 files\n1 error in " +
            top);
  std::filesystem::remove_all(dir);
}

// Issue 19, item 12: each file within 10,000 policies, three files together 12,000.
TEST_CASE("the limit on one list's items holds for a file and its bases together") {
  std::filesystem::path dir = ketensim::testing::scratch_directory("extend-items");
  std::string top = chain_of_three(dir, 4000, "1");
  CHECK(
      load_problems(top) ==
      top +
          ":1:1: error: policies: the scenario and its bases together have too many entries in one "
          "map or list\n      1 | extend: b.yaml\n        | ^\n"
          "  expected: at most 10000 in all files together\n"
          "  found: 12000 in 3 files\n1 error in " +
          top);
  ketensim::testing::write_text(dir / "c.yaml", "policies:\n  - 1\n");  // 8,001: within the limit
  CHECK_FALSE(ketensim::testing::contains(load_problems(top), "too many entries"));
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace ketensim::scenario
