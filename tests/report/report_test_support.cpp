#include "tests/report/report_test_support.h"

#include <doctest/doctest.h>
#include <unistd.h>

#include <cmath>
#include <fstream>

#include "sim/model/chain_tables.h"
#include "sim/model/checked_scenario.h"

namespace ketensim::testing {
namespace fs = std::filesystem;
namespace {

std::string yaml(const std::string& description) {
  return "scenario: small-chain\n"
         "description: '" +
         description +
         "'\n"
         "run: {start: 2020-01-01, years: 3, replications: 6, seed: 7}\n"
         "resources:\n"
         "  jeugdbeschermers: {kind: caseload, fte: 2.5, caseload_norm: 10}\n"
         "  pleegzorg: {kind: places, places: 8}\n"
         "arrivals:\n"
         "  lokaal_team: {into: jbt, families_per_year: 60}\n"
         "stages:\n"
         "  jbt:\n"
         "    duration: {days: 14}\n"
         "    next: [{to: ots, p: 0.8}, {to: exit, p: 0.2}]\n"
         "  ots:\n"
         "    acquire: [jeugdbeschermers]\n"
         "    duration: {exponential: {mean_days: 90}}\n"
         "    next: [{to: plaatsing, p: 0.4}, {to: afronding, p: 0.6}]\n"
         "  plaatsing:\n"
         "    acquire: [pleegzorg]\n"
         "    duration: {exponential: {mean_days: 120}}\n"
         "    release: [pleegzorg]\n"
         "    next: [{to: afronding}]\n"
         "  afronding:\n"
         "    duration: {days: 30}\n"
         "    release: all\n"
         "    next: [{to: exit}]\n";
}

stats::Summary shifted(stats::Summary s, double factor) {
  s.mean *= factor, s.ci_low *= factor, s.ci_high *= factor;
  s.p5 *= factor, s.p50 *= factor, s.p95 *= factor;
  return s;
}

}  // namespace

SmallRun small_run(const std::string& description) {
  fs::path dir = fs::temp_directory_path() / ("ketensim-report-test-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  fs::path file = dir / "small-chain.yaml";
  std::ofstream(file) << yaml(description);
  scenario::Scenario s = model::load_checked(file.string());
  model::ChainTables t = model::compile(s);
  experiment::ExperimentOptions one_thread;
  one_thread.threads = 1;
  auto result = experiment::run_experiment(t, one_thread);
  auto summaries = experiment::summarise(result);
  output::RunInfo info{s.name,         s.description, file.string(),   "2020-01-01", s.run.years,
                       t.replications, t.seed,        result.events(), "0.0.test"};
  return {std::move(s), std::move(result), std::move(summaries), info};
}

output::report::Comparison small_comparison(const SmallRun& run) {
  output::report::Comparison c{"small-chain", "lower-norm", {}};
  for (std::size_t k = 0; k < run.result.catalog.size(); ++k) {
    const auto& key = run.result.catalog.key(k);
    bool lower = key.kpi.rfind("wait", 0) == 0 || key.kpi.rfind("queue", 0) == 0;
    stats::Summary base = run.summaries[k], alt = shifted(base, lower ? 0.8 : 1.0);
    stats::Summary diff;
    diff.n = base.n;
    diff.mean = alt.mean - base.mean;
    diff.ci_low = diff.mean - 0.05 * std::abs(base.mean) - 0.01;
    diff.ci_high = diff.mean + 0.05 * std::abs(base.mean) + 0.01;
    c.kpis.push_back({key, base, alt, diff});
  }
  return c;
}

fs::path artefact_dir(const std::string& name) {
  fs::path p = fs::path(KETENSIM_ARTEFACT_DIR) / "report" / name;
  fs::remove_all(p);
  fs::create_directories(p);
  return p;
}

nlohmann::json data_island(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"report-data\">";
  auto from = page.find(open);
  REQUIRE(from != std::string::npos);
  from += open.size();
  return nlohmann::json::parse(page.substr(from, page.find("</script>", from) - from));
}

}  // namespace ketensim::testing
