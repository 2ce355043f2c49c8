// End to end: `run --precision` stops once the headline means are known, at the same
// replication at any thread count.
#include <doctest/doctest.h>

#include <filesystem>
#include <regex>

#include "tests/support.h"

namespace fs = std::filesystem;
using ketensim::testing::contains;
using ketensim::testing::kRunFiles;
using ketensim::testing::kSameDay;
using ketensim::testing::read_text;
using ketensim::testing::run_cli;
using ketensim::testing::scratch_directory;
using ketensim::testing::source_path;

namespace {

const std::string kSlice = source_path("scenarios/haaglanden-jbt-slice.yaml");

std::string run_of(const std::string& how, const fs::path& dir) {
  return "run " + kSlice + " -s 7 -q " + how + " --out " + dir.string();
}

}  // namespace

TEST_CASE("run --precision stops at the same look at 1 and 2 threads, with the kpis.csv of a run of that many") {
  fs::path one = scratch_directory("e2e-precision-t1"), two = scratch_directory("e2e-precision-t2");
  std::string how = "run " + kSlice + " -s 7 -r 300 --precision 0.05 --out ";
  auto a = run_cli(how + one.string() + " --threads 1", kSameDay);
  auto b = run_cli(how + two.string() + " --threads 2", kSameDay);
  INFO(a.output);
  REQUIRE(a.code == 0);
  REQUIRE(b.code == 0);
  std::smatch m;
  REQUIRE(std::regex_search(a.output, m, std::regex("Stopped after ([0-9]+) of at most 300 replications: "
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
  std::string stopped_manifest = read_text(one / "manifest.json"), plain_manifest = read_text(plain / "manifest.json");
  REQUIRE(std::regex_search(stopped_manifest, stopped_id, id));
  REQUIRE(std::regex_search(plain_manifest, plain_id, id));
  CHECK(stopped_id[1] == plain_id[1]);
}

TEST_CASE("run --precision at the most allowed says which headline is still too wide, --precision 0 runs all") {
  fs::path dir = scratch_directory("e2e-precision-most");
  auto r = run_cli("run " + kSlice + " -s 7 -r 20 --precision 0.0001 --out " + dir.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(r.output, "Ran all 20 replications, the most allowed (--replications): not every "
                           "headline mean is within its target (0.01% of the mean, at least half a "
                           "day, half a percentage point or half a family); the widest: "));
  CHECK(contains(read_text(dir / "summary.json"), "\"stopped\": false"));
  auto all = run_cli("run " + kSlice + " -s 7 -r 30 --precision 0 --out " + dir.string());
  CHECK(all.code == 0);
  CHECK(contains(all.output, "30 replications of"));
  CHECK_FALSE(contains(all.output, "Stopped after"));
  CHECK_FALSE(contains(read_text(dir / "summary.json"), "precision_stop"));
}
