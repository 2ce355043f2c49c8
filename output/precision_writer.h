// precision.csv: for every KPI of a run, how precise its mean is and how many replications
// the target precision needs (stats/replication_advice.h): n, mean, the 95% half-width, the
// half-width relative to the mean, the target, the replication from which the sequential
// procedure found the target met for good (empty when it was not), and the projection
// ceil(n (relative half-width / target)^2).
#pragma once

#include <filesystem>

#include "sim/experiment/experiment.h"

namespace ketensim::output {

void write_precision_csv(const std::filesystem::path& path, const experiment::ExperimentResult& r);

}  // namespace ketensim::output
