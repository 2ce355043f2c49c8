// The YAML layer: a plain tree with places, and no way for a malformed or malicious file to
// crash the loader or exhaust the machine.
#include "sim/scenario/yaml_tree.h"

#include <doctest/doctest.h>

#include <random>

#include "sim/scenario/loader.h"
#include "tests/scenario/scenario_test_support.h"

namespace ketensim::scenario {
namespace {

Node parse(const std::string& text, Diagnostics& out) {
  return parse_yaml(text, "t.yaml", out);
}

std::string first_message(const std::string& text) {
  Diagnostics out;
  parse(text, out);
  return out.empty() ? "" : out.front().message;
}

TEST_CASE("the tree keeps values, order and places, columns count characters") {
  Diagnostics out;
  Node root = parse("a: 1\nb: [x, ~, '~']\nc: {é: ü, d: 2}\n", out);
  REQUIRE(out.empty());
  REQUIRE(root.is_map());
  REQUIRE(root.entries.size() == 3);
  CHECK(root.entries[1].key.scalar == "b");
  const Node* b = root.find("b");
  REQUIRE(b);
  REQUIRE(b->items.size() == 3);
  CHECK(b->items[0].scalar == "x");
  CHECK(b->items[1].is_null());
  CHECK(b->items[2].is_scalar());  // a quoted ~ is text
  CHECK(b->items[2].location.column == 11);
  const Node* d = root.find("c")->find("d");
  REQUIRE(d);
  CHECK(d->location.line == 3);
  CHECK(d->location.column == 14);  // é and ü are one column each
  CHECK(root.find("missing") == nullptr);
}

TEST_CASE("a byte order mark and CRLF line ends are accepted") {
  Diagnostics out;
  Node root = parse(
      "\xEF\xBB\xBF"
      "a: 1\r\nb: 2\r\n",
      out);
  REQUIRE(out.empty());
  CHECK(root.find("b")->scalar == "2");
  CHECK(root.find("b")->location.line == 2);
  CHECK(root.find("a")->location.column == 4);
}

TEST_CASE("anchors and aliases are expanded into copies") {
  Diagnostics out;
  Node root = parse("base: &d {days: 14}\nx: *d\ny: [*d, *d]\n", out);
  REQUIRE(out.empty());
  REQUIRE(root.find("x")->is_map());
  CHECK(root.find("x")->find("days")->scalar == "14");
  CHECK(root.find("x")->find("days")->location.line == 1);  // where it was written
  CHECK(root.find("y")->items.size() == 2);
}

TEST_CASE("a key written twice is reported and the first kept") {
  Diagnostics out;
  Node root = parse("a:\n  b: 1\n  b: 2\n", out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].key_path == "a.b");
  CHECK(out[0].message == "duplicate key 'b'");
  CHECK(out[0].found == "'b' already on line 2");
  CHECK(out[0].location.line == 3);
  CHECK(root.find("a")->find("b")->scalar == "1");
}

TEST_CASE("nesting is limited") {
  auto nested = [](int depth) {
    return "a: " + std::string(static_cast<std::size_t>(depth), '[') +
           std::string(static_cast<std::size_t>(depth), ']') + "\n";
  };
  CHECK(first_message(nested(kMaxDepth - 1)) == "");
  CHECK(first_message(nested(kMaxDepth)) == "nested more than 64 levels deep");
  CHECK(first_message(nested(100000)) == "nested more than 64 levels deep");
  std::string anchored = std::string(60, '[') + std::string(60, ']');
  CHECK(first_message("a: &a " + anchored + "\nb: [[[[[*a]]]]]\n") ==
        "nested more than 64 levels deep");  // a copy is as deep as where it lands
}

TEST_CASE("aliases cannot blow up the tree") {
  std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'h'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    text += std::string(1, c) + ": &" + c + " [*" + prev + ", *" + prev + ", *" + prev + ", *" +
            prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev +
            ", *" + prev + "]\n";
  }
  CHECK(first_message(text) == "the file has too many values (aliases expanded)");
  CHECK(first_message("a: &a [*a]\n") == "an alias cannot refer to the value that holds it");
}

TEST_CASE("files that are not one YAML document in UTF-8 are refused") {
  CHECK(first_message("a: 1\n---\nb: 2\n") == "a file holds one scenario: only one YAML document");
  CHECK(first_message("a: [1, 2\n") == "YAML syntax error: end of sequence flow not found");
  CHECK(first_message("a: \xC3\x28\n") == "the file is not valid UTF-8");      // broken sequence
  CHECK(first_message("a: \xED\xA0\x80\n") == "the file is not valid UTF-8");  // a surrogate
  CHECK(first_message("a: \xC0\xAF\n") == "the file is not valid UTF-8");      // overlong
  CHECK(first_message(std::string(kMaxFileBytes + 1, '#')) == "cannot read the scenario");
  CHECK(first_message("a: *nothing\n") ==
        "YAML syntax error: the referenced anchor is not defined");
}

TEST_CASE("reading a source file says why it cannot") {
  CHECK(read_source(testing::data_file("no_such.yaml")).problem == "no such file");
  CHECK(read_source(testing::data_dir()).problem == "not a regular file");
  // Issue 19: "-" said "no such file", as if a file of that name were missing.
  CHECK(read_source("-").problem == "'-' (standard input) is not read: give the path of a file");
  CHECK(read_source(testing::data_file("good.yaml")).text);
}

// Damaged copies of good.yaml: whatever the damage, loading ends in a ScenarioError with
// at least one diagnostic, or in a scenario; never in a crash or another exception.
TEST_CASE("junk never crashes the loader") {
  SourceText good = read_source(testing::data_file("good.yaml"));
  REQUIRE(good.text);
  const char* pieces[] = {"~", "[",  "]",      "{",     "}",    ":",    "- ", "\n",
                          " ", "*a", "&a ",    "1e999", ".nan", "'",    "\"", "\t",
                          "#", ",",  "!!str ", "? ",    "|\n",  "\xff", "-1"};
  std::mt19937 rng(20240601);
  int failures = 0;
  for (int round = 0; round < 400; ++round) {
    std::string text = *good.text;
    for (int edit = 0; edit < 3; ++edit) {
      std::size_t at = rng() % (text.size() + 1);
      if (rng() % 2) {
        text.insert(at, pieces[rng() % std::size(pieces)]);
      } else {
        text.erase(at, rng() % 8);
      }
    }
    try {
      load_scenario_text(text, "junk.yaml");
    } catch (const ScenarioError& e) {
      ++failures;
      CHECK(!e.diagnostics().empty());
    }
  }
  CHECK(failures > 300);
}

}  // namespace
}  // namespace ketensim::scenario
