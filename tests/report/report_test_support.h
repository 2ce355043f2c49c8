// A small run to build reports from: a scenario file with a caseload pool and limited places,
// a few replications, and a comparison made up from it with known differences.
#pragma once

#include <filesystem>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "output/report/report.h"
#include "sim/experiment/experiment.h"
#include "tests/support.h"  // read_text

namespace ketensim::testing {

struct SmallRun {
  scenario::Scenario scenario;
  experiment::ExperimentResult result;
  std::vector<stats::Summary> summaries;
  output::RunInfo info;

  output::report::ReportInput input() const { return {info, scenario, result.catalog, summaries}; }
};

// `description` goes into the scenario file as written (tests put markup in it).
SmallRun small_run(const std::string& description = "A small test chain");

// A comparison "lower-norm" against the run: every KPI of every period, the alternative
// 20% lower for waits and queues, the same elsewhere; differences with a fixed interval.
output::report::Comparison small_comparison(const SmallRun& run);

// The page's data island (the JSON its scripts draw from).
nlohmann::json data_island(const std::string& page);

// A directory under the build tree's test-artefacts/report, emptied.
std::filesystem::path artefact_dir(const std::string& name);

}  // namespace ketensim::testing
