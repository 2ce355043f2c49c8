// Reports opened the way a reader opens them: in a browser (headless Chromium), from a file,
// with the network unreachable. The charts must render (SVG elements in every chart, no
// script error, every section present); screenshots are kept as test artefacts under
// <build>/test-artefacts/report/. The test is skipped only where Chromium is not installed
// and this is not CI: tools/install-deps installs it, so CI always runs it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <regex>

#include "output/report/report.h"
#include "tests/report/headless_chromium.h"
#include "tests/report/report_test_support.h"
#include "tests/support.h"

using namespace ketensim;
namespace fs = std::filesystem;

namespace {

bool chromium_or_skip() {
  if (testing::chromium_program()) return true;
  if (std::getenv("CI")) FAIL("chromium is not installed in CI: tools/install-deps installs it");
  MESSAGE("chromium not installed here: browser test skipped");
  return false;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

int body_number(const std::string& dom, const std::string& attribute) {
  std::smatch m;
  if (!std::regex_search(dom, m, std::regex("<body[^>]*" + attribute + "=\"(\\d+)\""))) return -1;
  return std::stoi(m[1]);
}

// Chart containers that hold a drawn <svg> (ECharts' SVG renderer output).
int drawn_charts(const std::string& dom) {
  std::regex drawn("<div class=\"chart[^\"]*\"[^>]*>\\s*<div[^>]*>\\s*<svg");
  return static_cast<int>(
      std::distance(std::sregex_iterator(dom.begin(), dom.end(), drawn), std::sregex_iterator()));
}

void check_rendered(const std::string& dom, int min_charts) {
  REQUIRE_MESSAGE(!dom.empty(), "chromium produced no DOM");
  CHECK(body_number(dom, "data-ready") == 1);
  auto errors = dom.find("id=\"report-errors\"");
  CHECK_MESSAGE(body_number(dom, "data-errors") == 0,
                dom.substr(errors == std::string::npos ? 0 : errors, 600));
  int charts = body_number(dom, "data-charts");
  CHECK(charts >= min_charts);
  CHECK(drawn_charts(dom) == charts);  // every chart made was drawn
}

}  // namespace

TEST_CASE("the default run's report renders its charts offline in headless Chromium") {
  if (!chromium_or_skip()) return;
  fs::path dir = testing::artefact_dir("default-run");
  std::string cmd = std::string(KETENSIM_BINARY) + " run " +
                    testing::source_path("scenarios/haaglanden-jbt-slice.yaml") +
                    " --replications 20 --quiet --out " + dir.string();
  REQUIRE(std::system(cmd.c_str()) == 0);
  REQUIRE(fs::exists(dir / "report.html"));

  std::string dom = testing::dump_dom(dir / "report.html");
  check_rendered(dom, 12);
  for (auto id :
       {"section-scenario", "section-key", "section-depends", "section-flow", "section-chain",
        "section-stocks", "section-waiting", "section-staff", "section-places"}) {
    CHECK_MESSAGE(has(dom, std::string("id=\"") + id + "\""), id);
  }
  CHECK(has(dom, "class=\"flow-svg\"><svg"));  // Graphviz drew the flow
  CHECK(has(dom, "haaglanden-jbt-slice"));
  CHECK(has(dom, "Caseload: cases per working fte"));
  // What the answer depends on: the slice's eight ranges, each with its source.
  CHECK(has(dom, "id=\"uncertain-inputs\""));
  CHECK(has(dom, "<td class=\"text\">uniform(55 .. 75)</td>"));
  // And the demand each stream assumes, year by year.
  CHECK(has(dom, "id=\"demand\""));
  CHECK(has(dom, "Demand per stream, year by year ("));
  CHECK(testing::screenshot(dir / "report.html", dir / "report-screenshot.png", 1280, 2400));
}

namespace {

// The run's catalog plus a KPI family the model may add later (norm_*), with made-up values.
struct WithNorms {
  stats::KpiCatalog catalog;
  std::vector<stats::Summary> summaries;
};

WithNorms with_norm_kpi(const testing::SmallRun& run) {
  WithNorms w{run.result.catalog, run.summaries};
  w.catalog.add(
      {"norm_met_share", "share", "share of families whose clock stopped within the norm"},
      {"passende_jeugdhulp"});
  stats::Summary s;
  s.n = 6, s.mean = 0.7, s.ci_low = 0.65, s.ci_high = 0.75;
  w.summaries.resize(w.catalog.size(), s);
  return w;
}

// The small run's comparison report, with the norm_* family, in `language`, as Chromium
// shows it; a screenshot is kept beside it.
std::string comparison_dom(scenario::Language language, const std::string& name) {
  auto run = testing::small_run();
  auto comparison = testing::small_comparison(run);
  comparison.answer = {
      "lower-norm against small-chain, the largest effects:",
      {{"wait_mean jeugdbeschermers: better, 20.0% lower in 2021", true},
       {"utilisation plaatsen: worse, 9.0 percentage points higher in 2021", false}},
      "none",
      {"in 2021 it costs 1.2 mln euro more for 5 fewer children"}};
  auto norms = with_norm_kpi(run);
  fs::path dir = testing::artefact_dir(name);
  output::report::write_report(dir / "report.html",
                               {run.info, run.scenario, norms.catalog, norms.summaries},
                               &comparison, language);
  CHECK(testing::screenshot(dir / "report.html", dir / (name + "-screenshot.png"), 1280, 1600));
  return testing::dump_dom(dir / "report.html");
}

}  // namespace

TEST_CASE("a comparison report, with a KPI family added later, renders in headless Chromium") {
  if (!chromium_or_skip()) return;
  std::string dom = comparison_dom(scenario::Language::en, "comparison");
  check_rendered(dom, 20);
  CHECK(has(dom, "id=\"section-comparison\""));
  CHECK(has(dom, "lower-norm cuts the mean wait for jeugdbeschermers from"));
  CHECK(has(dom, "KPIs without a clear difference"));
  CHECK(has(dom, "id=\"section-norms\""));
  CHECK(has(dom, "Norm gehaald: share within the norm"));
  // The answer first, each effect marked better or worse by its KPI's direction, before the
  // line per KPI; and the one-page print.
  CHECK(has(dom,
            "<li class=\"better\">wait_mean jeugdbeschermers: better, 20.0% lower in 2021</li>"));
  CHECK(has(dom, "<li class=\"worse\">utilisation plaatsen: worse"));
  CHECK(has(dom, "<li class=\"cost\">in 2021 it costs 1.2 mln euro more"));
  CHECK(dom.find("id=\"answer\"") < dom.find("lower-norm cuts the mean wait"));
  CHECK(has(dom, "id=\"print-summary-button\""));
}

TEST_CASE("a comparison report prints its summary on one page, the whole report on more") {
  if (!chromium_or_skip()) return;
  fs::path dir = testing::artefact_dir("comparison-print");
  auto run = testing::small_run();
  auto comparison = testing::small_comparison(run);
  auto norms = with_norm_kpi(run);
  output::report::write_report(dir / "report.html",
                               {run.info, run.scenario, norms.catalog, norms.summaries},
                               &comparison, scenario::Language::en);
  int whole = testing::printed_pages(dir / "report.html", "", dir / "whole.pdf");
  int summary = testing::printed_pages(dir / "report.html", "print-summary", dir / "summary.pdf");
  INFO("pages: whole " << whole << ", summary " << summary);
  CHECK(whole > 1);
  CHECK(summary == 1);
}

TEST_CASE("a comparison report in Dutch renders in headless Chromium, in Dutch") {
  if (!chromium_or_skip()) return;
  std::string dom = comparison_dom(scenario::Language::nl, "comparison-nl");
  check_rendered(dom, 20);
  CHECK(has(dom, "<html lang=\"nl\">"));
  CHECK(has(dom, "Kerncijfers: de hele run"));
  CHECK(has(dom, "lower-norm verlaagt de gemiddelde wachttijd voor jeugdbeschermers van"));
  CHECK(has(dom, "KPI's zonder duidelijk verschil"));
  CHECK(has(dom, "Norm gehaald: aandeel binnen de norm"));
  CHECK(has(dom, "Wat er is gesimuleerd"));
  CHECK(!has(dom, "<h2>What was simulated</h2>"));  // the English is in the data island only
}

TEST_CASE("a run whose waiting list keeps growing says so at the top of its report, in a browser") {
  if (!chromium_or_skip()) return;
  fs::path dir = testing::artefact_dir("growing-queue");
  // Four families a day for three places of a day each (M/M/3, utilisation 4/3): about 365
  // more wait at each year end than at the one before.
  testing::write_text(
      dir / "few-places.yaml",
      "scenario: few-places\nrun: {start: 2020-01-01, years: 5, replications: 10, seed: 5}\n"
      "resources: {plaatsen: {kind: places, places: 3}}\n"
      "arrivals: {a: {into: zorg, families_per_year: 1461}}\n"
      "stages:\n  zorg: {acquire: [plaatsen], duration: {exponential: {mean_days: 1}}, "
      "release: [plaatsen], next: [{to: exit}]}\n");
  auto r = testing::run_cli("run " + (dir / "few-places.yaml").string() + " -r 10 --out " +
                            (dir / "out").string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(has(
      r.output,
      "warning: few-places: the waiting list for plaatsen grows in every year from 2021 to 2024"));
  auto nl = testing::run_cli("run " + (dir / "few-places.yaml").string() +
                             " -r 10 --lang nl --out " + (dir / "out-nl").string());
  CHECK(has(
      nl.output,
      "waarschuwing: few-places: de wachtlijst voor plaatsen groeit in elk jaar van 2021 tot 2024"));
  std::string dom = testing::dump_dom(dir / "out" / "report.html");
  check_rendered(dom, 1);
  CHECK(has(dom, "id=\"growing-queues\""));
  CHECK(has(dom, "The waiting list for plaatsen grows in every year from 2021 to 2024"));
  // Before any result: the warning comes before the key figures.
  CHECK(dom.find("id=\"growing-queues\"") < dom.find("id=\"section-key\""));
}
