// End to end: the ketensim command line as a user runs it.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "tests/support.h"

namespace fs = std::filesystem;
using ketensim::testing::source_path;

using ketensim::testing::contains;
using ketensim::testing::run_cli;
using ketensim::testing::temp_path;

namespace {

std::string read(const fs::path& p) {
  return ketensim::testing::read_text(p);
}

}  // namespace

TEST_CASE("--help documents the exit codes, --version prints the version") {
  auto help = run_cli("--help");
  CHECK(help.code == 0);
  CHECK(contains(help.output, "3  scenario error"));
  auto version = run_cli("--version");
  CHECK(version.code == 0);
  CHECK(contains(version.output, "ketensim 0."));
}

TEST_CASE("a wrong flag or a missing argument is a usage error (exit 2)") {
  CHECK(run_cli("run --no-such-flag x.yaml").code == 2);
  CHECK(run_cli("run").code == 2);
  CHECK(run_cli("frobnicate").code == 2);
  CHECK(run_cli("run " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " --replications 0")
            .code == 2);
}

TEST_CASE("an empty output path is a usage error naming the option") {
  // Issue 19: -o "" got as far as "cannot create output directory " with no name.
  auto r = run_cli("run " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " -r 1 -o ''");
  CHECK(r.code == 2);
  CHECK(r.output.find("must not be empty: give a path") != std::string::npos);
  CHECK(run_cli("graph " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " -o ''").code ==
        2);
}

TEST_CASE("check accepts the shipped scenario and rejects a bad one with every problem (exit 3)") {
  auto ok = run_cli("check " + source_path("scenarios/haaglanden-jbt-slice.yaml"));
  CHECK(ok.code == 0);
  CHECK(contains(ok.output, ": ok: scenario 'haaglanden-jbt-slice'"));
  auto bad = run_cli("check " + source_path("tests/e2e/data/four-problems.yaml"));
  CHECK(bad.code == 3);
  INFO(bad.output);
  CHECK(contains(bad.output, "four-problems.yaml:4:"));
  CHECK(contains(bad.output, "resources.jbw.fte"));
  CHECK(contains(bad.output, "resources.jbw.queu: unknown key 'queu'"));
  CHECK(contains(bad.output, "did you mean 'queue'?"));
  CHECK(contains(bad.output, "stages.jbt.next: probabilities must sum to 1"));
  CHECK(contains(bad.output, "stages.jbt.next[0].to: no stage or exit named 'raadsonderzoke'"));
  CHECK(contains(bad.output, "did you mean 'raadsonderzoek'?"));
}

TEST_CASE("a missing scenario file is a scenario error naming the file") {
  auto r = run_cli("check /nonexistent/x.yaml");
  CHECK(r.code == 3);
  CHECK(contains(r.output, "/nonexistent/x.yaml"));
}

