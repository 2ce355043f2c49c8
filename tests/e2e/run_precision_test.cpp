// End to end: `run --precision` stops once the headline means are known, at the same
// replication at any thread count; `run --extend N` adds N replications to a finished run,
// byte for byte a fresh run of as many, and refuses a folder that is not that run.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "output/output_set.h"
#include "tests/support.h"

namespace fs = std::filesystem;
using ketensim::testing::contains;
using ketensim::testing::kRunFiles;
using ketensim::testing::kSameDay;
using ketensim::testing::read_text;
using ketensim::testing::run_cli;
using ketensim::testing::scratch_directory;
using ketensim::testing::source_path;
using ketensim::testing::write_text;

namespace {

const std::string kSlice = source_path("scenarios/haaglanden-jbt-slice.yaml");

std::string run_of(const std::string& how, const fs::path& dir) {
  return "run " + kSlice + " -s 7 -q " + how + " --out " + dir.string();
}

// The files a finished run publishes, manifest.json included: the same bytes mean the same run.
void check_same_files(const fs::path& a, const fs::path& b) {
  for (const std::string& f : kRunFiles) {
    CAPTURE(f);
    CHECK(read_text(a / f) == read_text(b / f));
  }
  CHECK(read_text(a / "manifest.json") == read_text(b / "manifest.json"));
}

std::size_t lines_of(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

}  // namespace

TEST_CASE(
    "run --precision stops at the same look at 1 and 2 threads, with the kpis.csv of a run of that many") {
  fs::path one = scratch_directory("e2e-precision-t1"), two = scratch_directory("e2e-precision-t2");
  std::string how = "run " + kSlice + " -s 7 -r 300 --precision 0.05 --out ";
  auto a = run_cli(how + one.string() + " --threads 1", kSameDay);
  auto b = run_cli(how + two.string() + " --threads 2", kSameDay);
  INFO(a.output);
  REQUIRE(a.code == 0);
  REQUIRE(b.code == 0);
  std::smatch m;
  REQUIRE(std::regex_search(a.output, m,
                            std::regex("Stopped after ([0-9]+) of at most 300 replications: "
                                       "every headline mean is within its target")));
  std::string n = m[1];
  MESSAGE("stopped after " << n << " replications");
  CHECK(contains(a.output, "; the last to get there: "));
  CHECK(contains(b.output, "Stopped after " + n + " of at most 300 replications"));
  for (const std::string& f : kRunFiles) {
    CAPTURE(f);
    CHECK(read_text(one / f) == read_text(two / f));
  }
  CHECK(contains(read_text(one / "summary.json"), "\"replications\": " + n + ","));
  CHECK(contains(read_text(one / "summary.json"), "\"replications_most\": 300,"));
  // The stopped run is the run of n: its kpis.csv and its manifest's run id.
  fs::path plain = scratch_directory("e2e-precision-plain");
  REQUIRE(run_cli(run_of("-r " + n, plain), kSameDay).code == 0);
  CHECK(read_text(one / "kpis.csv") == read_text(plain / "kpis.csv"));
  std::regex id("\"run_id\": \"([0-9a-f]+)\"");
  std::smatch stopped_id, plain_id;
  std::string stopped_manifest = read_text(one / "manifest.json"),
              plain_manifest = read_text(plain / "manifest.json");
  REQUIRE(std::regex_search(stopped_manifest, stopped_id, id));
  REQUIRE(std::regex_search(plain_manifest, plain_id, id));
  CHECK(stopped_id[1] == plain_id[1]);
}

TEST_CASE(
    "run --precision at the most allowed says which headline is still too wide, --precision 0 runs all") {
  fs::path dir = scratch_directory("e2e-precision-most");
  auto r = run_cli("run " + kSlice + " -s 7 -r 20 --precision 0.0001 --out " + dir.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(r.output,
                 "Ran all 20 replications, the most allowed (--replications): not every "
                 "headline mean is within its target (0.01% of the mean, at least half a "
                 "day, half a percentage point or half a family); the widest: "));
  CHECK(contains(read_text(dir / "summary.json"), "\"stopped\": false"));
  auto all = run_cli("run " + kSlice + " -s 7 -r 30 --precision 0 --out " + dir.string());
  CHECK(all.code == 0);
  CHECK(contains(all.output, "30 replications of"));
  CHECK_FALSE(contains(all.output, "Stopped after"));
  CHECK_FALSE(contains(read_text(dir / "summary.json"), "precision_stop"));
}

TEST_CASE("run --extend 20 on a run of 30 gives the files of a fresh run of 50, byte for byte") {
  fs::path fresh = scratch_directory("e2e-extend-fresh"),
           grown = scratch_directory("e2e-extend-grown");
  REQUIRE(run_cli(run_of("-r 50", fresh), kSameDay).code == 0);
  REQUIRE(run_cli(run_of("-r 30", grown), kSameDay).code == 0);
  auto r =
      run_cli("run " + kSlice + " -s 7 --extend 20 --threads 2 --out " + grown.string(), kSameDay);
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(r.output, "50 replications of"));
  CHECK(contains(
      r.output,
      " in the 20 replications run now; the 30 read back from kpis.csv are not counted\n"));
  check_same_files(fresh, grown);
}

