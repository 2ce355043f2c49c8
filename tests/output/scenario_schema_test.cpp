// The scenario schema against the loader, checked with a real JSON-Schema validator (ajv)
// that reads YAML as editors do (schema_validator/validate.mjs): the schema in docs/ is
// current, it covers every row of the parameter table, it accepts every file the loader
// accepts, and it rejects what the loader rejects for a reason a schema can express.
#include "output/scenario_schema.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "sim/scenario/loader.h"
#include "tests/support.h"

namespace ketensim::output {
namespace {

namespace fs = std::filesystem;
using testing::read_text;
using testing::source_path;
using testing::temp_path;

constexpr const char* kShippedSchema = "docs/ketensim-scenario.schema.json";

// What the loader says about a file: "" when it loads, else its errors as rendered.
std::string loader_errors(const std::string& file) {
  try {
    scenario::load_scenario(file);
  } catch (const scenario::ScenarioError& e) {
    return scenario::render(e.diagnostics());
  }
  return "";
}

// A folder of its own for each test case: ctest runs them in parallel.
fs::path scratch(const std::string& name) {
  fs::path dir = temp_path("schema-" + name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  return dir;
}

// The generated schema's verdict on each file: "" when valid, else what is wrong.
std::map<std::string, std::string> schema_verdicts(const std::vector<std::string>& files,
                                                   const fs::path& dir) {
  fs::path schema = dir / "ketensim-scenario.schema.json";
  std::ofstream(schema) << scenario_schema_json();
  std::string command =
      std::string(KETENSIM_NODE) + " " + KETENSIM_SCHEMA_VALIDATOR + " '" + schema.string() + "'";
  for (const std::string& f : files) command += " '" + f + "'";
  testing::CommandResult r = testing::run_command(command);
  REQUIRE_MESSAGE(r.code == 0, r.output);
  std::map<std::string, std::string> verdicts;
  std::istringstream lines(r.output);
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("valid ")) verdicts[line.substr(6)] = "";
    if (!line.starts_with("invalid ")) continue;
    std::size_t colon = line.find(": ", 8);
    verdicts[line.substr(8, colon - 8)] = line.substr(colon + 2);
  }
  REQUIRE(verdicts.size() == files.size());
  return verdicts;
}

std::vector<std::string> yaml_files_under(const std::string& dir) {
  std::vector<std::string> files;
  if (!fs::exists(source_path(dir))) return files;
  for (const auto& e : fs::recursive_directory_iterator(source_path(dir))) {
    if (e.path().extension() == ".yaml") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

TEST_CASE("docs/ketensim-scenario.schema.json is what `ketensim schema` prints") {
  bool current = read_text(source_path(kShippedSchema)) == scenario_schema_json();
  CHECK_MESSAGE(current, kShippedSchema << " is out of date: run tools/regenerate-docs");
}

TEST_CASE("the schema describes every row of the parameter table") {
  std::vector<std::string> gaps = schema_gaps();
  std::string all;
  for (const std::string& gap : gaps) all += "\n  " + gap;
  CHECK_MESSAGE(gaps.empty(), "the scenario schema does not cover:" << all);
}

TEST_CASE("every shipped scenario names the schema on its first line") {
  std::vector<std::string> shipped = ketensim::testing::shipped_scenarios();
  REQUIRE(!shipped.empty());
  for (const std::string& file : shipped) {
    CAPTURE(file);
    std::string text = read_text(file);
    std::string first = text.substr(0, text.find('\n'));
    const std::string prefix = "# yaml-language-server: $schema=";
    REQUIRE(first.starts_with(prefix));
    fs::path schema = fs::path(file).parent_path() / first.substr(prefix.size());
    CHECK(fs::equivalent(schema, source_path(kShippedSchema)));
  }
}

TEST_CASE("the schema accepts every file the loader accepts") {
  std::vector<std::string> files;
  for (const std::string& f : ketensim::testing::shipped_scenarios()) files.push_back(f);
  for (const char* dir : {"docs", "tests/scenario/data", "tests/e2e/data", "tests/output/data"}) {
    for (const std::string& f : yaml_files_under(dir)) {
      if (loader_errors(f).empty()) files.push_back(f);
    }
  }
  for (const std::string& f : ketensim::testing::shipped_scenarios()) {
    CHECK_MESSAGE(loader_errors(f).empty(), f << " is shipped but does not load");
  }
  REQUIRE(files.size() >= 8);
  for (const auto& verdict : schema_verdicts(files, scratch("accepts"))) {
    CHECK_MESSAGE(verdict.second.empty(), verdict.first << ": " << verdict.second);
  }
}

// A copy of schema_base.yaml with `find` replaced; `loader_says` is part of the loader's
// message when the copy is broken, empty when it is another valid way of writing it.
struct Variant {
  const char* find;
  const char* replace;
  const char* loader_says;
};

const Variant kBroken[] = {
    {"description: Every", "descriptio: Every", "unknown key 'descriptio'"},
    {"    duration: {days: 3}", "    duraton: {days: 3}", "unknown key 'duraton'"},
    {"[{to: exit}]", "[{to: exit, q: 1}]", "unknown key 'q'"},
    {"fte: 10", "fte: tien", "must be a number"},
    {"acquire: [jbw, bedden]", "acquire: jbw", "must be a list"},
    {"release: [bedden]", "release: bedden", "must be a list"},
    {"description: Every section, written out in full", "description: [a, b]", "must be text"},
    {"{to: wachten, p: 0.5}", "{to: wachten, p: 1.5}", "must be <= 1"},
    {"caseload_norm: 15", "caseload_norm: 0", "must be > 0"},
    {"trend: 0.01", "trend: -1", "must be > -1"},
    {"age: {years: 3}", "age: {years: 130}", "must be <= 120"},
    {"max_visits: 2", "max_visits: 0", "must be >= 1"},
    {"over: {days: 90}", "over: {days: 0}", "must be > 0"},
    {"{30: 0.5, 90.5: 0.5}", "{30: 1.5, 90.5: -0.5}", "must be <= 1"},
    {"replications: 3", "replications: 2.5", "must be a whole number"},
    {"within: {working_days: 5}", "within: {working_days: 2.5}", "must be a whole number"},
    {"seed: 18446744073709551615", "seed: -1", "must be a whole number from 0 to"},
    {"run:\n  start: 2020-01-01\n  years: 2\n  replications: 3\n  seed: 18446744073709551615\n", "",
     "missing required key 'run'"},
    {"[{to: gamma, p: 1}]", "[{p: 1}]", "missing required key 'to'"},
    {"    fte: 10\n", "", "missing required key 'fte'"},
    {"max_wait: {days: 30, then: overgedragen}", "max_wait: {days: 30}",
     "missing required key 'then'"},
    {"{param: stages.jbt.duration, note: ten days on average}", "{param: stages.jbt.duration}",
     "missing required key 'note'"},
    {"{median_days: 20, p90_days: 40}", "{median_days: 20}", "missing required key 'p90_days'"},
    {"queue: priority", "queue: lifo", "unknown value 'lifo'"},
    {"per: child", "per: kind", "unknown value 'kind'"},
    {"start: 2020-01-01", "start: 2021-02-29", "no such day in the calendar"},
    {"start: 2020-01-01", "start: 1 januari 2020", "must be a date"},
    {"scenario: schema-base", "scenario: Schema Base", "not a valid name"},
    {"  gamma:\n", "  Gamma:\n", "not a valid name"},
    {"set: {fase: twee}", "set: {fase: [twee]}", "must be a name"},
    {"duration: {days: 3}", "duration: {days: 3, exponential: {mean_days: 3}}",
     "a distribution has exactly one form"},
    {"duration: {days: 3}", "duration: {}", "a distribution needs a form"},
    {"{mu: 3, sigma: 0.5}", "{mu: 3, sigma: 0.5, median_days: 20}",
     "give median_days and p90_days, or mu and sigma"},
    {"{empirical: {30: 0.5, 90.5: 0.5}}", "{empirical: {dertig: 1}}", "must be a number"},
    {"{empirical: {30: 0.5, 90.5: 0.5}}", "{empirical: {}}", "needs at least one value"},
    {"children: {days: 2}", "children: {exponential: {mean_days: 2}}",
     "the number of children must be a whole number"},
    {"{1: 0.5, 2: 0.5}", "{1: 0.5, 2.5: 0.5}", "must be a whole number >= 1"},
    {"places: 4, per: family", "places: 4, fte: 2", "a places resource has no fte"},
    {"    fte: 10\n", "    fte: 10\n    places: 3\n", "a caseload resource has no places"},
    {"    acquire: [jbw, bedden]\n", "", "max_wait needs acquire"},
    {"    after_max_visits: exit\n", "", "needs after_max_visits next to it"},
    {"{to: gamma, p: 1}", "{to: gamma, p: 1, when: {region: noord}}",
     "a branch cannot have both p and when"},
    {"next: [{to: weibull}]", "next: []", "needs at least one branch"},
    {"{days: 365, then: vast}", "{days: 365, age: 18, then: vast}",
     "a timer needs exactly one of days and age"},
    {"max_wait: {days: 30, then: overgedragen}",
     "max_wait: {days: 30, mean_days: 30, then: overgedragen}",
     "max_wait needs exactly one of days and mean_days"},
    {"{stage: vast, families: 2,", "{stage: vast, families: 2, children: 3,",
     "give exactly one of children and families"},
    {"to: {acquire: jbw}", "to: {acquire: jbw, enter: vast}",
     "needs exactly one of enter, leave and acquire"},
    {"within: {days: 42}", "within: {days: 42, working_days: 5}",
     "needs exactly one of days and working_days"},
    {"[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]", "[1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]",
     "needs 12 monthly factors"},
    {"  fase: [een, twee]\n", "  fase: [een, twee]\n  children: [een]\n",
     "the name 'children' is taken"},
    {"  fase: [een, twee]\n", "  fase: [een, twee]\n  leeg: []\n", "needs at least one value"},
    {"exits: [overgedragen]", "exits: [overgedragen, exit]", "'exit' always exists"},
    {"measures: [ots, voogdij]", "measures: [ots, voogdij, ots]", "'ots' is listed twice"},
    {"{2020: 120, 2021: 110}", "{1850: 120}", "not a calendar year"},
    {"region: {noord: 0.5, zuid: 0.5}, fase: een", "region: {}, fase: een",
     "needs at least one value"},
    {"when: {region: [noord], children: {min: 1, max: 3}}", "when: {}", "needs at least one test"},
    {"children: {min: 1, max: 3}", "children: {}", "needs min or max"},
    {"region: [noord], children", "region: [], children", "needs at least one value"},
    {"set: {resources.jbw.caseload_norm: 12, \"stages.jbt.next[0].p\": 0.6, "
     "\"stages.jbt.next[1].p\": 0.4}",
     "set: {}", "needs at least one change"},
};

const Variant kValid[] = {
    {"children: {days: 2}", "children: {days: 2.0}", ""},
    {"duration: {days: 3}", "duration: {days: 3.5}", ""},
    {"release: all", "release: [jbw]", ""},
    {"region: [noord], children", "region: noord, children", ""},
    {"from: {leave: [jbt]}", "from: {leave: jbt}", ""},
    {"description: Every section, written out in full", "description: 2020", ""},
    {"note: a lower norm", "note: yes", ""},
    {"seed: 18446744073709551615", "seed: 0", ""},
    {"fte: 10", "fte: 0", ""},
    {"years: 2", "years: 0.5", ""},
    {"priority: 2", "priority: -3", ""},
    {"{1: 0.5, 2: 0.5}", "{1: 0.25, 2: 0.25, 3: 0.5}", ""},
};

// Overlays of schema_base.yaml, read in the same folder.
const Variant kOverlays[] = {
    {"", "extend: schema_base.yaml\nscenario: meer-fte\nresources:\n  jbw:\n    fte: 20\n", ""},
    {"",
     "extend: schema_base.yaml\ndescription: ~\nstages:\n  wachten:\n    max_wait: {days: 60}\n",
     ""},
    {"", "extend: schema_base.yaml\narrivals:\n  spoed: ~\n", ""},
    {"",
     "extend: schema_base.yaml\nstages:\n  jbt:\n    duration: {exponential: {mean_days: 12}}\n",
     ""},
    {"", "extend: schema_base.yaml\nresources:\n  jbw:\n    fte: veel\n", "must be a number"},
    {"", "extend: schema_base.yaml\nresources:\n  jbw:\n    ftee: 20\n", "unknown key 'ftee'"},
    {"", "extend: schema_base.yaml\nrun:\n  years: 0\n", "must be > 0"},
    {"", "extend: schema_base.yaml\nstages:\n  jbt:\n    next: [{p: 1}]\n",
     "missing required key 'to'"},
};

// Writes each variant into `dir` beside a copy of schema_base.yaml: case-N.yaml.
std::vector<std::string> write_variants(const std::vector<Variant>& variants, const fs::path& dir) {
  std::string base = read_text(source_path("tests/output/data/schema_base.yaml"));
  std::ofstream(dir / "schema_base.yaml") << base;
  std::vector<std::string> files;
  for (const Variant& v : variants) {
    std::string text = v.replace;
    if (*v.find) {
      std::size_t at = base.find(v.find);
      REQUIRE_MESSAGE(at != std::string::npos, "not in schema_base.yaml: " << std::string(v.find));
      REQUIRE_MESSAGE(base.find(v.find, at + 1) == std::string::npos,
                      "twice: " << std::string(v.find));
      text = std::string(base).replace(at, std::string_view(v.find).size(), v.replace);
    }
    files.push_back((dir / ("case-" + std::to_string(files.size()) + ".yaml")).string());
    std::ofstream(files.back()) << text;
  }
  return files;
}

void check_agreement(const std::vector<Variant>& variants, const std::string& name) {
  fs::path dir = scratch(name);
  std::vector<std::string> files = write_variants(variants, dir);
  std::map<std::string, std::string> verdicts = schema_verdicts(files, dir);
  for (std::size_t i = 0; i < files.size(); ++i) {
    const Variant& v = variants[i];
    std::string find = v.find, replace = v.replace;
    CAPTURE(find);
    CAPTURE(replace);
    std::string loader = loader_errors(files[i]);
    if (*v.loader_says) {
      CHECK_MESSAGE(loader.find(v.loader_says) != std::string::npos, loader);
      CHECK_MESSAGE(!verdicts[files[i]].empty(), "the schema accepts it");
    } else {
      CHECK_MESSAGE(loader.empty(), loader);
      CHECK_MESSAGE(verdicts[files[i]].empty(), verdicts[files[i]]);
    }
  }
}

TEST_CASE("schema_base.yaml: schema and loader both accept it and its other spellings") {
  std::string base = read_text(source_path("tests/output/data/schema_base.yaml"));
  std::vector<Variant> variants = {{"", base.c_str(), ""}};
  variants.insert(variants.end(), std::begin(kValid), std::end(kValid));
  check_agreement(variants, "valid");
}

TEST_CASE("schema and loader both reject each broken copy of schema_base.yaml") {
  check_agreement({std::begin(kBroken), std::end(kBroken)}, "broken");
}

TEST_CASE("overlays: checked key by key, nothing required, lists in full") {
  check_agreement({std::begin(kOverlays), std::end(kOverlays)}, "overlays");
}

}  // namespace
}  // namespace ketensim::output
