// selection.csv: the answer of `compare --select` (KN, sim/experiment/ranking.h), one row
// per scenario in the order given: the KPI, which way is better, delta and the confidence,
// the scenario's mean over the replications KN took of it, the replication it was
// eliminated at (empty when it was not), and its status: selected, tied (its mean equals the
// selected one's, so either is within delta of the best), eliminated, or in_contention (the
// most replications were reached before KN finished).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sim/experiment/ranking.h"
#include "sim/stats/kpi_catalog.h"

namespace ketensim::output {

void write_selection_csv(const std::filesystem::path& path, const experiment::KnSelection& kn,
                         const std::vector<std::string>& names, const stats::KpiKey& key);

}  // namespace ketensim::output
