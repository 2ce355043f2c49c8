// End to end under mpirun (a build with KETENSIM_MPI): the same seed gives the same bytes at
// any number of ranks and threads, in every command; a rank that dies or hangs ends the run
// with the replications gathered saved as a partial result, which a plain run resumes to
// the bytes of an uninterrupted run.
//
// The ranks run on this machine, more of them than it has cores (--oversubscribe). The lost
// ranks are made by the test hook KETENSIM_TEST_LOSE_RANK (tools/ketensim/interrupt.h).
#include <doctest/doctest.h>

#include <filesystem>
#include <sstream>

#include "tests/support.h"

namespace fs = std::filesystem;
using ketensim::testing::contains;
using ketensim::testing::read_text;
using ketensim::testing::run_cli;
using ketensim::testing::scratch_directory;
using ketensim::testing::source_path;

namespace {

using ketensim::testing::kRunFiles;
using ketensim::testing::kSameDay;
// When a rank dies, mpirun waits this long before it sends the others SIGTERM, and as long
// again before SIGKILL: rank 0's time to save a partial result (Open MPI's default is one
// second, which a busy CI machine may not give).
const std::string kGrace = "--mca odls_base_sigkill_timeout 2";

// ketensim as `ranks` ranks of an MPI job on this machine, more than it has cores
// (--oversubscribe; root in a container also needs --allow-run-as-root), `mpirun_options`
// first and each variable of `environment` passed on to every rank (-x).
ketensim::testing::CommandResult run_mpi(int ranks, const std::string& args,
                                         const std::string& environment = "",
                                         const std::string& mpirun_options = "") {
  std::string forward;
  std::istringstream words(environment);
  for (std::string word; words >> word;) forward += " -x " + word.substr(0, word.find('='));
  return ketensim::testing::run_command(
      environment + " " + KETENSIM_MPIRUN + " --allow-run-as-root --oversubscribe" + forward + " " +
      mpirun_options + " -np " + std::to_string(ranks) + " " + KETENSIM_BINARY + " " + args);
}

std::string slice() {
  return source_path("scenarios/haaglanden-jbt-slice.yaml");
}

void same_files(const fs::path& a, const fs::path& b, const std::vector<std::string>& files) {
  for (const auto& f : files) {
    CAPTURE(f);
    REQUIRE(fs::exists(a / f));
    CHECK(read_text(a / f) == read_text(b / f));
  }
}

}  // namespace

TEST_CASE("mpirun: run gives the same bytes on 1 process, 2 ranks and 3 ranks of 2 threads") {
  fs::path plain = scratch_directory("mpi-run-plain"), two = scratch_directory("mpi-run-2"),
           three = scratch_directory("mpi-run-3");
  std::string args = "run " + slice() + " -r 24 -s 5 -q --out ";
  REQUIRE(run_cli(args + plain.string() + " -t 1", kSameDay).code == 0);
  auto r2 = run_mpi(2, args + two.string() + " -t 1", kSameDay);
  INFO(r2.output);
  REQUIRE(r2.code == 0);
  CHECK(r2.output.empty());  // -q: nothing, and nothing from the other ranks
  REQUIRE(run_mpi(3, args + three.string() + " -t 2", kSameDay).code == 0);
  same_files(plain, two, kRunFiles);
  same_files(plain, three, kRunFiles);
}

TEST_CASE(
    "mpirun: run --precision stops at the same replication as one process, with the same bytes") {
  fs::path plain = scratch_directory("mpi-precision-plain"),
           three = scratch_directory("mpi-precision-3");
  std::string args = "run " + slice() + " -r 300 -s 7 --precision 0.05 -q --out ";
  REQUIRE(run_cli(args + plain.string() + " -t 1", kSameDay).code == 0);
  REQUIRE(run_mpi(3, args + three.string() + " -t 2", kSameDay).code == 0);
  CHECK(contains(read_text(plain / "summary.json"), "\"stopped\": true"));
  same_files(plain, three, kRunFiles);
  same_files(plain, three, {"manifest.json"});
}

// The lower norm is eliminated after 20 replications: rank 0 leaves out what the other ranks
// still compute of it.
TEST_CASE(
    "mpirun: compare --select stops at the same replication and selects the same as one process") {
  fs::path plain = scratch_directory("mpi-select-plain"), ranks = scratch_directory("mpi-select-3");
  std::string compare = "compare " + slice() + " " +
                        source_path("scenarios/examples/lagere-caseload-norm.yaml") + " " +
                        source_path("tests/e2e/data/slice-norm-9.yaml") +  // dropped at 58
                        " -r 200 -s 5 -q -t 1 --select \"wait_mean jbw_jeugdbeschermers\" --out ";
  REQUIRE(run_cli(compare + plain.string(), kSameDay).code == 0);
  REQUIRE(run_mpi(3, compare + ranks.string(), kSameDay).code == 0);
  same_files(plain, ranks, {"selection.csv", "compare.csv", "compare.json"});
}

