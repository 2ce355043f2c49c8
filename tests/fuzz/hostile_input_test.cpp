// Files written to break the loader (issue 7): deep nesting, huge files, numbers beyond
// double, NaN and infinities, duplicate keys, alias bombs, bytes that are not UTF-8, empty
// files and binary junk. Each ends in a clean diagnostic, found in bounded time and memory.
#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include "sim/model/checked_scenario.h"
#include "sim/scenario/loader.h"
#include "tests/fuzz/scenario_input.h"
#include "tests/support.h"

namespace ketensim::fuzz {
namespace {

using scenario::Diagnostics;
using scenario::ScenarioError;

constexpr const char* kMinimal =
    "scenario: hostile\n"
    "run: {start: 2020-01-01, years: 1}\n"
    "arrivals: {a: {into: s, families_per_year: 10}}\n"
    "stages: {s: {next: [{to: exit}]}}\n";

Diagnostics problems(const std::string& text) {
  try {
    model::check(scenario::load_scenario_text(text, "hostile.yaml"));
  } catch (const ScenarioError& e) {
    return e.diagnostics();
  }
  return {};
}

// The first problem as "key.path: message", or "loaded".
std::string first_problem(const std::string& text) {
  Diagnostics ds = problems(text);
  if (ds.empty()) return "loaded";
  return ds.front().key_path.empty() ? ds.front().message
                                     : ds.front().key_path + ": " + ds.front().message;
}

std::string repeated(const std::string& piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

TEST_CASE("the minimal hostile scenario itself loads") {
  CHECK(first_problem(kMinimal) == "loaded");
  CHECK(load_input(kMinimal) == Outcome::loaded);
}

TEST_CASE("nesting 100,000 deep is refused at the 64th level") {
  const std::string deep = "nested more than 64 levels deep";
  CHECK(first_problem("a: " + repeated("[", 100000) + repeated("]", 100000)) == deep);
  CHECK(first_problem("a: " + repeated("{a: ", 100000) + "1" + repeated("}", 100000)) == deep);
  CHECK(first_problem(repeated("- ", 100000) + "x\n") == deep);
  CHECK(first_problem("a: " + repeated("[", 100000)) == deep);  // never closed
  std::string indented;
  for (int level = 0; level < 1000; ++level) indented += std::string(level, ' ') + "a:\n";
  CHECK(first_problem(indented) == deep);
}

TEST_CASE("a 10 MB file is refused before it is parsed") {
  std::string big = std::string(kMinimal) + "description: " + std::string(10'000'000, 'x') + "\n";
  Diagnostics ds = problems(big);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].message == "cannot read the scenario");
  CHECK(ds[0].expected == "a file of at most 4 MiB");

  std::filesystem::path file = testing::temp_path("10mb.yaml");
  std::ofstream(file, std::ios::binary) << big;
  try {
    scenario::load_scenario(file.string());
    FAIL("a 10 MB file loaded");
  } catch (const ScenarioError& e) {
    REQUIRE(e.diagnostics().size() == 1);
    CHECK(e.diagnostics()[0].found == "a file larger than 4 MiB");
  }
  std::filesystem::remove(file);
}

TEST_CASE("numbers beyond double, NaN and infinities are not numbers") {
  auto years = [](const std::string& value) {
    return first_problem("scenario: x\nrun: {start: 2020-01-01, years: " + value +
                         "}\narrivals: {a: {into: s, families_per_year: 1}}\n"
                         "stages: {s: {next: [{to: exit}]}}\n");
  };
  for (const char* value : {"1e400", "-1e400", ".nan", ".NaN", ".inf", ".Inf", "-.inf", "+.inf",
                            "nan", "inf", "infinity"}) {
    INFO(value);
    CHECK(years(value) == "run.years: must be a finite number");
  }
  CHECK(years("0x10") == "run.years: must be a number");
  CHECK(years("1_0") == "run.years: must be a number");
  CHECK(years(std::string(5000, '9')) == "run.years: must be a finite number");
}

TEST_CASE("a key written twice is refused, at any depth") {
  CHECK(first_problem(std::string(kMinimal) + "scenario: again\n") ==
        "scenario: duplicate key 'scenario'");
  std::string run = "run: {start: 2020-01-01, years: 1, years: 2}\n";
  CHECK(first_problem("scenario: twice\n" + run +
                      "arrivals: {a: {into: s, families_per_year: 1}}\n"
                      "stages: {s: {next: [{to: exit}]}}\n") == "run.years: duplicate key 'years'");
}

TEST_CASE("anchors and aliases load as copies") {
  std::string text =
      "scenario: aliases\n"
      "run: {start: 2020-01-01, years: 1}\n"
      "arrivals: {a: {into: s, families_per_year: 10}}\n"
      "stages:\n"
      "  s: {duration: &d {days: 14}, next: [{to: t}]}\n"
      "  t: {duration: *d, next: &out [{to: exit}]}\n"
      "  u: {next: *out}\n";
  Diagnostics ds = problems(text);
  REQUIRE(ds.size() == 1);  // u is valid, only unreachable
  CHECK(ds[0].message == "no arrival stream or initial stock leads to this stage");
}

TEST_CASE("an alias bomb is refused at 250000 values, quickly") {
  std::string laughs = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char level = 'b'; level <= 'i'; ++level) {
    std::string alias = std::string("*") + static_cast<char>(level - 1);
    laughs +=
        std::string(1, level) + ": &" + level + " [" + repeated(alias + ", ", 9) + alias + "]\n";
  }
  CHECK(first_problem(laughs) == "the file has too many values (aliases expanded)");
  // The same bomb of maps, and one that is wide rather than deep.
  std::string maps = "a: &a {x: 1, y: 2, z: 3}\n";
  for (char level = 'b'; level <= 'p'; ++level) {
    std::string alias = std::string("*") + static_cast<char>(level - 1);
    maps += std::string(1, level) + ": &" + level + " {p: " + alias + ", q: " + alias +
            ", r: " + alias + "}\n";
  }
  CHECK(first_problem(maps) == "the file has too many values (aliases expanded)");
  std::string wide =
      "a: &a [" + repeated("x, ", 9999) + "x]\nb: [" + repeated("*a, ", 999) + "*a]\n";
  CHECK(first_problem(wide) == "the file has too many values (aliases expanded)");
  CHECK(load_input(laughs) == Outcome::refused);
}

