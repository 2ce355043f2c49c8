// End to end: runs that stop early. An unstable scenario is reported, not run out of
// memory; an interrupted run keeps what it finished, marked partial, and `--resume` then
// gives the files of an uninterrupted run, byte for byte; an output directory that cannot
// be written is refused before any work.
//
// The interrupts are real signals, sent by the binary to itself at a known point through
// its test hook (KETENSIM_TEST_SIGNAL_AFTER, tools/ketensim/interrupt.h), so no test races a timer.
#include <doctest/doctest.h>

#include <filesystem>

#include "tests/support.h"

namespace fs = std::filesystem;
using ketensim::testing::contains;
using ketensim::testing::read_text;
using ketensim::testing::run_cli;
using ketensim::testing::run_command;
using ketensim::testing::scratch_directory;
using ketensim::testing::source_path;

namespace {

using ketensim::testing::kRunFiles;
using ketensim::testing::kSameDay;

std::string slice_run(const fs::path& dir, const std::string& how) {
  return "run " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " -r 40 -s 7 -q " + how +
         " " + dir.string();
}

}  // namespace

TEST_CASE("--help documents the exit codes of an unstable and of an interrupted run") {
  auto help = run_cli("--help");
  CHECK(contains(help.output, "5  the scenario is unstable"));
  CHECK(contains(help.output, "6  interrupted (SIGINT, SIGTERM)"));
}

TEST_CASE("an unstable M/M/1 queue stops with the report of where families pile up (exit 5)") {
  fs::path out = scratch_directory("e2e-unstable");
  for (const char* threads : {"1", "2"}) {
    auto r = run_cli("run " + source_path("tests/e2e/data/mm1-unstable.yaml") + " -q -t " +
                     threads + " --out " + out.string());
    CHECK(r.code == 5);
    CHECK(r.output ==
          "ketensim: error: scenario 'mm1-unstable' is unstable: replication 0 stopped on "
          "2021-04-25, after 1.32 years, with 501 families in the chain, more than "
          "run.max_families (500)\n"
          "  longest waiting list: resource server, 500 families waiting\n"
          "  measured since the start: 982 families asked for server in 1.32 years (~746 a "
          "year); it holds 1 family at once, each for 1.00 days on average, so it serves ~366 a "
          "year (estimated)\n"
          "  most families are in stage service (501)\n"
          "  more families ask for server than it serves: add capacity, shorten the time it is "
          "held or lower the arrivals; raise run.max_families (or --max-families) only if the "
          "chain really holds this many families at once\n");
  }
  CHECK(fs::is_empty(out));  // nothing half-written, no temporary left
  // In Dutch (issue 17, item 10): Dutch words, Dutch decimal commas, names as written.
  auto nl = run_cli("run " + source_path("tests/e2e/data/mm1-unstable.yaml") +
                    " -q --lang nl --out " + out.string());
  CHECK(nl.code == 5);
  CHECK(
      nl.output ==
      "ketensim: fout: scenario 'mm1-unstable' is instabiel: replicatie 0 stopte op 2021-04-25, na 1,32 "
      "jaar, met 501 gezinnen in de keten, meer dan run.max_families (500)\n"
      "  langste wachtlijst: resource server, 500 wachtende gezinnen\n"
      "  gemeten vanaf de start: 982 gezinnen vroegen om server in 1,32 jaar (~746 per jaar); het houdt "
      "1 gezin tegelijk vast, elk gemiddeld 1,00 dagen, en helpt dus ~366 per jaar (geschat)\n"
      "  de meeste gezinnen zijn in stage service (501)\n"
      "  meer gezinnen vragen om server dan het kan helpen: voeg capaciteit toe, houd het korter vast of "
      "verlaag de aanmeldingen; verhoog run.max_families (of --max-families) alleen als de keten echt "
      "zoveel gezinnen tegelijk bevat\n");
  auto raised = run_cli("run " + source_path("tests/e2e/data/mm1-unstable.yaml") +
                        " -q -r 2 --max-families 100000 --out " + out.string());
  CHECK(raised.code == 0);
}

