// `compare --select "[min|max] KPI [SUBJECT]"`: which of the scenarios is best on one
// whole-run KPI, by Kim and Nelson's procedure (sim/experiment/ranking.h). Without min or
// max, the KPI's declared direction decides (model::better_direction: waits, queues and
// costs lower is better, shares placed in time and norms met higher); a KPI without one
// (a flow) needs min or max written. The indifference zone --delta defaults to the least
// change a comparison reports in the KPI's unit (difference_precision.h): half a day, half
// a percentage point for a share, half a family or child for a count.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sim/experiment/ranking.h"
#include "sim/model/chain_tables.h"
#include "sim/stats/kpi_catalog.h"

namespace ketensim::tools {

struct Selection {
  std::string text;              // as written after --select
  stats::KpiKey key;             // in the base's catalog
  std::vector<std::size_t> kpi;  // per scenario, the KPI's index in its catalog
  experiment::SelectionGoal goal;
};

// RequestError naming --select for a KPI or subject that is not there (with the nearest
// name), a KPI of several subjects written without one, a KPI of no direction written
// without min or max, a KPI one scenario lacks, or fewer replications than the first stage.
Selection resolve_selection(const std::string& text, std::optional<double> delta, double confidence,
                            const std::vector<model::ChainTables>& tables);

// The answer, as its first line, then each scenario's mean and what became of it.
void print_selection(const experiment::KnSelection& kn, const Selection& s,
                     const std::vector<std::string>& names);

}  // namespace ketensim::tools
