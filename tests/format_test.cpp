// The C++ sources follow the project's .clang-format: every .h and .cpp under sim/, output/,
// tools/ and tests/, checked by the clang-format that tools/install-deps installs (14, as
// Debian 12 has it; another version formats some constructs otherwise). Tables and phrase
// books keep one row per line between `// clang-format off` and `// clang-format on`.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "tests/support.h"

namespace {

namespace fs = std::filesystem;

std::vector<std::string> sources() {
  std::vector<std::string> out;
  for (const char* top : {"sim", "output", "tools", "tests"}) {
    for (const auto& entry :
         fs::recursive_directory_iterator(ketensim::testing::source_path(top))) {
      const fs::path& p = entry.path();
      if (entry.is_regular_file() && (p.extension() == ".h" || p.extension() == ".cpp")) {
        out.push_back(p.string());
      }
    }
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("every C++ source follows .clang-format") {
  const std::string clang_format = KETENSIM_CLANG_FORMAT;
  REQUIRE_MESSAGE(!clang_format.empty(),
                  "clang-format-14 was not found when configuring: run tools/install-deps");
  auto files = sources();
  REQUIRE(files.size() > 100);
  // In groups, to stay well inside the shell's limit on a command's length.
  for (std::size_t from = 0; from < files.size(); from += 50) {
    std::string command = clang_format + " --style=file --dry-run -Werror";
    for (std::size_t i = from; i < std::min(files.size(), from + 50); ++i)
      command += " '" + files[i] + "'";
    auto r = ketensim::testing::run_command(command);
    INFO(r.output);
    CHECK(r.code == 0);
  }
}
