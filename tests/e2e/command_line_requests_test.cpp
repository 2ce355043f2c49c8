// End to end: numbers on the command line are held to the rules the scenario file's own
// numbers are held to (issue 19, item 8), and compare and sweep refuse requests that would
// give misleading output (items 6 and 7).
#include <doctest/doctest.h>

#include <regex>

#include "tests/support.h"

using ketensim::testing::contains;
using ketensim::testing::run_cli;
using ketensim::testing::source_path;
using ketensim::testing::temp_path;
using ketensim::testing::write_text;

namespace {

std::string mmc() {
  return source_path("tests/e2e/data/mmc.yaml");
}

}  // namespace

TEST_CASE("a --seed outside 0..2^64-1 is refused, not wrapped or saturated") {
  for (std::string seed : {"-1", "18446744073709551616", "99999999999999999999999", "7x"}) {
    auto r = run_cli("run " + mmc() + " -r 2 -q --seed " + seed + " -o " +
                     temp_path("numbers-seed").string());
    INFO(seed, r.output);
    CHECK(r.code == 2);
    CHECK(contains(
        r.output,
        "--seed: must be a whole number from 0 to 18446744073709551615; found '" + seed + "'"));
  }
  for (std::string command : {"sweep", "capacity", "compare", "sensitivity", "validate"}) {
    INFO(command);
    CHECK(contains(run_cli(command + " x.yaml y.yaml --seed -1").output,
                   "--seed: must be a whole number"));
  }
  auto top = run_cli("run " + mmc() + " -r 2 -q --seed 18446744073709551615 -o " +
                     temp_path("numbers-seed").string());
  CHECK(top.code == 0);
}

TEST_CASE("--precision and --material refuse NaN and infinities") {
  for (std::string value : {"nan", "NaN", "inf", "-1"}) {
    auto r = run_cli("run " + mmc() + " -r 2 -q --precision " + value);
    INFO(value, r.output);
    CHECK(r.code == 2);
    CHECK(contains(r.output, "--precision: must be a number from 0 to 10; found '" + value + "'"));
  }
  auto material = run_cli("compare " + mmc() + " " + mmc() + " --material nan");
  CHECK(material.code == 2);
  CHECK(contains(material.output, "--material: must be a number from 0 to 100; found 'nan'"));
}

TEST_CASE("--replications is held to the run-size limit the file's run.replications is") {
  auto path = temp_path("numbers-long.yaml");
  write_text(path,
             "scenario: long\n"
             "run: {start: 2020-01-01, years: 100, replications: 2, seed: 1}\n"
             "arrivals: {a: {into: s, families_per_year: 1461}}\n"
             "stages: {s: {duration: {days: 1}, next: [{to: exit}]}}\n");
  auto r =
      run_cli("run " + path.string() + " -q -r 1000000 -o " + temp_path("numbers-long").string());
  INFO(r.output);
  CHECK(r.code == 2);
  CHECK(contains(r.output,
                 "--replications 1000000: too large a run: some 1.46e+11 families would "
                 "arrive over all replications (1000000 replications of 1.46e+05 "
                 "families); at most 1e+10 families"));
  CHECK(run_cli("sweep " + path.string() + " -r 1000000 --vary run.years=1,2").code == 2);
  // calibrate's -r (replications per evaluation) too, before any evaluation runs.
  auto spec = temp_path("numbers-long-spec.yaml");
  write_text(spec,
             "calibration: long\n"
             "replications: 2\n"
             "parameters: [{path: stages.s.duration.days, min: 1, max: 5}]\n");
  auto c = run_cli("calibrate " + path.string() + " --spec " + spec.string() + " -q -r 100000 -o " +
                   temp_path("numbers-long-calibration").string());
  INFO(c.output);
  CHECK(c.code == 2);
  CHECK(contains(c.output,
                 "--replications 100000: too large a run: some 1.46e+10 families would "
                 "arrive over all replications (100000 replications of 1.46e+05 "
                 "families); at most 1e+10 families"));
}