TEST_CASE("run --extend continues a run that --precision stopped, as a fresh run of as many") {
  fs::path stopped = scratch_directory("e2e-extend-stopped"),
           fresh = scratch_directory("e2e-extend-fresh-n");
  auto first = run_cli(run_of("-r 300 --precision 0.05", stopped), kSameDay);
  REQUIRE(first.code == 0);
  std::smatch m;
  std::string summary = read_text(stopped / "summary.json");
  REQUIRE(std::regex_search(summary, m, std::regex("\"replications\": ([0-9]+),")));
  int n = std::stoi(m[1]);
  REQUIRE(run_cli(run_of("--extend 10", stopped), kSameDay).code == 0);
  REQUIRE(run_cli(run_of("-r " + std::to_string(n + 10), fresh), kSameDay).code == 0);
  check_same_files(fresh, stopped);
}

TEST_CASE(
    "run --extend refuses a partial run, another seed or scenario, an edited kpis.csv and a bad N (exit 2)") {
  fs::path dir = scratch_directory("e2e-extend-refused");
  std::string d = dir.string();

  REQUIRE(run_cli(run_of("-r 40", dir), "KETENSIM_TEST_SIGNAL_AFTER=2").code == 6);
  auto partial = run_cli(run_of("--extend 10", dir));
  CHECK(partial.code == 2);
  CHECK(partial.output == "ketensim: error: cannot extend " + d + ": it holds a partial run (" + d +
                              "/partial.json); finish it with the --resume command that file "
                              "names, then extend it\n");

  REQUIRE(run_cli(run_of("-r 30", dir)).code == 0);
  auto other_seed = run_cli("run " + kSlice + " -s 8 -q --extend 10 --out " + d);
  CHECK(other_seed.code == 2);
  CHECK(other_seed.output == "ketensim: error: cannot extend " + d +
                                 ": the saved run has seed 7 and this one 8 (give --seed 7 to "
                                 "extend it)\n");
  auto other_file =
      run_cli("run " + source_path("tests/e2e/data/mmc.yaml") + " -s 7 -q --extend 10 --out " + d);
  CHECK(other_file.code == 2);
  CHECK(other_file.output == "ketensim: error: cannot extend " + d + ": " + d +
                                 "/manifest.json names another run than this one with 30 "
                                 "replications: the scenario file or a file it extends, "
                                 "run.max_families or the ketensim version is not the saved "
                                 "run's; run it afresh\n");

  for (const char* n : {"0", "1000001"}) {
    auto bad = run_cli(run_of("--extend " + std::string(n), dir));
    INFO(n);
    INFO(bad.output);
    CHECK(bad.code == 2);
    CHECK(bad.output == "--extend: Value " + std::string(n) +
                            " not in range 1 to 1000000\n"
                            "Run with --help for more information.\n");
  }
  auto too_many = run_cli(run_of("--extend 999980", dir));
  CHECK(too_many.code == 2);
  CHECK(too_many.output == "ketensim: error: --extend 999980: the run in " + d +
                               " has 30 replications, "
                               "and a run may have at most 1000000; extend it by at most 999970\n");
  // --extend N sets the replications itself, and is neither a rule nor a resume.
  for (std::string other : {"--replications", "--precision"}) {
    auto both = run_cli(run_of("--extend 10 " + other + " 1", dir));
    CHECK(both.code == 2);
    CHECK(both.output == other + " excludes --extend\nRun with --help for more information.\n");
  }

  // An edited value: manifest.json's digest no longer matches.
  std::string kpis = read_text(dir / "kpis.csv");
  std::string edited = kpis;
  edited.replace(edited.rfind(',') + 1, std::string::npos, "12345.5\n");
  write_text(dir / "kpis.csv", edited);
  auto changed = run_cli(run_of("--extend 10", dir));
  CHECK(changed.code == 2);
  CHECK(changed.output == "ketensim: error: cannot extend " + d + ": " + d +
                              "/kpis.csv is not the file the run wrote: it has changed since, or "
                              "another run wrote it (its digest is " +
                              ketensim::output::file_digest(dir / "kpis.csv") +
                              ", manifest.json records " + ketensim::output::text_digest(kpis) +
                              "); run it afresh\n");

  // A replication's rows taken away, and the manifest made to agree: the rows are counted.
  std::size_t per_replication = (lines_of(kpis) - 1) / 30;
  std::string shorter = kpis;
  for (std::size_t i = 0; i < per_replication; ++i)
    shorter.erase(shorter.rfind('\n', shorter.size() - 2) + 1);
  write_text(dir / "kpis.csv", shorter);
  std::string manifest = read_text(dir / "manifest.json");
  manifest.replace(manifest.find(ketensim::output::text_digest(kpis)), 16,
                   ketensim::output::text_digest(shorter));
  write_text(dir / "manifest.json", manifest);
  auto fewer = run_cli(run_of("--extend 10", dir));
  CHECK(fewer.code == 2);
  CHECK(fewer.output == "ketensim: error: cannot extend " + d + ": " + d + "/kpis.csv has " +
                            std::to_string(lines_of(shorter)) + " lines, not the " +
                            std::to_string(lines_of(kpis)) +
                            " of the saved run's 30 replications (a header and " +
                            std::to_string(per_replication) + " rows each); run it afresh\n");

  fs::path none = dir / "none";
  auto missing = run_cli(run_of("--extend 10", none));
  CHECK(missing.code == 2);
  CHECK(missing.output ==
        "ketensim: error: cannot extend " + none.string() + ": there is no such folder\n");
}

