// The texts that point at files must keep pointing at files that exist: every path
// docs/ARCHITECTURE.md names in backticks, and every .h or .cpp a comment in sim/, output/
// or tools/ names. A move or rename that forgets them fails here.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "tests/support.h"

namespace {

namespace fs = std::filesystem;
using ketensim::testing::source_path;

std::string text_of(const fs::path& path) {
  std::ifstream in(path);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

bool is_source(const fs::path& p) {
  return p.extension() == ".h" || p.extension() == ".cpp";
}

}  // namespace

TEST_CASE("docs/ARCHITECTURE.md names only paths that exist") {
  const std::string doc = text_of(source_path("docs/ARCHITECTURE.md"));
  REQUIRE(!doc.empty());
  const std::regex quoted("`([A-Za-z0-9_./-]+/[A-Za-z0-9_./-]*)`");  // a path, no placeholder
  int checked = 0;
  for (std::sregex_iterator m(doc.begin(), doc.end(), quoted), end; m != end; ++m) {
    const std::string path = (*m)[1];
    CHECK_MESSAGE(fs::exists(source_path(path)), "docs/ARCHITECTURE.md names " << path);
    ++checked;
  }
  CHECK(checked > 30);
}

TEST_CASE("comments in sim/, output/ and tools/ name only source files that exist") {
  std::set<std::string> names;  // file names anywhere in the tree: comments often name only them
  for (const char* dir : {"sim", "output", "tools", "tests"}) {
    for (const auto& e : fs::recursive_directory_iterator(source_path(dir))) {
      names.insert(e.path().filename().string());
    }
  }
  const std::regex named("([A-Za-z0-9_]+)\\.(h|cpp)\\b");
  for (const char* dir : {"sim", "output", "tools"}) {
    for (const auto& e : fs::recursive_directory_iterator(source_path(dir))) {
      if (!is_source(e.path())) continue;
      std::istringstream lines(text_of(e.path()));
      int number = 0;
      for (std::string line; std::getline(lines, line);) {
        ++number;
        const std::size_t comment = line.find("//");
        if (comment == std::string::npos) continue;
        const std::string text = line.substr(comment);
        for (std::sregex_iterator m(text.begin(), text.end(), named), end; m != end; ++m) {
          const std::string name = (*m)[0];  // or generated from name.in in the build
          CHECK_MESSAGE(names.count(name) + names.count(name + ".in") > 0,
                        e.path().string() << ":" << number << " names " << name);
        }
      }
    }
  }
}
