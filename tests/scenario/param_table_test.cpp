// The parameter table is the one description of the format: every key in it can be
// written and read, nothing else can, and the generated reference shows all of it.
#include "sim/scenario/param_table.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

#include "sim/scenario/loader.h"
#include "sim/scenario/value_reader.h"
#include "sim/scenario/yaml_tree.h"
#include "tests/scenario/scenario_test_support.h"

namespace ketensim::scenario {
namespace {

using testing::data_file;

// The table row each key of `node` belongs to, found the way the reader finds it: a key
// the table names at that place, else the place's <placeholder>.
void collect_rows(const Node& node, const std::string& pattern, std::set<std::string>& rows) {
  for (const Node& item : node.items) collect_rows(item, pattern + "[]", rows);
  for (const Node::Entry& e : node.entries) {
    std::string row = join_path(pattern, e.key.scalar);
    if (!find_param(row)) {
      for (const ParamSpec* spec : params_under(pattern)) {
        if (is_placeholder(key_of(*spec))) row = spec->path;
      }
    }
    REQUIRE_MESSAGE(find_param(row), "no table row for " << row);
    rows.insert(row);
    const std::string& type = find_param(row)->type;
    bool distribution = type == "duration" || type == "count distribution";
    collect_rows(e.value,
                 distribution                 ? "<duration>"
                 : type == "age distribution" ? "<age>"
                                              : row,
                 rows);
  }
}

TEST_CASE("every key of the table is used by every_key.yaml, which loads") {
  Diagnostics out;
  SourceText source = read_source(data_file("every_key.yaml"));
  REQUIRE(source.text);
  Node root = parse_yaml(*source.text, "every_key.yaml", out);
  REQUIRE(out.empty());
  std::set<std::string> used;
  collect_rows(root, "", used);
  std::set<std::string> table;
  for (const ParamSpec& spec : param_table()) table.insert(spec.path);
  std::vector<std::string> unused, unknown;
  std::set_difference(table.begin(), table.end(), used.begin(), used.end(),
                      std::back_inserter(unused));
  std::set_difference(used.begin(), used.end(), table.begin(), table.end(),
                      std::back_inserter(unknown));
  CHECK_MESSAGE(unused.empty(),
                "rows every_key.yaml does not use: " << doctest::toString(unused.size()) << " "
                                                     << (unused.empty() ? "" : unused.front()));
  CHECK(unknown.empty());
  Scenario s = load_scenario(data_file("every_key.yaml"));
  CHECK(s.stages.size() == 9);
}

TEST_CASE("each row has a unique path, a known parent, a type and a meaning") {
  std::set<std::string> paths;
  for (const ParamSpec& spec : param_table()) {
    CAPTURE(spec.path);
    CHECK(paths.insert(spec.path).second);
    CHECK(!spec.type.empty());
    CHECK(!spec.meaning.empty());
    std::size_t dot = spec.path.rfind('.');
    bool distribution_form =
        spec.path.starts_with("<duration>.") || spec.path.starts_with("<age>.");
    if (dot != std::string::npos && !(distribution_form && spec.path.find('.') == dot)) {
      std::string parent = spec.path.substr(0, dot);
      if (parent.ends_with("[]")) parent.resize(parent.size() - 2);
      CHECK(find_param(parent));
    }
  }
}

TEST_CASE("every default reads as a valid value") {
  for (const ParamSpec& spec : param_table()) {
    if (spec.default_value.empty()) continue;
    CAPTURE(spec.path);
    Diagnostics out;
    Node node = parse_yaml(spec.default_value, "default", out);
    CHECK(out.empty());
    if (spec.type == "number" || spec.type == "integer") {
      Field f{&node, &spec, spec.path, spec.path, "", {}};
      CHECK(read_number(f, out));
      CHECK(out.empty());
    }
  }
}

TEST_CASE("the Markdown reference shows every key, one table per section") {
  std::string md = params_markdown();
  for (const ParamSpec& spec : param_table()) {
    CAPTURE(spec.path);
    CHECK(md.find("| `" + spec.path + "` |") != std::string::npos);
  }
  CHECK(md.find("## Top level") != std::string::npos);
  CHECK(md.find("## `run`") != std::string::npos);
  CHECK(md.find("## `resources`") != std::string::npos);
  CHECK(md.find("## `arrivals`") != std::string::npos);
  CHECK(md.find("## `stages`") != std::string::npos);
  CHECK(md.find("## Durations and counts (`<duration>`)") != std::string::npos);
  CHECK(md.find("| `run.years` | number | years |  | > 0 and <= 100 | yes |") != std::string::npos);
  CHECK(md.find("enum: fifo\\|priority") != std::string::npos);
}

TEST_CASE("docs/scenario-reference.md is what `ketensim params` prints") {
  std::ifstream in(std::string(KETENSIM_SOURCE_DIR) + "/docs/scenario-reference.md");
  std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  CHECK_MESSAGE(file == params_markdown(),
                "docs/scenario-reference.md is out of date: run tools/regenerate-docs");
}

TEST_CASE("ranges and expected values are written the same way everywhere") {
  const ParamSpec* years = find_param("run.years");
  REQUIRE(years);
  CHECK(range_text(*years) == "> 0 and <= 100");
  CHECK(expected_value(*years) == "a number > 0 and <= 100");
  CHECK(expected_value(*find_param("resources.<name>.queue")) == "fifo or priority");
  CHECK(expected_value(*find_param("run.start")) == "a date YYYY-MM-DD");
  CHECK(format_number(0.6 + 0.3) == "0.9");
  CHECK(format_number(1000000) == "1000000");
  CHECK(format_number(-0.02) == "-0.02");
}

TEST_CASE("the keys allowed in a map come from the table") {
  std::vector<std::string> keys;
  for (const ParamSpec* spec : params_under("resources.<name>")) keys.emplace_back(key_of(*spec));
  CHECK(keys == std::vector<std::string>{"kind", "fte", "caseload_norm", "per", "queue", "places",
                                         "caseload_norm_by_measure", "turnover_per_year",
                                         "hiring_delay", "ramp_up", "absence"});
  std::vector<std::string> branch;
  for (const ParamSpec* spec : params_under("stages.<name>.next[]"))
    branch.emplace_back(key_of(*spec));
  CHECK(branch == std::vector<std::string>{"to", "p", "when"});
}

}  // namespace
}  // namespace ketensim::scenario
