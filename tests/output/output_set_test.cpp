// A run's output set (issue 19 item 11): a write that fails leaves the previous set as it was,
// and a process stopped between the moves leaves a folder that readers refuse.
#include "output/output_set.h"

#include <doctest/doctest.h>

#include <filesystem>

#include "tests/support.h"

using namespace ketensim::output;
using ketensim::testing::read_text;
namespace fs = std::filesystem;

namespace {

const std::vector<std::string> kMembers = {"a.csv", "b.html", "c.json"};

// Publishes a.csv and b.html with `text`, as run `id`.
void publish(const fs::path& dir, const std::string& text, const std::string& id) {
  OutputSet set(dir, kMembers);
  write_atomically(set.path("a.csv"), [&](std::ostream& o) { o << text; });
  write_atomically(set.path("b.html"), [&](std::ostream& o) { o << text; });
  set.publish(id);
}

std::size_t entries(const fs::path& dir) {
  return static_cast<std::size_t>(
      std::distance(fs::directory_iterator(dir), fs::directory_iterator()));
}

}  // namespace

TEST_CASE("a published set is whole: its manifest names the run and each file's digest") {
  fs::path dir = ketensim::testing::scratch_directory("set-whole");
  publish(dir, "old", "run-1");
  Manifest m = whole_set(dir, kMembers);
  CHECK(m.run_id == "run-1");
  CHECK(m.files.at("a.csv") == text_digest("old"));
  CHECK(entries(dir) == 3);  // a.csv, b.html, manifest.json: no staging folder left
  CHECK(text_digest("old") != text_digest("olc"));
  CHECK(file_digest(dir / "a.csv") == text_digest("old"));
}

TEST_CASE("a write that fails (a full disk) leaves the previous set, whole") {
  fs::path dir = ketensim::testing::scratch_directory("set-full-disk");
  publish(dir, "old", "run-1");
  {
    OutputSet set(dir, kMembers);
    write_atomically(set.path("a.csv"), [](std::ostream& o) { o << "new"; });
    CHECK_THROWS_AS(write_atomically(set.path("b.html"),
                                     [](std::ostream& o) {
                                       o << "ne";
                                       o.setstate(std::ios::badbit);  // as a full disk does
                                     }),
                    OutputError);
  }
  CHECK(read_text(dir / "a.csv") == "old");
  CHECK(whole_set(dir, kMembers).run_id == "run-1");
  CHECK(entries(dir) == 3);
}

TEST_CASE("a set stopped between its moves is refused by readers, and the next one is whole") {
  fs::path dir = ketensim::testing::scratch_directory("set-killed");
  publish(dir, "old", "run-1");
  struct Killed {};
  {
    OutputSet set(dir, kMembers);
    write_atomically(set.path("a.csv"), [](std::ostream& o) { o << "new"; });
    write_atomically(set.path("b.html"), [](std::ostream& o) { o << "new"; });
    CHECK_THROWS_AS(set.publish("run-2",
                                [](const std::string& name) {
                                  if (name == "b.html") throw Killed{};
                                }),
                    Killed);
  }
  CHECK(read_text(dir / "a.csv") == "new");  // the mixed set a kill leaves ...
  CHECK(read_text(dir / "b.html") == "old");
  CHECK_THROWS_WITH_AS(whole_set(dir, kMembers),  // ... is told by its missing manifest
                       (dir.string() + " holds no manifest.json, so its files are not known to be "
                                       "one run's whole output (a run may have been stopped while "
                                       "it replaced them)")
                           .c_str(),
                       OutputSetError);
  publish(dir, "third", "run-3");
  CHECK(whole_set(dir, kMembers).run_id == "run-3");
}

TEST_CASE("a file changed after publishing, or left by another run, is named") {
  fs::path dir = ketensim::testing::scratch_directory("set-changed");
  publish(dir, "old", "run-1");
  ketensim::testing::write_text(dir / "c.json", "{}");
  CHECK_THROWS_WITH_AS(
      whole_set(dir, kMembers),
      ((dir / "c.json").string() +
       " is not one of the files of the run manifest.json names (another run left it)")
          .c_str(),
      OutputSetError);
  fs::remove(dir / "c.json");
  ketensim::testing::write_text(dir / "a.csv", "olc");
  CHECK_THROWS_WITH_AS(
      whole_set(dir, kMembers),
      ((dir / "a.csv").string() +
       " is not the file the run wrote: it has changed since, or another run wrote "
       "it (its digest is " +
       text_digest("olc") + ", manifest.json records " + text_digest("old") + ")")
          .c_str(),
      OutputSetError);
}
