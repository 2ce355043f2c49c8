// Replications of one scenario. One replication is single-threaded; replications run in
// parallel (oneTBB enters the project here and nowhere else) and their results are stored by
// replication number, so the merged output is bit-identical at any thread count.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "sim/model/chain_tables.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::experiment {

struct ReplicationResult {
  std::vector<double> values;        // aligned with the catalog
  std::uint64_t events = 0;
  std::size_t peak_families = 0;
};

struct ExperimentOptions {
  int threads = 0;                   // 0: all cores
  // Called after each finished replication with (done, total); may be called from any thread,
  // never concurrently with itself.
  std::function<void(int, int)> progress;
};

struct ExperimentResult {
  stats::KpiCatalog catalog;
  std::vector<ReplicationResult> replications;   // in replication order
  double wall_seconds = 0;
  int threads = 1;

  std::uint64_t events() const;
  std::vector<double> values_of(std::size_t kpi) const;   // over replications
};

ReplicationResult run_replication(const model::ChainTables& t, const stats::KpiCatalog& catalog,
                                  std::uint64_t replication);
ExperimentResult run_experiment(const model::ChainTables& t, const ExperimentOptions& options);
// The summary of every KPI of the catalog, in catalog order.
std::vector<stats::Summary> summarise(const ExperimentResult& r);

}  // namespace ketensim::experiment
