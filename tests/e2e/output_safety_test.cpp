// End to end: output that is never lost or mixed (issue 19 items 3, 5, 9, 10, 11). A resume
// refuses a partial.json that is not bound to the kpis.csv beside it or was edited, a second
// command into a locked folder is refused, devices and FIFOs are never replaced, a failed
// write to standard output is an error, and a run's files are published with a manifest.
#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "output/output_folder.h"
#include "tests/support.h"

namespace fs = std::filesystem;
using ketensim::testing::contains;
using ketensim::testing::read_text;
using ketensim::testing::run_cli;
using ketensim::testing::run_command;
using ketensim::testing::scratch_directory;
using ketensim::testing::source_path;
using ketensim::testing::write_text;

namespace {

std::string slice_run(const fs::path& dir, const std::string& seed, const std::string& how) {
  return "run " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " -r 20 -s " + seed +
         " -q " + how + " " + dir.string();
}

// An interrupted run of seed 7 in `dir`.
void interrupted_run(const fs::path& dir) {
  REQUIRE(run_cli(slice_run(dir, "7", "--out"), "KETENSIM_TEST_SIGNAL_AFTER=3").code == 6);
}

}  // namespace

// Item 3: a stale partial.json beside another run's kpis.csv was resumed with exit 0, mixing
// the replications of two seeds under one label.
TEST_CASE("--resume refuses a partial.json beside another run's kpis.csv (exit 2)") {
  fs::path dir = scratch_directory("e2e-stale-partial");
  interrupted_run(dir);
  std::string stale = read_text(dir / "partial.json");
  REQUIRE(run_cli(slice_run(dir, "8", "--out")).code == 0);
  CHECK_FALSE(fs::exists(dir / "partial.json"));  // the complete run removed it
  write_text(dir / "partial.json", stale);        // as a run killed before that left it
  auto r = run_cli(slice_run(dir, "7", "--resume"));
  CHECK(r.code == 2);
  CHECK(contains(r.output, "ketensim: error: cannot resume " + dir.string() + ": " +
                               (dir / "kpis.csv").string() +
                               " is not the file partial.json belongs to: it has changed since "
                               "the interrupted run saved it, or another run wrote it"));
}

// Item 9: an edited value in kpis.csv or partial.json was resumed with exit 0.
TEST_CASE("--resume refuses an edited kpis.csv or partial.json, naming the file (exit 2)") {
  fs::path dir = scratch_directory("e2e-edited");
  interrupted_run(dir);
  std::string kpis = read_text(dir / "kpis.csv"), partial = read_text(dir / "partial.json");
  auto row = kpis.find("\n", kpis.find("\n") + 1);  // the end of the first value row
  auto cell = kpis.rfind(",", row) + 1;
  for (std::string value : {"inf", "nan", ""}) {
    CAPTURE(value);
    write_text(dir / "kpis.csv", kpis.substr(0, cell) + value + kpis.substr(row));
    auto r = run_cli(slice_run(dir, "7", "--resume"));
    CHECK(r.code == 2);
    CHECK(contains(r.output,
                   (dir / "kpis.csv").string() + " is not the file partial.json belongs to"));
  }
  write_text(dir / "kpis.csv", kpis);
  auto events = partial.find("\"events_done\": ") + 15;
  write_text(dir / "partial.json", partial.substr(0, events) + "1" + partial.substr(events));
  auto r = run_cli(slice_run(dir, "7", "--resume"));
  CHECK(r.code == 2);
  CHECK(contains(r.output, (dir / "partial.json").string() +
                               " has been edited: its checksum does not match its values "
                               "(events_done, replications_done, ...)"));
  write_text(dir / "partial.json", partial);
  CHECK(run_cli(slice_run(dir, "7", "--resume")).code == 0);
}

// Item 5: two runs into one folder both exited 0 and could leave a mixed set.
TEST_CASE("a second command into a folder another one is writing is refused (exit 1)") {
  fs::path dir = scratch_directory("e2e-locked");
  {
    ketensim::output::OutputLock held(dir);  // as a run in progress holds it
    auto r = run_cli(slice_run(dir, "7", "--out"));
    CHECK(r.code == 1);
    CHECK(r.output == "ketensim: error: another ketensim is writing into " + dir.string() +
                          " (it holds " + (dir / ".ketensim.lock").string() +
                          "); wait until it has finished, or give another --out\n");
    CHECK_FALSE(fs::exists(dir / "kpis.csv"));
  }
  write_text(dir / ".ketensim.lock", "");  // left by a killed run: it locks nothing
  CHECK(run_cli(slice_run(dir, "7", "--out")).code == 0);
  CHECK_FALSE(fs::exists(dir / ".ketensim.lock"));
}