TEST_CASE(
    "run --precision interrupted and resumed stops where the uninterrupted run stops, byte for byte") {
  fs::path whole = scratch_directory("e2e-precision-whole"),
           broken = scratch_directory("e2e-precision-broken");
  REQUIRE(run_cli(run_of("-r 300 --precision 0.05", whole), kSameDay).code == 0);
  auto first = run_cli(run_of("-r 300 --precision 0.05", broken),
                       kSameDay + " KETENSIM_TEST_SIGNAL_AFTER=30");
  INFO(first.output);
  REQUIRE(first.code == 6);
  CHECK(contains(first.output, "  continue it with: ketensim run " + kSlice +
                                   " --replications 300 --seed 7 --precision 0.05 --resume " +
                                   broken.string()));
  auto last =
      run_cli("run " + kSlice + " --replications 300 --seed 7 --precision 0.05 -q --resume " +
                  broken.string(),
              kSameDay);
  INFO(last.output);
  REQUIRE(last.code == 0);
  check_same_files(whole, broken);
}

TEST_CASE(
    "the precision advice judges a mean near 0 on the unit's resolution, not relative to the mean") {
  // The slice's mean wait for a place is about 0.17 days with a half-width of about 0.12 after
  // 200 replications: 70% of the mean, but well within half a day. Before, the advice said
  // "about 42259 needed".
  fs::path dir = scratch_directory("run-precision-advice");
  auto r = run_cli("run " + kSlice + " -r 200 --out " + dir.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(r.output.find("wait_mean plaatsen_uithuis            +-") == std::string::npos);
  CHECK(r.output.find("headline figures within the target") != std::string::npos);
  CHECK(r.output.find("needed") == std::string::npos);
}
