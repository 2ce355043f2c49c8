// `ketensim new`: a scenario to edit, copied with its comments and sources, that loads;
// never over an existing file; clear usage errors for a bad name or an unknown --from.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "tests/support.h"

namespace {

namespace fs = std::filesystem;
using ketensim::testing::read_text;
using ketensim::testing::source_path;

// A fresh working folder, and ketensim run in it.
struct Folder {
  fs::path dir;
  explicit Folder(const std::string& name) : dir(ketensim::testing::temp_path(name)) {
    fs::remove_all(dir);
    fs::create_directories(dir);
  }
  ketensim::testing::CommandResult ketensim(const std::string& args) const {
    return ketensim::testing::run_command("cd '" + dir.string() + "' && " + KETENSIM_BINARY + " " +
                                          args);
  }
};

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

// The lines of `text` that `ketensim new` keeps as they are.
std::vector<std::string> kept_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    bool changed = line.starts_with("scenario:") || line.starts_with("extend:") ||
                   line.starts_with("# yaml-language-server:");
    if (!changed) lines.push_back(line);
  }
  return lines;
}

TEST_CASE("new NAME writes the starter as NAME.yaml, which checks") {
  Folder f("ketensim-new-starter");
  auto r = f.ketensim("new mijn-regio");
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(r.output,
                 "Wrote mijn-regio.yaml, a copy of the starter scenario named 'mijn-regio'"));
  std::string text = read_text(f.dir / "mijn-regio.yaml");
  CHECK(contains(text, "\nscenario: mijn-regio\n"));
  CHECK(kept_lines(text) == kept_lines(read_text(source_path("scenarios/starter.yaml"))));
  std::string first = text.substr(0, text.find('\n'));
  REQUIRE(first.starts_with("# yaml-language-server: $schema="));
  CHECK(fs::equivalent(f.dir / first.substr(first.find('=') + 1),
                       source_path("docs/ketensim-scenario.schema.json")));
  CHECK(f.ketensim("check mijn-regio.yaml").code == 0);
}

TEST_CASE("new never replaces a file (exit 1) and leaves it as it was") {
  Folder f("ketensim-new-exists");
  REQUIRE(f.ketensim("new regio").code == 0);
  std::ofstream(f.dir / "regio.yaml") << "my own work\n";
  auto r = f.ketensim("new regio");
  CHECK(r.code == 1);
  CHECK(contains(r.output,
                 "ketensim: error: regio.yaml already exists: ketensim new never "
                 "replaces a file"));
  CHECK(read_text(f.dir / "regio.yaml") == "my own work\n");
  CHECK(f.ketensim("new nergens/regio.yaml").code == 1);
}

TEST_CASE("new --from a shipped name copies it with every comment and source") {
  Folder f("ketensim-new-from");
  fs::create_directories(f.dir / "werk");
  auto r = f.ketensim("new werk/slice --from haaglanden-jbt-slice");
  INFO(r.output);
  REQUIRE(r.code == 0);
  std::string text = read_text(f.dir / "werk/slice.yaml");
  CHECK(kept_lines(text) ==
        kept_lines(read_text(source_path("scenarios/haaglanden-jbt-slice.yaml"))));
  CHECK(contains(text, "\nscenario: slice\n"));
  CHECK(f.ketensim("check werk/slice.yaml").code == 0);
}

TEST_CASE("new --from an overlay points its extend at the same base") {
  Folder f("ketensim-new-overlay");
  auto r =
      f.ketensim("new lager --from " + source_path("scenarios/examples/lagere-caseload-norm.yaml"));
  INFO(r.output);
  REQUIRE(r.code == 0);
  std::string text = read_text(f.dir / "lager.yaml");
  std::size_t at = text.find("\nextend: ");
  REQUIRE(at != std::string::npos);
  std::string base = text.substr(at + 9, text.find('\n', at + 1) - at - 9);
  CHECK(fs::equivalent(fs::path(base).is_absolute() ? fs::path(base) : f.dir / base,
                       source_path("scenarios/haaglanden-jbt-slice.yaml")));
  CHECK(contains(r.output, "It extends " + base));
  CHECK(f.ketensim("check lager.yaml").code == 0);
}

