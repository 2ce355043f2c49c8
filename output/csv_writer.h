// The tidy CSV files of a run: kpis.csv has one row per KPI x subject x period x
// replication; summary.csv one row per KPI x subject x period with mean, 95% CI and
// percentiles over replications. Both open directly in Excel, R or pandas.
#pragma once

#include <filesystem>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/stats/summary.h"

namespace ketensim::output {

void write_kpis_csv(const std::filesystem::path& path, const experiment::ExperimentResult& r);
void write_summary_csv(const std::filesystem::path& path, const experiment::ExperimentResult& r,
                       const std::vector<stats::Summary>& summaries);

}  // namespace ketensim::output