TEST_CASE(
    "a family a policy leaves too few places for stops the run, naming stage and resource (exit 5)") {
  // Issue 19, item 4: `check` cannot know it (the places fit on the start date), and the run
  // exited 0 with the family waiting for ever and nobody behind it served.
  fs::path out = scratch_directory("e2e-big-family");
  std::string scenario = source_path("tests/e2e/data/big-family.yaml");
  CHECK(run_cli("check " + scenario).code == 0);
  for (const char* threads : {"1", "2"}) {
    auto r = run_cli("run " + scenario + " -q -t " + threads + " --out " + out.string());
    CHECK(r.code == 5);
    CHECK(r.output ==
          "ketensim: error: scenario 'big-family' cannot serve a family: replication 0 stopped "
          "on 2020-04-10, after 0.27 years\n"
          "  a family of 6 children in stage 's' needs 6 places of resource 'bed' (one per "
          "child), and 'bed' has at most 4 places from then to the end of the run: the family "
          "would wait for ever, and every family queued behind it\n"
          "  give 'bed' at least 6 places, or keep families of more than 4 children out of "
          "stage 's'\n");
  }
  CHECK(fs::is_empty(out));
  auto nl = run_cli("run " + scenario + " -q --lang nl --out " + out.string());
  CHECK(nl.code == 5);
  CHECK(contains(
      nl.output,
      "ketensim: fout: scenario 'big-family' kan een gezin niet helpen: replicatie 0 stopte op "));
  CHECK(contains(
      nl.output,
      "  geef 'bed' minstens 6 plaatsen, of houd gezinnen van meer dan 4 kinderen buiten stage 's'"));
}

TEST_CASE(
    "a second interrupt ends the run at once: exit 130 (SIGINT) or 143 (SIGTERM), and no output set") {
  // Issue 19, item 15: the codes --help and the README document, as the shell reports a
  // program the signal ended; the run's files are published only whole, so none is there.
  for (const std::string& how : {std::string("3:TWICE"), std::string("3:TERM:TWICE")}) {
    CAPTURE(how);
    fs::path out = scratch_directory("e2e-twice");
    auto r = run_command(kSameDay + " KETENSIM_TEST_SIGNAL_AFTER=" + how + " " + KETENSIM_BINARY +
                         " " + slice_run(out, "--out") + " 2>&1; echo \"exit status $?\"");
    INFO(r.output);
    CHECK(contains(r.output,
                   how.find("TERM") == std::string::npos ? "exit status 130" : "exit status 143"));
    CHECK(contains(r.output, "interrupt again to quit at once"));
    for (const std::string& f : kRunFiles) CHECK_FALSE(fs::exists(out / f));
    CHECK_FALSE(fs::exists(out / "partial.json"));
  }
}

TEST_CASE("an interrupted run keeps its finished replications, and --resume ends byte-identical") {
  fs::path whole = scratch_directory("e2e-whole"), broken = scratch_directory("e2e-broken");
  REQUIRE(run_cli(slice_run(whole, "--out"), kSameDay).code == 0);
  CHECK_FALSE(fs::exists(whole / "partial.json"));

  auto first = run_cli(slice_run(broken, "--out"), kSameDay + " KETENSIM_TEST_SIGNAL_AFTER=3");
  INFO(first.output);
  CHECK(first.code == 6);
  CHECK(contains(first.output, "ketensim: interrupted by SIGINT after "));
  CHECK(contains(first.output, "  continue it with: ketensim run " +
                                   source_path("scenarios/haaglanden-jbt-slice.yaml") +
                                   " --replications 40 --seed 7 --resume " + broken.string()));
  for (const std::string& f : kRunFiles) CHECK(fs::exists(broken / f));
  std::string marker = read_text(broken / "partial.json");
  CHECK(contains(marker, "\"reason\": \"interrupted by SIGINT\""));
  CHECK(contains(read_text(broken / "summary.json"), "\"replications_planned\": 40"));
  CHECK(contains(read_text(broken / "report.html"), "\"partial\":{\"planned\":40"));
  CHECK_FALSE(contains(read_text(broken / "kpis.csv"), ",39,"));  // not every replication is there

  // Interrupted again while resuming, by SIGTERM this time, then finished.
  auto second =
      run_cli(slice_run(broken, "--resume"), kSameDay + " KETENSIM_TEST_SIGNAL_AFTER=20:TERM");
  INFO(second.output);
  CHECK(second.code == 6);
  CHECK(contains(second.output, "ketensim: interrupted by SIGTERM after "));
  auto last = run_cli(slice_run(broken, "--resume") + " --threads 1", kSameDay);
  INFO(last.output);
  CHECK(last.code == 0);
  CHECK_FALSE(fs::exists(broken / "partial.json"));
  for (const std::string& f : kRunFiles) {
    CAPTURE(f);
    CHECK(read_text(broken / f) == read_text(whole / f));
  }
}

