#include <doctest/doctest.h>

#include <cmath>
#include <filesystem>

#include "output/atomic_file.h"
#include "output/number_format.h"
#include "output/output_folder.h"
#include "tests/support.h"

using namespace ketensim::output;
namespace fs = std::filesystem;

namespace {
fs::path scratch(const std::string& name) {
  return ketensim::testing::scratch_directory(name);
}
std::string read(const fs::path& p) {
  return ketensim::testing::read_text(p);
}
}  // namespace

TEST_CASE("numbers are written shortest-exact, NaN as empty") {
  CHECK(format_number(0.1) == "0.1");
  CHECK(format_number(1.0 / 3) == "0.3333333333333333");
  CHECK(format_number(42) == "42");
  CHECK(format_number(std::nan("")) == "");
}

TEST_CASE("an atomic write leaves either the old file or the new one, never a temporary") {
  fs::path dir = scratch("atomic");
  write_atomically(dir / "a.csv", [](std::ostream& o) { o << "old\n"; });
  CHECK_THROWS_AS(write_atomically(dir / "a.csv",
                                   [](std::ostream& o) {
                                     o << "half";
                                     throw std::runtime_error("interrupted");
                                   }),
                  std::runtime_error);
  CHECK(read(dir / "a.csv") == "old\n");
  write_atomically(dir / "a.csv", [](std::ostream& o) { o << "new\n"; });
  CHECK(read(dir / "a.csv") == "new\n");
  int files = 0;
  for (auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
  CHECK(files == 1);
}

TEST_CASE("a new file is written whole, and never over an existing one") {
  fs::path dir = scratch("atomic-new");
  write_new_atomically(dir / "n.yaml", [](std::ostream& o) { o << "first\n"; });
  CHECK(read(dir / "n.yaml") == "first\n");
  CHECK_THROWS_WITH_AS(
      write_new_atomically(dir / "n.yaml", [](std::ostream& o) { o << "second\n"; }),
      ((dir / "n.yaml").string() + " already exists").c_str(), OutputError);
  CHECK(read(dir / "n.yaml") == "first\n");
  int files = 0;
  for (auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
  CHECK(files == 1);
}

TEST_CASE("an output directory that cannot be created is reported before any work") {
  fs::path dir = scratch("blocked");
  write_atomically(dir / "file", [](std::ostream& o) { o << "x"; });
  CHECK_THROWS_AS(static_cast<void>(prepare_directory(dir / "file" / "sub")), OutputError);
}