TEST_CASE("compare refuses two scenarios of one name, naming both files") {
  // Issue 19, item 7: the second report was written over the first.
  auto copy = temp_path("numbers-mmc-copy.yaml");
  write_text(copy, ketensim::testing::read_text(mmc()));
  auto out = temp_path("numbers-compare");
  auto r = run_cli("compare " + mmc() + " " + copy.string() + " -r 2 -q -o " + out.string());
  INFO(r.output);
  CHECK(r.code == 2);
  CHECK(contains(r.output, "compare: " + mmc() + " and " + copy.string() +
                               " are both scenario 'mmc'; give each a different `scenario:` name"));
}

TEST_CASE("one replication prints its mean with no interval, in English and Dutch") {
  // Issue 19, item 15: it printed a zero-width "95% CI 1.23 .. 1.23".
  auto out = temp_path("numbers-one").string();
  auto r = run_cli("run " + mmc() + " -r 1 -o " + out);
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(r.output, "(one replication: no 95% CI)"));
  CHECK(!contains(r.output, "(95% CI "));
  auto nl = run_cli("run " + mmc() + " -r 1 --lang nl -o " + out);
  CHECK(contains(nl.output, "(één replicatie: geen 95%-BI)"));
  // The speed line too: "1,52 s" and "0,3 miljoen", not "1.52 s".
  CHECK(std::regex_search(
      nl.output, std::regex(R"(gebeurtenissen in [0-9]+,[0-9]{2} s op .*\([0-9]+,[0-9] miljoen)")));
  CHECK(contains(run_cli("run " + mmc() + " -r 2 -o " + out).output, "(95% CI "));
}

TEST_CASE("--max-families below the initial stock is refused before the stock is built") {
  auto path = temp_path("numbers-stock.yaml");
  write_text(path,
             "scenario: stock\n"
             "run: {start: 2020-01-01, years: 1, replications: 1, seed: 1}\n"
             "arrivals: {a: {into: s, families_per_year: 10}}\n"
             "stages: {s: {duration: {days: 1}, next: [{to: exit}]}}\n"
             "initial: [{stage: s, families: 5000}]\n");
  auto r = run_cli("run " + path.string() + " -q --max-families 4999 -o " +
                   temp_path("numbers-stock").string());
  INFO(r.output);
  CHECK(r.code == 2);
  CHECK(contains(r.output,
                 "--max-families 4999: the initial stock alone is more families than "
                 "run.max_families allows alive at once"));
  CHECK(run_cli("run " + path.string() + " -q --max-families 5000 -o " +
                temp_path("numbers-stock").string())
            .code == 0);
}

TEST_CASE("extend and published_figures naming some other file quote none of it") {
  // Issue 19, item 13: `extend: /etc/passwd` showed the file's first line, and its whole text
  // as "found".
  auto secret = temp_path("numbers-secret.txt");
  write_text(secret, "root:SECRET-LINE:0:0\nsecond:SECRET-TOO\n");
  auto base = temp_path("numbers-extends-secret.yaml");
  write_text(base, "extend: " + secret.string() + "\nscenario: x\n");
  auto r = run_cli("check " + base.string());
  INFO(r.output);
  CHECK(r.code == 3);
  CHECK(contains(r.output, secret.string() + ": error: is not a ketensim scenario file"));
  CHECK(!contains(r.output, "SECRET"));
  auto figures = temp_path("numbers-figures-secret.yaml");
  write_text(figures,
             "extend: " + mmc() + "\nscenario: y\npublished_figures: " + secret.string() + "\n");
  auto v =
      run_cli("validate " + figures.string() + " -r 2 -q -o " + temp_path("numbers-v").string());
  INFO(v.output);
  CHECK(v.code == 3);
  CHECK(contains(v.output, secret.string() + ": error: is not a ketensim figures file"));
  CHECK(!contains(v.output, "SECRET"));
  write_text(secret, "password: SECRET-LINE\n");  // a map, but not of figures
  v = run_cli("validate " + figures.string() + " -r 2 -q -o " + temp_path("numbers-v").string());
  CHECK(contains(v.output, "is not a ketensim figures file"));
  CHECK(!contains(v.output, "SECRET"));
}

