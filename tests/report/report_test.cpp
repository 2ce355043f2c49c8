// report.html from a run: self-contained, every KPI of the catalog in its data island, the
// run described, the flow drawn, hostile scenario text inert, the comparison fed in; and a
// report builds for every shipped scenario.
#include "output/report/report.h"

#include <doctest/doctest.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "output/atomic_file.h"
#include "sim/model/chain_tables.h"
#include "sim/model/checked_scenario.h"
#include "tests/report/report_test_support.h"
#include "tests/support.h"

using namespace ketensim;
using nlohmann::json;
using output::report::render_report;
using testing::data_island;
namespace fs = std::filesystem;

namespace {

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("the data island describes the run and holds every KPI of the catalog") {
  auto run = testing::small_run();
  std::string page = render_report(run.input(), nullptr, "2024-05-01");
  json d = data_island(page);
  CHECK(d["run"]["scenario"] == "small-chain");
  CHECK(d["run"]["seed"] == "7");
  CHECK(d["run"]["replications"] == 6);
  CHECK(d["run"]["start"] == "2020-01-01");
  CHECK(d["run"]["version"] == "0.0.test");
  CHECK(d["run"]["date"] == "2024-05-01");
  CHECK(d["periods"] == json({"2020", "2021", "2022", "all"}));
  CHECK(d["kpis"].size() == run.result.catalog.size());
  for (std::size_t k = 0; k < run.result.catalog.size(); ++k) {
    const auto& key = run.result.catalog.key(k);
    CHECK(d["kpis"][k]["kpi"] == key.kpi);
    CHECK(d["kpis"][k]["subject"] == key.subject);
    CHECK(d["kpis"][k]["period"] == key.period);
    CHECK(d["definitions"].contains(key.kpi));
  }
  CHECK(d["resources"][0] == json({{"name", "jeugdbeschermers"},
                                   {"kind", "caseload"},
                                   {"capacity", 25.0},
                                   {"fte", 2.5},
                                   {"caseload_norm", 10.0},
                                   {"per", "family"}}));
  CHECK(d["resources"][1]["kind"] == "places");
  CHECK(d["comparison"].is_null());
}

TEST_CASE("the resolved scenario is in the report, in the file's order") {
  auto run = testing::small_run();
  json s = data_island(render_report(run.input(), nullptr, "2024-05-01"))["scenario"];
  REQUIRE(s.is_object());
  CHECK(s["scenario"] == "small-chain");
  CHECK(s["resources"]["pleegzorg"]["places"] == "8");
  CHECK(s["stages"]["ots"]["acquire"] == json({"jeugdbeschermers"}));
}

TEST_CASE("a mean over nobody is null in the data island, not NaN") {
  auto run = testing::small_run();
  run.summaries[0].mean = std::nan("");
  json d = data_island(render_report(run.input(), nullptr, "2024-05-01"));
  CHECK(d["kpis"][0]["mean"].is_null());
}

TEST_CASE("the flow is Graphviz's SVG when dot is installed, else its dot text") {
  auto run = testing::small_run();
  std::string page = render_report(run.input(), nullptr, "2024-05-01");
  if (std::system("command -v dot >/dev/null 2>&1") == 0) {
    CHECK(has(page, "<div class=\"flow-svg\"><svg"));
  } else {
    CHECK(has(page, "<pre class=\"flow-dot\">digraph"));
  }
}

TEST_CASE("markup in the scenario's description stays text") {
  auto run = testing::small_run("</script><script>alert(1)</script> & <b>bold</b>");
  std::string page = render_report(run.input(), nullptr, "2024-05-01");
  CHECK_FALSE(has(page, "<script>alert(1)"));
  CHECK_FALSE(has(page, "<b>bold"));
  CHECK(data_island(page)["run"]["description"] ==
        "</script><script>alert(1)</script> & <b>bold</b>");
}

TEST_CASE("a comparison is fed in as paired differences with their sentences") {
  auto run = testing::small_run();
  auto comparison = testing::small_comparison(run);
  std::string page = render_report(run.input(), &comparison, "2024-05-01");
  CHECK(has(page, "<title>ketensim report: lower-norm vs small-chain</title>"));
  json c = data_island(page)["comparison"];
  CHECK(c["base"] == "small-chain");
  CHECK(c["alternative"] == "lower-norm");
  REQUIRE(c["kpis"].size() == comparison.kpis.size());
  for (const auto& row : c["kpis"]) {
    CHECK(row["sentence"].get<std::string>().rfind("lower-norm ", 0) == 0);
  }
}

TEST_CASE("write_report writes report.html atomically") {
  auto run = testing::small_run();
  fs::path dir = testing::artefact_dir("write");
  output::report::write_report(dir / "report.html", run.input());
  CHECK(testing::read_text(dir / "report.html").rfind("<!doctype html>", 0) == 0);
  CHECK(std::distance(fs::directory_iterator(dir), fs::directory_iterator()) == 1);
  CHECK_THROWS_AS(output::report::write_report(dir / "missing" / "report.html", run.input()),
                  output::OutputError);
}

TEST_CASE("report_date is today, or the day of SOURCE_DATE_EPOCH") {
  CHECK(output::report::report_date().size() == 10);
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  CHECK(output::report::report_date() == "2023-11-14");
  ::unsetenv("SOURCE_DATE_EPOCH");
}

TEST_CASE("shipped results: a report builds for every shipped scenario") {
  int built = 0;
  for (const std::string& file : testing::shipped_scenarios()) {
    INFO(file);
    scenario::Scenario s = model::load_checked(file);
    model::ChainTables t = model::compile(s);
    t.replications = 2;
    auto result = experiment::run_experiment(t, {});
    auto summaries = experiment::summarise(result);
    output::RunInfo info{s.name, s.description,   file,  "", s.run.years, 2,
                         t.seed, result.events(), "test"};
    std::string page = render_report({info, s, result.catalog, summaries}, nullptr, "2024-05-01");
    json d = data_island(page);
    CHECK(d["run"]["scenario"] == s.name);
    CHECK(d["kpis"].size() == result.catalog.size());
    CHECK(d["scenario"].is_object());
    ++built;
  }
  CHECK(built >= 1);
}