TEST_CASE("new --from a calibrated baseline points its calibration's files at the same files") {
  Folder f("ketensim-new-calibrated");
  fs::create_directories(f.dir / "werk");
  auto r = f.ketensim("new werk/basis --from haaglanden-baseline");
  INFO(r.output);
  REQUIRE(r.code == 0);
  std::string text = read_text(f.dir / "werk/basis.yaml");
  for (const char* key : {"spec", "figures", "draws"}) {
    std::size_t at = text.find(std::string("\n  ") + key + ": ");
    REQUIRE(at != std::string::npos);
    std::size_t begin = at + std::string(key).size() + 5;
    std::string file = text.substr(begin, text.find('\n', begin) - begin);
    CHECK(fs::exists(f.dir / "werk" / file));
  }
  // It loads, its calibration's draws included (a draws file it cannot read is an error).
  CHECK(f.ketensim("check werk/basis.yaml").code == 0);
}

TEST_CASE("new: a bad name or an unknown --from is a usage error (exit 2), nothing written") {
  Folder f("ketensim-new-usage");
  auto name = f.ketensim("new 'Mijn Regio'");
  CHECK(name.code == 2);
  CHECK(contains(name.output, "'Mijn Regio' cannot name a scenario: use lower case letters"));
  auto from = f.ketensim("new x --from haaglanden-jbt-slise");
  CHECK(from.code == 2);
  CHECK(contains(from.output, "no shipped scenario is named haaglanden-jbt-slise"));
  CHECK(contains(from.output, "did you mean 'haaglanden-jbt-slice'?"));
  CHECK(f.ketensim("new").code == 2);
  CHECK(fs::is_empty(f.dir));
}

TEST_CASE("new --from a model's name copies the model, not its calibration spec of the same name") {
  // scenarios/model/zuid-west.yaml and scenarios/calibration/zuid-west.yaml: only the first
  // is a scenario, so the name is not ambiguous and the list of names has it once.
  Folder f("ketensim-new-model");
  auto r = f.ketensim("new regio --from zuid-west");
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(f.ketensim("check regio.yaml").code == 0);
  auto unknown = f.ketensim("new x --from zuid-wes");
  CHECK(contains(unknown.output, "zuid-west, zuid-west-baseline"));
  CHECK_FALSE(contains(unknown.output, "zuid-west, zuid-west,"));
}

TEST_CASE("new --lang nl: what it wrote and its errors in Dutch") {
  Folder f("ketensim-new-nl");
  auto r = f.ketensim("new mijn-regio --lang nl");
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(
      r.output,
      "mijn-regio.yaml geschreven, een kopie van het startscenario met de naam 'mijn-regio'"));
  CHECK(contains(r.output, "Pas het aan (zet de cijfers op die van je regio"));
  auto again = f.ketensim("new mijn-regio --lang nl");
  CHECK(again.code != 0);
  CHECK(contains(
      again.output,
      "ketensim: fout: mijn-regio.yaml bestaat al: ketensim new vervangt nooit een bestand"));
  auto name = f.ketensim("new 'Mijn Regio' --lang nl");
  CHECK(contains(name.output, "'Mijn Regio' kan geen scenario noemen: gebruik kleine letters"));
  auto from = f.ketensim("new x --from haaglanden-jbt-slise --lang nl");
  CHECK(contains(from.output, "geen meegeleverd scenario heet haaglanden-jbt-slise"));
  CHECK(contains(from.output, "bedoelde je 'haaglanden-jbt-slice'?"));
}

TEST_CASE("new --from a file that does not load writes nothing (exit 3)") {
  Folder f("ketensim-new-broken");
  auto r = f.ketensim("new kapot --from " + source_path("tests/e2e/data/four-problems.yaml"));
  CHECK(r.code == 3);
  CHECK(contains(r.output, "does not load, so nothing was written"));
  CHECK(!fs::exists(f.dir / "kapot.yaml"));
}

}  // namespace