TEST_CASE("run writes the CSV and JSON files and prints where they went") {
  fs::path out = temp_path("e2e-run");
  fs::remove_all(out);
  auto r = run_cli("run " + source_path("scenarios/haaglanden-jbt-slice.yaml") +
                   " --replications 4 --seed 7 --threads 1 --out " + out.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  // The speed line, as tools/benchmarks/measure.py reads it: "N events in S s on 1 thread (".
  CHECK(contains(r.output, " events in "));
  CHECK(contains(r.output, " s on 1 thread ("));
  CHECK(contains(r.output, "Full output: " + (out / "summary.csv").string()));
  // No stage of the slice leads to the built-in exit 'exit': its row of zeros is left out of
  // the headlines (the files keep it).
  CHECK(contains(r.output, "exits geen_maatregel"));
  CHECK(!contains(r.output, "exits exit "));
  CHECK(contains(read(out / "summary.csv"), "\nexits,exit,all,families,4,0,"));
  CHECK(read(out / "kpis.csv").rfind("kpi,subject,period,unit,replication,value\n", 0) == 0);
  CHECK(read(out / "summary.csv").rfind("kpi,subject,period,unit,n,mean,ci95_low,ci95_high", 0) ==
        0);
  CHECK(contains(read(out / "summary.json"), "\"seed\": 7"));
  // Each stream's demand, stated for the years after the last one known (the report shows it).
  CHECK(contains(read(out / "summary.json"), "\"demand\": \"195 a year in 2020, flat\""));
}

TEST_CASE("the same seed gives byte-identical files at 1 and 2 threads") {
  fs::path a = temp_path("e2e-t1"), b = temp_path("e2e-t2");
  std::string base =
      "run " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " -r 6 -s 99 -q ";
  REQUIRE(run_cli(base + "--threads 1 --out " + a.string()).code == 0);
  REQUIRE(run_cli(base + "--threads 2 --out " + b.string()).code == 0);
  for (const char* f : {"kpis.csv", "summary.csv", "summary.json"})
    CHECK(read(a / f) == read(b / f));
}

TEST_CASE("graph writes Graphviz dot of the flow") {
  auto r = run_cli("graph " + source_path("scenarios/haaglanden-jbt-slice.yaml"));
  CHECK(r.code == 0);
  CHECK(contains(r.output, "digraph \"haaglanden-jbt-slice\""));
  CHECK(contains(r.output, "\"jbt\" -> \"raadsonderzoek\" [label=\"0.673\"]"));
}

TEST_CASE("run: byte-identical files at 1, 2 and 4 threads, precision.csv included") {
  std::string base = "run " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " -r 5 -s 3 -q ";
  fs::path dirs[3];
  int threads[3] = {1, 2, 4};
  for (int i = 0; i < 3; ++i) {
    dirs[i] = temp_path("e2e-run-t" + std::to_string(threads[i]));
    REQUIRE(run_cli(base + "--threads " + std::to_string(threads[i]) + " --out " + dirs[i].string())
                .code == 0);
  }
  CHECK(read(dirs[0] / "precision.csv")
            .rfind("kpi,subject,period,unit,n,mean,half_width,relative_half_width", 0) == 0);
  for (const char* f : {"kpis.csv", "summary.csv", "summary.json", "precision.csv"}) {
    CHECK(read(dirs[0] / f) == read(dirs[1] / f));
    CHECK(read(dirs[0] / f) == read(dirs[2] / f));
  }
}

TEST_CASE(
    "compare: paired differences in a table and in files, byte-identical at 1 and 2 threads") {
  std::string base = "compare " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " " +
                     source_path("scenarios/examples/lagere-caseload-norm.yaml") + " -r 6 -s 5 ";
  fs::path a = temp_path("e2e-compare-t1"), b = temp_path("e2e-compare-t2");
  auto r = run_cli(base + "--threads 1 --out " + a.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(r.output, "haaglanden-jbt-slice-lagere-norm against haaglanden-jbt-slice"));
  CHECK(contains(r.output, "wait_mean jbw_jeugdbeschermers"));
  CHECK(contains(r.output, "In words, the significant differences:"));
  REQUIRE(run_cli(base + "-q --threads 2 --out " + b.string()).code == 0);
  CHECK(read(a / "compare.csv").rfind("kpi,subject,period,unit,base,alternative,base_mean", 0) ==
        0);
  for (const char* f : {"compare.csv", "compare.json"}) CHECK(read(a / f) == read(b / f));
  CHECK(run_cli("compare " + source_path("scenarios/haaglanden-jbt-slice.yaml")).code ==
        2);  // one scenario
}

TEST_CASE(
    "compare: a significant difference smaller than the rounding is said as such, with its digits") {
  fs::path out = temp_path("e2e-compare-small");
  auto r = run_cli("compare " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " " +
                   source_path("tests/e2e/data/slice-jbt-a-moment-longer.yaml") +
                   " -r 6 -s 5 --out " + out.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  // Every family passing the JBT leaves 0.001 day later: the table shows the difference's digits.
  CHECK(contains(r.output, "+0.00100 (0.00100 .. 0.00100)"));
  CHECK(contains(r.output,
                 "lead_time_mean is 317.6 days in both when rounded (difference 0.00100 days"));
  CHECK_FALSE(contains(r.output, "rises from 317.6 days to 317.6 days"));
}

TEST_CASE("capacity: the M/M/c answer, and a target that cannot be read is a usage error") {
  fs::path out = temp_path("e2e-capacity");
  auto r = run_cli("capacity " + source_path("tests/e2e/data/mmc.yaml") +
                   " --resource server --target \"wait_mean <= 0.3\" -q --out " + out.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  std::string csv = read(out / "capacity.csv");
  CHECK(
      csv.rfind(
          "resource,parameter,unit,period,target,kpi,kpi_subject,current,capacity,plausible,on_mean",
          0) == 0);
  CHECK(contains(
      csv, "server,resources.server.places,places,all,\"wait_mean <= 0.3\",wait_mean,server,1,6,"));
  std::string curve = read(out / "capacity_curve.csv");
  CHECK(
      curve.rfind(
          "period,capacity,kpi,kpi_mean,kpi_ci95_low,kpi_ci95_high,meets_on_mean,meets_with_interval,replications\n",
          0) == 0);
  CHECK(contains(curve, "\nall,6,wait_mean,"));
  CHECK(contains(curve, "\nall,5,wait_mean,"));  // the capacity below the answer, which misses
  auto bad = run_cli("capacity " + source_path("tests/e2e/data/mmc.yaml") +
                     " --resource server --target \"wait 3\"");
  CHECK(bad.code == 2);
  CHECK(contains(bad.output, "target 'wait 3': no comparison"));
}

TEST_CASE("sweep: one row per point and KPI, the parameter first") {
  fs::path out = temp_path("e2e-sweep");
  auto r = run_cli("sweep " + source_path("scenarios/haaglanden-jbt-slice.yaml") +
                   " --vary resources.jbw_jeugdbeschermers.fte=50,65 -r 3 --out " + out.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(r.output, "resources.jbw_jeugdbeschermers.fte = 50"));
  CHECK(read(out / "sweep.csv")
            .rfind("resources.jbw_jeugdbeschermers.fte,kpi,subject,period,unit,n,mean", 0) == 0);
  auto bad = run_cli("sweep " + source_path("scenarios/haaglanden-jbt-slice.yaml") +
                     " --vary resources.jbw.fte=1,2");
  CHECK(bad.code == 2);
  CHECK(contains(bad.output,
                 "ketensim: error: parameter 'resources.jbw.fte': no resource named 'jbw'"));
}

TEST_CASE("run --uncertainty N: a second interval per headline KPI, from chance and assumptions") {
  fs::path out = temp_path("e2e-uncertainty");
  fs::remove_all(out);
  auto r = run_cli("run " + source_path("scenarios/haaglanden-jbt-slice.yaml") +
                   " -r 3 --uncertainty 4 --seed 7 --out " + out.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(r.output, "With the uncertain inputs: 4 draws x 3 replications"));
  std::string csv = read(out / "uncertainty.csv");
  CHECK(csv.rfind("kpi,subject,period,unit,mean,chance_ci95_low,chance_ci95_high,mean_over_draws,",
                  0) == 0);
  CHECK(contains(csv, "utilisation,plaatsen_uithuis,all,share,"));
  CHECK(contains(read(out / "uncertainty.json"), "\"draw_values\""));
  // Without uncertain inputs it is refused before anything is run or written.
  fs::path none = temp_path("e2e-uncertainty-none");
  fs::remove_all(none);
  auto refused = run_cli("run " + source_path("tests/scenario/data/minimal.yaml") +
                         " --uncertainty 3 --out " + none.string());
  CHECK(refused.code == 2);
  CHECK(contains(refused.output, "has no uncertain inputs"));
  CHECK(!fs::exists(none));
}

TEST_CASE("compare --uncertainty N: whether a difference holds over the plausible assumptions") {
  fs::path dir = temp_path("e2e-compare-uncertainty");
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "fewer-fte.yaml")
      << "extend: " << source_path("scenarios/haaglanden-jbt-slice.yaml")
      << "\nscenario: fewer-fte\npolicies:\n"
         "  - {from: 2021-01-01, set: {resources.jbw_jeugdbeschermers.fte: 40}}\n";
  auto r = run_cli("compare " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " " +
                   (dir / "fewer-fte.yaml").string() + " -r 3 --uncertainty 5 --out " +
                   (dir / "out").string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(r.output, "fewer-fte over the uncertain inputs: 5 draws x 3 replications"));
  std::string csv = read(dir / "out" / "compare_uncertainty.csv");
  // 40 fte instead of 55 .. 75 from 2021: the caseloads are fuller at every draw.
  CHECK(
      contains(csv, "haaglanden-jbt-slice,fewer-fte,utilisation,jbw_jeugdbeschermers,all,share,"));
  std::size_t row = csv.find("utilisation,jbw_jeugdbeschermers,all,share,");
  std::string line = csv.substr(row, csv.find('\n', row) - row);
  CHECK(contains(line, ",1,0,5,3"));  // higher in every draw, lower in none
  // An alternative may add inputs of its own after the base's (a policy's effect size): the
  // draws span both, the base's come first and are the same in both scenarios.
  std::ofstream(dir / "own-inputs.yaml")
      << "extend: fewer-fte.yaml\nscenario: own-inputs\nuncertain:\n"
         "  - {path: stages.ots_afronding.duration.lognormal.median_days, name: extra, "
         "distribution: {uniform: {min: 200, max: 400}}, source: test}\n";
  auto own = run_cli("compare " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " " +
                     (dir / "own-inputs.yaml").string() + " -r 3 --uncertainty 5 --out " +
                     (dir / "out2").string());
  INFO(own.output);
  REQUIRE(own.code == 0);
  std::string own_csv = read(dir / "out2" / "compare_uncertainty.csv");
  std::size_t own_row = own_csv.find("utilisation,jbw_jeugdbeschermers,all,share,");
  CHECK(contains(own_csv.substr(own_row, own_csv.find('\n', own_row) - own_row), ",1,0,5,3"));
  // The other way round the alternative lacks the base's input 'extra': refused.
  auto refused = run_cli("compare " + (dir / "own-inputs.yaml").string() + " " +
                         (dir / "fewer-fte.yaml").string() + " -r 3 --uncertainty 5 --out " +
                         (dir / "out3").string());
  CHECK(refused.code == 2);
  CHECK(contains(refused.output, "'fewer-fte' lacks or reorders uncertain inputs of 'own-inputs'"));
}

TEST_CASE(
    "compare: the answer first says a share's change in percentage points, euros in millions") {
  // 700 families a year of 0.9 days at two places; a third place makes far fewer wait, one
  // place far more. A place costs 1.5 mln euro a day in use (by hand, to read in millions).
  fs::path dir = temp_path("e2e-compare-points");
  fs::remove_all(dir);
  fs::create_directories(dir);
  auto queue = [](const std::string& name, int places, bool costs) {
    return "scenario: " + name +
           "\nrun: {start: 2020-01-01, years: 2, replications: 6, seed: 3}\n"
           "resources: {server: {kind: places, places: " +
           std::to_string(places) + "}}\n" +
           (costs ? "costs: {resources: {server: {per_day: 1500000, assumption: \"by hand\"}}}\n"
                  : "") +
           "arrivals: {a: {into: service, families_per_year: 700}}\n"
           "stages:\n  service:\n    acquire: [server]\n    duration: {exponential: {mean_days: 0.9}}\n"
           "    next: [{to: exit}]\n";
  };
  auto summary_of = [&](const std::string& base, const std::string& alternative) {
    auto r = run_cli("compare " + (dir / base).string() + " " + (dir / alternative).string() +
                     " --out " + (dir / "out").string());
    INFO(r.output);
    CHECK(r.code == 0);
    return r.output.substr(0, r.output.find("Whole run:"));
  };
  ketensim::testing::write_text(dir / "two.yaml", queue("two", 2, false));
  ketensim::testing::write_text(dir / "three.yaml", queue("three", 3, false));
  std::string fewer = summary_of("two.yaml", "three.yaml");
  INFO(fewer);
  CHECK(contains(fewer, "waited_share server: better, "));
  CHECK(contains(fewer, " percentage points lower in 2021 ("));
  ketensim::testing::write_text(dir / "two-costs.yaml", queue("two", 2, true));
  ketensim::testing::write_text(dir / "one-costs.yaml", queue("one", 1, true));
  std::string dearer = summary_of("two-costs.yaml", "one-costs.yaml");
  INFO(dearer);
  CHECK(contains(dearer, " mln euro -> "));
  // Two fte more at 80,000 euro a year: the cost of each family fewer in the queue.
  auto staff = [](const std::string& name, int fte) {
    return "scenario: " + name +
           "\nrun: {start: 2020-01-01, years: 2, replications: 6, seed: 3}\n"
           "resources: {staff: {kind: caseload, per: family, fte: " +
           std::to_string(fte) +
           ", caseload_norm: 10}}\n"
           "costs: {resources: {staff: {per_fte_year: 80000, assumption: \"by hand\"}}}\n"
           "arrivals: {a: {into: service, families_per_year: 380}}\n"
           "stages:\n  service:\n    acquire: [staff]\n    duration: {exponential: {mean_days: 100}}\n"
           "    next: [{to: exit}]\n";
  };
  ketensim::testing::write_text(dir / "fte10.yaml", staff("fte10", 10));
  ketensim::testing::write_text(dir / "fte12.yaml", staff("fte12", 12));
  std::string priced = summary_of("fte10.yaml", "fte12.yaml");
  INFO(priced);
  CHECK(contains(priced, "in 2021 it costs 160000.0 euro more for "));
  CHECK(contains(priced, " fewer families (queue_end staff): "));
}

namespace {

// The sheet names and the first row's texts of an .xlsx (a zip of XML), read by Python's
// zipfile, which every machine that runs this suite has (tools/install-deps).
std::string sheets_and_header(const fs::path& xlsx) {
  auto r = ketensim::testing::run_command(
      "/usr/bin/python3 -c \"import re,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); "
      "print(re.findall(r'<sheet name=.([^\\\"]+).', z.read('xl/workbook.xml').decode())); "
      "print(re.findall(r'<t>([^<]*)</t>', z.read('xl/sharedStrings.xml').decode())[:12])\" " +
      xlsx.string());
  return r.output;
}

}  // namespace

TEST_CASE(
    "run --xlsx and compare --xlsx: a workbook with Dutch headers, the same bytes at any thread count") {
  fs::path dir = temp_path("e2e-xlsx");
  fs::remove_all(dir);
  std::string slice = source_path("scenarios/haaglanden-jbt-slice.yaml");
  const std::string same_day = "SOURCE_DATE_EPOCH=1700000000";
  REQUIRE(run_cli("run " + slice + " -r 3 -q --xlsx --lang nl -t 1 -o " + (dir / "a").string(),
                  same_day)
              .code == 0);
  REQUIRE(run_cli("run " + slice + " -r 3 -q --xlsx --lang nl -t 2 -o " + (dir / "b").string(),
                  same_day)
              .code == 0);
  CHECK(read(dir / "a" / "results.xlsx") == read(dir / "b" / "results.xlsx"));
  CHECK(contains(read(dir / "a" / "manifest.json"), "results.xlsx"));
  std::string run = sheets_and_header(dir / "a" / "results.xlsx");
  INFO(run);
  CHECK(contains(run, "['Samenvatting', 'Per jaar']"));
  CHECK(contains(
      run,
      "'cijfer', 'kpi', 'onderwerp', 'eenheid', 'gemiddelde', 'bi95_onder', 'bi95_boven', 'n'"));

  REQUIRE(run_cli("compare " + slice + " " +
                  source_path("scenarios/examples/lagere-caseload-norm.yaml") +
                  " -r 3 -q --xlsx -o " + (dir / "c").string())
              .code == 0);
  std::string compared = sheets_and_header(dir / "c" / "compare.xlsx");
  INFO(compared);
  CHECK(contains(compared, "['Comparison']"));
  CHECK(contains(compared, "'alternative', 'figure', 'kpi', 'subject', 'period', 'unit', 'base'"));
  CHECK_FALSE(fs::exists(dir / "a" / "compare.xlsx"));
}

TEST_CASE(
    "compare: at a maximum below the first look it says whether the differences are already within target") {
  fs::path dir = temp_path("e2e-compare-short");
  fs::remove_all(dir);
  fs::create_directories(dir);
  // The same chain under another name: every paired difference is exactly 0.
  std::ofstream(dir / "same.yaml")
      << "extend: " << source_path("scenarios/haaglanden-jbt-slice.yaml") << "\nscenario: same\n";
  auto r = run_cli("compare " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " " +
                   (dir / "same.yaml").string() + " -r 5 --out " + (dir / "out").string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(
      r.output,
      "Ran all 5 replications, the most allowed (--replications); every headline difference is "
      "within its target there"));
  // The built-in exit 'exit', which no stage of the slice leads to, has no row of zeros.
  CHECK(contains(r.output, "exits geen_maatregel"));
  CHECK(!contains(r.output, "exits exit "));
  CHECK(!contains(r.output, "not every headline difference"));
}

// AddressSanitizer reserves terabytes of address space, so a limit on it fails every program.
#if defined(__SANITIZE_ADDRESS__)
#define KETENSIM_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KETENSIM_TEST_ASAN 1
#endif
#endif

TEST_CASE("a run that runs out of memory says so in words, in English and Dutch, and exits 1") {
#ifdef KETENSIM_TEST_ASAN
  MESSAGE("not run under AddressSanitizer: it cannot start under a limit on address space");
#else
  // A million families a year that each stay 55 years: the chain holds tens of millions.
  auto path = temp_path("out-of-memory.yaml");
  ketensim::testing::write_text(path,
                                "scenario: big\n"
                                "run: {start: 2020-01-01, years: 30, replications: 1, seed: 1, "
                                "max_families: 100000000}\n"
                                "arrivals: {a: {into: x, families_per_year: 1000000}}\n"
                                "stages: {x: {duration: {days: 20000}, next: [{to: exit}]}}\n");
  std::string args = "run " + path.string() + " -q -t 1 -o " + temp_path("out-of-memory").string();
  for (const auto& [language, words] :
       {std::pair{"en", "ketensim: error: out of memory: "},
        std::pair{"nl", "ketensim: fout: onvoldoende geheugen: "}}) {
    auto r = run_cli(args + " --lang " + language, "ulimit -v 400000;");
    INFO(r.output);
    CHECK(r.code == 1);
    CHECK(contains(r.output, words));
    CHECK_FALSE(contains(r.output, "bad_alloc"));
  }
#endif
}
