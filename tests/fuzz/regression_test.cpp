// The fuzzer's files replayed by the ordinary suite: its seed corpus (corpus/) and every
// input it ever crashed on (regressions/, one file per crash, named after what it broke;
// the folder appears with the first). Each must end in a scenario or in clean diagnostics;
// a crash or any other exception fails the test.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "tests/fuzz/scenario_input.h"

namespace ketensim::fuzz {
namespace {

namespace fs = std::filesystem;

// The files of tests/fuzz/FOLDER in name order; none when there is no such folder.
std::vector<fs::path> files_in(const std::string& folder) {
  fs::path dir = fs::path(KETENSIM_SOURCE_DIR) / "tests/fuzz" / folder;
  if (!fs::is_directory(dir)) return {};
  std::vector<fs::path> files(fs::directory_iterator(dir), fs::directory_iterator{});
  std::sort(files.begin(), files.end());
  return files;
}

std::string bytes_of(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

TEST_CASE("the fuzzer's seed corpus loads or is refused with diagnostics") {
  std::vector<fs::path> seeds = files_in("corpus");
  CHECK(seeds.size() >= 10);
  for (const fs::path& seed : seeds) {
    INFO(seed.filename().string());
    CHECK_NOTHROW(load_input(bytes_of(seed)));
  }
  CHECK(load_input(bytes_of(seeds.front().parent_path() / "anchors.yaml")) == Outcome::loaded);
}

TEST_CASE("inputs the fuzzer crashed on are refused with diagnostics") {
  for (const fs::path& crash : files_in("regressions")) {
    INFO(crash.filename().string());
    CHECK(load_input(bytes_of(crash)) == Outcome::refused);
  }
}

}  // namespace
}  // namespace ketensim::fuzz