TEST_CASE("bytes that are not UTF-8 are refused wherever they are") {
  const std::string not_utf8 = "the file is not valid UTF-8";
  for (const char* bytes : {"\xE9", "\x80", "\xC3", "\xC0\x80", "\xF8\x88\x80\x80\x80",
                            "\xED\xBF\xBF", "\xF4\x90\x80\x80", "\xFF\xFE"}) {
    CHECK(first_problem(std::string(kMinimal) + "description: " + bytes + "\n") == not_utf8);
    CHECK(first_problem(std::string(bytes) + kMinimal) == not_utf8);
  }
  CHECK(first_problem("\xFF\xFE" + std::string("s\0c\0", 4)) == not_utf8);  // UTF-16
}

TEST_CASE("files without a scenario in them are refused") {
  for (const char* text :
       {"", " ", "\n\n", "# only a comment\n", "\xEF\xBB\xBF", "~\n", "---\n", "---\n...\n"}) {
    INFO(text);
    CHECK(first_problem(text) == "the file is empty");
  }
  for (const char* text : {"x\n", "[a, b]\n", "- a\n", "'scenario'\n", "|\n  text\n"}) {
    INFO(text);
    CHECK(first_problem(text) ==
          "is not a ketensim scenario file: a scenario file is a map of sections");
  }
  CHECK(first_problem(std::string("scenario: a\0b\n", 14)) != "loaded");
}

// Random bytes of random lengths, from a fixed seed so that a failure can be replayed.
TEST_CASE("binary junk is refused") {
  std::mt19937_64 rng(20240607);
  int loaded = 0;
  for (int round = 0; round < 1000; ++round) {
    std::string junk(rng() % 4096, '\0');
    for (char& c : junk) c = static_cast<char>(rng());
    if (round % 2) junk = kMinimal + junk;  // junk after a good start
    INFO(round);
    loaded += load_input(junk) == Outcome::loaded;
  }
  CHECK(loaded == 0);
}

TEST_CASE("names a hundred thousand characters long are refused without a suggestion") {
  std::string stage(100000, 's'), into(100000, 'i');
  std::string text = "scenario: long\nrun: {start: 2020-01-01, years: 1}\n";
  text += "arrivals: {a: {into: " + into + ", families_per_year: 1}}\n";
  text += "stages: {? " + stage + "\n  : {next: [{to: exit}]}}\n";  // an explicit key
  Diagnostics ds = problems(text);
  REQUIRE(!ds.empty());
  CHECK(ds[0].key_path == "arrivals.a.into");
  CHECK(ds[0].suggestion.empty());
}

TEST_CASE("a file with thousands of problems lists the first hundred and counts the rest") {
  std::string text = kMinimal;
  for (int i = 0; i < 9000; ++i) text += "k" + std::to_string(i) + ": 1\n";  // unknown keys
  try {
    scenario::load_scenario_text(text, "many.yaml");
    FAIL("loaded");
  } catch (const ScenarioError& e) {
    CHECK(e.diagnostics().size() == 9000);
    std::string shown = e.what();
    CHECK(shown.find("(8900 more not shown)\n9000 errors in many.yaml") != std::string::npos);
  }
}

}  // namespace
}  // namespace ketensim::fuzz
