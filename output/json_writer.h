// summary.json: the run's description and every KPI's summary, for scripts and the report.
#pragma once

#include <filesystem>
#include <vector>

#include "output/run_info.h"
#include "sim/experiment/experiment.h"
#include "sim/stats/summary.h"

namespace ketensim::output {

void write_summary_json(const std::filesystem::path& path, const RunInfo& info,
                        const experiment::ExperimentResult& r,
                        const std::vector<stats::Summary>& summaries);

}  // namespace ketensim::output