// Item 11: a run's files are published together, named by manifest.json; what a killed run
// left behind is removed by the next run into the folder.
TEST_CASE("a run publishes manifest.json and removes a killed run's temporaries") {
  fs::path dir = scratch_directory("e2e-manifest");
  fs::create_directories(dir / ".staging-999999");
  write_text(dir / ".staging-999999" / "kpis.csv", "half");
  write_text(dir / ".report.html.tmp-999999", "half");
  write_text(dir / "uncertainty.csv", "an earlier run's");
  write_text(dir / "notes.txt", "the user's");
  REQUIRE(run_cli(slice_run(dir, "7", "--out")).code == 0);
  std::string manifest = read_text(dir / "manifest.json");
  CHECK(contains(manifest, "\"run_id\": "));
  for (const std::string& f : ketensim::testing::kRunFiles)
    CHECK(contains(manifest, "\"" + f + "\""));
  CHECK_FALSE(fs::exists(dir / ".staging-999999"));
  CHECK_FALSE(fs::exists(dir / ".report.html.tmp-999999"));
  CHECK_FALSE(fs::exists(dir / "uncertainty.csv"));
  CHECK(read_text(dir / "notes.txt") == "the user's");
}

// Item 11 for the other commands: compare, capacity, sweep and sensitivity publish their files
// together too, and
// a file of an earlier set they do not write this time (compare_uncertainty.csv after a
// compare without --uncertainty) goes.
TEST_CASE(
    "compare, capacity, sweep and sensitivity publish manifest.json, a stale file of an earlier set goes") {
  fs::path dir = scratch_directory("e2e-compare-manifest");
  write_text(dir / "compare_uncertainty.csv", "an earlier comparison's");
  std::string slice = source_path("scenarios/haaglanden-jbt-slice.yaml");
  REQUIRE(run_cli("compare " + slice + " " +
                  source_path("scenarios/examples/lagere-caseload-norm.yaml") + " -r 3 -q -o " +
                  dir.string())
              .code == 0);
  std::string manifest = read_text(dir / "manifest.json");
  for (const char* f : {"compare.csv", "compare.json", "report.html"}) CHECK(contains(manifest, f));
  CHECK_FALSE(fs::exists(dir / "compare_uncertainty.csv"));

  fs::path cap = scratch_directory("e2e-capacity-manifest");
  REQUIRE(run_cli("capacity " + slice +
                  " --resource plaatsen_uithuis --target \"wait_mean <= 60\" -r 2 -q -o " +
                  cap.string())
              .code == 0);
  std::string capacity = read_text(cap / "manifest.json");
  for (const char* f : {"capacity.csv", "capacity_curve.csv", "capacity.json"})
    CHECK(contains(capacity, f));
  CHECK_FALSE(contains(capacity, "capacity_draws.csv"));

  fs::path sweep = scratch_directory("e2e-sweep-manifest");
  REQUIRE(run_cli("sweep " + slice +
                  " --vary resources.plaatsen_uithuis.places=150,180 -r 2 -q -o " + sweep.string())
              .code == 0);
  CHECK(contains(read_text(sweep / "manifest.json"), "sweep.csv"));
  fs::path sensitivity = scratch_directory("e2e-sensitivity-manifest");
  REQUIRE(run_cli("sensitivity " + slice + " --trajectories 2 -r 2 -q -o " + sensitivity.string())
              .code == 0);
  CHECK(contains(read_text(sensitivity / "manifest.json"), "sensitivity.json"));
}

// Item 10: graph -o and schema -o replaced a FIFO or device with a regular file, and a
// failed write to standard output exited 0.
TEST_CASE("schema and graph refuse to replace a FIFO or a device, and a failed stdout is exit 1") {
  fs::path dir = scratch_directory("e2e-devices");
  REQUIRE(::mkfifo((dir / "fifo").c_str(), 0644) == 0);
  fs::create_symlink("/dev/null", dir / "null");
  auto fifo = run_cli("schema -o " + (dir / "fifo").string());
  CHECK(fifo.code == 1);
  CHECK(fifo.output == "ketensim: error: cannot write " + (dir / "fifo").string() +
                           ": it is a FIFO, and ketensim writes only regular files (or standard "
                           "output)\n");
  CHECK(fs::is_fifo(dir / "fifo"));
  auto device = run_cli("graph " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " -o " +
                        (dir / "null").string());
  CHECK(device.code == 1);
  CHECK(contains(device.output, "it is a character device"));
  CHECK(fs::is_symlink(dir / "null"));
  auto full = run_command(std::string("{ ") + KETENSIM_BINARY + " schema >/dev/full; }");
  CHECK(full.code == 1);
  CHECK(full.output ==
        "ketensim: error: writing to standard output failed (a full disk, or a closed pipe?)\n");
}
