// How a diagnostic reads: head line, source line with a caret, expected/found/suggestion,
// and the count at the end; and how the nearest name is chosen.
#include "sim/scenario/diagnostic.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "tests/support.h"

namespace ketensim::scenario {
namespace {

// A file in the temporary directory that is removed again at the end of the test.
class TempFile {
 public:
  TempFile(const std::string& name, const std::string& text)
      : path_(testing::temp_path(name).string()) {
    std::ofstream(path_, std::ios::binary) << text;
  }
  ~TempFile() { std::filesystem::remove(path_); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

TEST_CASE("a diagnostic shows the line, a caret under the column and what was expected") {
  TempFile file("ketensim_render_basic.yaml", "resources:\n  jbw:\n    fte: -3\n");
  Diagnostic d{
      {file.path(), 3, 10}, "resources.jbw.fte", "must be >= 0", "a number >= 0", "-3", ""};
  CHECK(render(d) == file.path() +
                         ":3:10: error: resources.jbw.fte: must be >= 0\n"
                         "      3 |     fte: -3\n"
                         "        |          ^\n"
                         "  expected: a number >= 0\n"
                         "  found: -3");
}

TEST_CASE("the caret line keeps tabs and counts characters, not bytes") {
  TempFile file("ketensim_render_tabs.yaml", "description: \"\tcafé\" x\r\n");
  Diagnostic d{{file.path(), 1, 22}, "description", "m", "", "", "did"};
  CHECK(render(d) == file.path() +
                         ":1:22: error: description: m\n"
                         "      1 | description: \"\tcafé\" x\n"
                         "        |               \t      ^\n"
                         "  did you mean 'did'?");
}

TEST_CASE("the line number field widens for long files") {
  std::string text;
  for (int i = 1; i <= 12345; ++i) text += "k" + std::to_string(i) + ": 1\n";
  TempFile file("ketensim_render_long.yaml", text);
  Diagnostic d{{file.path(), 12345, 1}, "k12345", "unknown key 'k12345'", "", "", ""};
  CHECK(render(d) == file.path() +
                         ":12345:1: error: k12345: unknown key 'k12345'\n"
                         "   12345 | k12345: 1\n"
                         "         | ^");
}

TEST_CASE("without a readable line there is no excerpt, without a key path no path") {
  Diagnostic no_line{{"gone.yaml", 0, 0}, "", "cannot read the scenario", "", "no such file", ""};
  CHECK(render(no_line) == "gone.yaml: error: cannot read the scenario\n  found: no such file");
  Diagnostic gone{{"gone.yaml", 4, 2}, "run", "m", "", "", ""};
  CHECK(render(gone) == "gone.yaml:4:2: error: run: m");
}

TEST_CASE("a list of diagnostics ends with the number of errors") {
  Diagnostic a{{"a.yaml", 1, 1}, "x", "first", "", "", ""};
  Diagnostic b{{"a.yaml", 2, 1}, "y", "second", "", "", ""};
  CHECK(render(Diagnostics{a}) == "a.yaml:1:1: error: x: first\n1 error in a.yaml");
  CHECK(render(Diagnostics{a, b}) ==
        "a.yaml:1:1: error: x: first\na.yaml:2:1: error: y: second\n2 errors in a.yaml");
  CHECK(render(Diagnostics{}).empty());
  ScenarioError e({a, b});
  CHECK(std::string(e.what()) == render(Diagnostics{a, b}));
  CHECK(e.diagnostics().size() == 2);
}

TEST_CASE("nearest suggests a close name, or nothing") {
  std::vector<std::string> keys{"kind", "fte", "caseload_norm", "per", "queue", "places"};
  CHECK(nearest("caseload_nrom", keys) == "caseload_norm");  // a swap of neighbours is one edit
  CHECK(nearest("palces", keys) == "places");
  CHECK(nearest("que", keys) == "queue");  // as far as 'fte', but starts the same
  CHECK(nearest("capacity", keys) == "");
  CHECK(nearest("xyz", {"jbw"}) == "");
  CHECK(nearest("ab", {"jbw"}) == "jbw");  // 2 edits: within the smallest limit
  CHECK(nearest("jbw", {}) == "");
  CHECK(nearest(std::string(100000, 'a'), keys) == "");
}

}  // namespace
}  // namespace ketensim::scenario