TEST_CASE(
    "a file extend or published_figures names that is not valid YAML, or a map of no scenario, shows none of its text") {
  // Issue 19, item 13, the rest: a YAML syntax error quoted the line it was found on (a line
  // of a password file with ': ' in it, an environment block), and a map with no scenario
  // section had its keys quoted as unknown.
  auto secret = temp_path("numbers-secret-2.txt");
  auto top = temp_path("numbers-extends-secret-2.yaml");
  write_text(top, "extend: " + secret.string() + "\n");
  auto figures = temp_path("numbers-figures-secret-2.yaml");
  write_text(figures,
             "extend: " + mmc() + "\nscenario: y\npublished_figures: " + secret.string() + "\n");
  const char environment_block[] = "A=SECRET-B\0B=\"\\SECRET-B\"\0";
  const std::string password_lines =
      "root:x:0:0:root: SECRET-A\nbin:x:1:1:bin: SECRET-A: /bin/sh\n";
  const std::vector<std::string> texts = {
      password_lines,
      "second: [SECRET-A\n",
      std::string(environment_block, sizeof environment_block - 1),
      "password: SECRET-C\ntoken: SECRET-C\n",
  };
  for (const std::string& text : texts) {
    write_text(secret, text);
    auto r = run_cli("check " + top.string());
    INFO(r.output);
    CHECK(r.code == 3);
    CHECK(contains(r.output, secret.string()));
    CHECK(contains(r.output, "is not a ketensim scenario file"));
    CHECK(!contains(r.output, "SECRET"));
    auto v = run_cli("validate " + figures.string() + " -r 2 -q -o " +
                     temp_path("numbers-v-2").string());
    INFO(v.output);
    CHECK(v.code == 3);
    CHECK(contains(v.output, "is not a ketensim figures file"));
    CHECK(!contains(v.output, "SECRET"));
  }
  write_text(secret, password_lines);
  auto r = run_cli("check " + top.string());
  CHECK(contains(r.output, secret.string() + ":2:"));  // the place is still given
}

TEST_CASE("validate: --spec and --max-evaluations belong to --backtest, which they bound") {
  for (std::string option : {"--spec x.yaml", "--max-evaluations 3"}) {
    auto r = run_cli("validate " + mmc() + " " + option);
    INFO(option, r.output);
    CHECK(r.code == 2);
    CHECK(contains(r.output, "requires --backtest"));
  }
  auto scenario = temp_path("backtest-budget.yaml"),
       figures = temp_path("backtest-budget-figures.yaml"),
       spec = temp_path("backtest-budget-spec.yaml");
  write_text(scenario,
             "scenario: budget\n"
             "run: {start: 2020-01-01, years: 2, replications: 4, seed: 1}\n"
             "arrivals: {a: {into: s, families_per_year: 300}}\n"
             "stages: {s: {duration: {exponential: {mean_days: 60}}, next: [{to: exit}]}}\n");
  write_text(
      figures,
      "figures: budget\n"
      "tolerance: {flow: 0.1}\n"
      "items:\n"
      "  - {kpi: stage_entries, subject: s, period: 2020, value: 320, kind: flow, role: fit, source: test}\n"
      "  - {kpi: stage_entries, subject: s, period: 2021, value: 330, kind: flow, role: test, source: test}\n");
  write_text(spec,
             "calibration: budget\n"
             "replications: 2\n"
             "parameters: [{path: arrivals.a.families_per_year, min: 100, max: 600}]\n");
  auto out = temp_path("backtest-budget-out");
  auto r = run_cli("validate " + scenario.string() + " --figures " + figures.string() + " --spec " +
                   spec.string() + " --backtest 2020 --max-evaluations 3 -q -o " + out.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(ketensim::testing::read_text(out / "backtest.md"),
                 "maximum evaluations reached after 3 evaluations"));
}