TEST_CASE("mpirun: compare, sweep and capacity give the same bytes as one process") {
  fs::path plain = scratch_directory("mpi-compare-plain"),
           ranks = scratch_directory("mpi-compare-3");
  std::string compare = "compare " + slice() + " " +
                        source_path("scenarios/examples/lagere-caseload-norm.yaml") +
                        " -r 8 -s 5 -q -t 1 --out ";
  REQUIRE(run_cli(compare + plain.string(), kSameDay).code == 0);
  REQUIRE(run_mpi(3, compare + ranks.string(), kSameDay).code == 0);
  same_files(plain, ranks, {"compare.csv", "compare.json", "report.html"});

  std::string sweep =
      "sweep " + slice() + " --vary resources.jbw_jeugdbeschermers.fte=50,65 -r 6 -q --out ";
  REQUIRE(run_cli(sweep + plain.string()).code == 0);
  REQUIRE(run_mpi(2, sweep + ranks.string()).code == 0);
  same_files(plain, ranks, {"sweep.csv", "sweep.json"});

  std::string capacity = "capacity " + source_path("tests/e2e/data/mmc.yaml") +
                         " --resource server --target \"wait_mean <= 0.3\" -q -t 1 --out ";
  REQUIRE(run_cli(capacity + plain.string()).code == 0);
  REQUIRE(run_mpi(3, capacity + ranks.string()).code == 0);
  same_files(plain, ranks, {"capacity.csv", "capacity.json"});
}

TEST_CASE("mpirun: an unstable scenario is reported once, by rank 0, with exit 5") {
  auto r = run_mpi(2, "run " + source_path("tests/e2e/data/mm1-unstable.yaml") + " -q --out " +
                          scratch_directory("mpi-unstable").string());
  CHECK(r.code == 5);
  CHECK(contains(r.output, "ketensim: error: scenario 'mm1-unstable' is unstable: replication 0 "));
  CHECK(r.output.find("is unstable") == r.output.rfind("is unstable"));
}

TEST_CASE("mpirun: a rank that dies leaves a partial result that a plain run resumes") {
  fs::path whole = scratch_directory("mpi-lost-whole"), lost = scratch_directory("mpi-lost");
  std::string args = "run " + slice() + " -r 60 -s 7 -q -t 1 ";
  REQUIRE(run_cli(args + "--out " + whole.string(), kSameDay).code == 0);
  auto r = run_mpi(2, args + "--out " + lost.string(), kSameDay + " KETENSIM_TEST_LOSE_RANK=1:5",
                   kGrace);
  INFO(r.output);
  CHECK(r.code != 0);
  CHECK(contains(r.output,
                 "ketensim: interrupted by SIGTERM (under mpirun: a rank was lost, or "
                 "the job was interrupted) after "));
  CHECK(contains(r.output, "continue it with: ketensim run "));
  REQUIRE(fs::exists(lost / "partial.json"));
  auto resumed = run_cli(args + "--resume " + lost.string(), kSameDay);
  INFO(resumed.output);
  REQUIRE(resumed.code == 0);
  same_files(whole, lost, kRunFiles);
}

TEST_CASE("mpirun: a rank that hangs is given up after KETENSIM_RANK_TIMEOUT, exit 6") {
  fs::path whole = scratch_directory("mpi-hung-whole"), hung = scratch_directory("mpi-hung");
  std::string args = "run " + slice() + " -r 60 -s 7 -q -t 1 ";
  REQUIRE(run_cli(args + "--out " + whole.string(), kSameDay).code == 0);
  auto r = run_mpi(2, args + "--out " + hung.string(),
                   kSameDay + " KETENSIM_RANK_TIMEOUT=2 KETENSIM_TEST_LOSE_RANK=1:5:STOP");
  INFO(r.output);
  CHECK(r.code == 6);
  CHECK(contains(r.output, "ketensim: rank 1 sent nothing for 2 s (lost) after "));
  CHECK(contains(read_text(hung / "partial.json"),
                 "\"reason\": \"rank 1 sent nothing for 2 s (lost)\""));
  auto resumed = run_mpi(2, args + "--resume " + hung.string(), kSameDay);
  INFO(resumed.output);
  REQUIRE(resumed.code == 0);
  same_files(whole, hung, kRunFiles);
}
