// End to end: `run --kpis none` writes no per-replication table, and changes nothing else: the
// summaries are those of the same run with kpis.csv, byte for byte; a kpis.csv an earlier run
// left in the folder goes with the rest of its output set. Such a run cannot be extended or
// resumed (nothing can be read back), and says so instead of offering a command that fails.
#include <doctest/doctest.h>

#include <filesystem>

#include "output/output_set.h"
#include "tests/support.h"

namespace fs = std::filesystem;
using ketensim::testing::contains;
using ketensim::testing::kSameDay;
using ketensim::testing::read_text;
using ketensim::testing::run_cli;
using ketensim::testing::scratch_directory;
using ketensim::testing::source_path;

namespace {

std::string slice_run(const std::string& how, const fs::path& dir) {
  return "run " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " -r 30 -s 7 " + how +
         " --out " + dir.string();
}

}  // namespace

TEST_CASE("run --kpis none writes the summaries of the full run and no kpis.csv") {
  fs::path full = scratch_directory("e2e-kpis-full"), none = scratch_directory("e2e-kpis-none");
  REQUIRE(run_cli(slice_run("-q", full), kSameDay).code == 0);
  REQUIRE(run_cli(slice_run("-q", none), kSameDay).code == 0);  // a full run there first
  REQUIRE(fs::exists(none / "kpis.csv"));
  auto r = run_cli(slice_run("--kpis none", none), kSameDay);
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK_FALSE(fs::exists(none / "kpis.csv"));  // the earlier run's is gone with its set
  CHECK_FALSE(contains(r.output, "kpis.csv"));
  for (const char* f : {"summary.csv", "summary.json", "precision.csv", "report.html"}) {
    CAPTURE(f);
    CHECK(read_text(none / f) == read_text(full / f));
  }
  ketensim::output::Manifest m = ketensim::output::whole_set(none, ketensim::output::kRunSetFiles);
  CHECK(m.files.count("kpis.csv") == 0);
  CHECK(m.files.count("summary.csv") == 1);
}

TEST_CASE("a run with --kpis none is not extended, and --kpis takes only full or none (exit 2)") {
  fs::path dir = scratch_directory("e2e-kpis-extend");
  REQUIRE(run_cli(slice_run("-q --kpis none", dir), kSameDay).code == 0);
  auto r = run_cli("run " + source_path("scenarios/haaglanden-jbt-slice.yaml") +
                   " -s 7 -q --extend 10 --out " + dir.string());
  CHECK(r.code == 2);
  CHECK(r.output == "ketensim: error: cannot extend " + dir.string() +
                        ": the run there was made with --kpis none, so its replications cannot "
                        "be read back; run it afresh with as many replications as you want in "
                        "all\n");
  auto bad = run_cli(slice_run("-q --kpis some", dir));
  CHECK(bad.code == 2);
  CHECK(contains(bad.output, "--kpis: some not in {full,none}"));
}

TEST_CASE("an interrupted run with --kpis none is partial, says it cannot be resumed, and is not") {
  fs::path dir = scratch_directory("e2e-kpis-interrupted");
  auto r = run_cli(slice_run("-q --kpis none", dir), kSameDay + " KETENSIM_TEST_SIGNAL_AFTER=3");
  INFO(r.output);
  CHECK(r.code == 6);
  CHECK(contains(r.output,
                 "is partial (summary.json says so)\n  it cannot be continued: it was "
                 "run with --kpis none, so no replication can be read back; run it "
                 "afresh\n"));
  CHECK_FALSE(fs::exists(dir / "kpis.csv"));
  CHECK_FALSE(fs::exists(dir / "partial.json"));
  CHECK(contains(read_text(dir / "summary.json"), "\"replications_planned\": 30"));
  CHECK(contains(read_text(dir / "summary.json"), "\"resume\": \"\""));
  auto resume = run_cli("run " + source_path("scenarios/haaglanden-jbt-slice.yaml") +
                        " -r 30 -s 7 -q --resume " + dir.string());
  CHECK(resume.code == 2);
  CHECK(resume.output == "ketensim: error: cannot resume " + dir.string() +
                             ": it holds no partial.json, so no interrupted run to continue\n");
}