TEST_CASE("--resume refuses a run of other numbers or without a saved partial run (exit 2)") {
  fs::path dir = scratch_directory("e2e-refused");
  REQUIRE(run_cli(slice_run(dir, "--out"), "KETENSIM_TEST_SIGNAL_AFTER=2").code == 6);
  auto other_seed = run_cli("run " + source_path("scenarios/haaglanden-jbt-slice.yaml") +
                            " -r 40 -s 8 -q --resume " + dir.string());
  CHECK(other_seed.code == 2);
  CHECK(other_seed.output == "ketensim: error: cannot resume " + dir.string() +
                                 ": the saved run has seed 7 and this one 8 (give --seed 7 to "
                                 "continue it)\n");
  auto other_file = run_cli("run " + source_path("tests/e2e/data/mmc.yaml") +
                            " -r 40 -s 7 -q --resume " + dir.string());
  CHECK(other_file.code == 2);
  CHECK(contains(other_file.output, "is not the one the saved run used"));
  fs::remove(dir / "partial.json");
  auto none = run_cli(slice_run(dir, "--resume"));
  CHECK(none.code == 2);
  CHECK(none.output == "ketensim: error: cannot resume " + dir.string() +
                           ": it holds no partial.json, so no interrupted run to continue\n");
}

TEST_CASE("an output directory that cannot be created fails before any work (exit 1)") {
  auto r = run_cli("run " + source_path("scenarios/haaglanden-jbt-slice.yaml") +
                   " -q --out /proc/ketensim-cannot-be-here");
  CHECK(r.code == 1);
  CHECK(r.output ==
        "ketensim: error: cannot create output directory /proc/ketensim-cannot-be-here\n");
}

TEST_CASE("compare, sweep and capacity stop on an interrupt and write nothing (exit 6)") {
  fs::path out = scratch_directory("e2e-compare-interrupted");
  auto r = run_cli("compare " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " " +
                       source_path("scenarios/examples/lagere-caseload-norm.yaml") +
                       " -r 40 -q --out " + out.string(),
                   "KETENSIM_TEST_SIGNAL_AFTER=2");
  INFO(r.output);
  CHECK(r.code == 6);
  CHECK(contains(r.output, "ketensim: interrupted: the comparison stopped after "));
  auto sweep =
      run_cli("sweep " + source_path("scenarios/haaglanden-jbt-slice.yaml") +
                  " --vary resources.jbw_jeugdbeschermers.fte=50,65 -r 40 -q --out " + out.string(),
              "KETENSIM_TEST_SIGNAL_AFTER=2");
  CHECK(sweep.code == 6);
  CHECK(contains(sweep.output, "ketensim: interrupted: the sweep stopped during point 1 of 2; "));
  auto capacity =
      run_cli("capacity " + source_path("tests/e2e/data/mmc.yaml") +
                  " --resource server --target \"wait_mean <= 0.3\" -r 40 -q --out " + out.string(),
              "KETENSIM_TEST_SIGNAL_AFTER=2");
  CHECK(capacity.code == 6);
  CHECK(contains(
      capacity.output,
      "ketensim: interrupted: the capacity search stopped at resources.server.places = 1;"));
  CHECK(fs::is_empty(out));
}
