// Replications of one scenario. One replication is single-threaded; replications run in
// parallel (oneTBB enters the project in this folder and nowhere else, see
// replication_pipeline.h) and are folded into the results in replication order, so every
// figure is bit-identical at any thread count. Memory does not grow with the number of
// replications unless the caller asks to keep each one's values.
#pragma once

#include <cstdint>
#include <functional>
#include <vector>

#include "sim/experiment/replication_result.h"
#include "sim/model/chain_tables.h"
#include "sim/stats/catalog_accumulator.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::experiment {

struct ExperimentOptions {
  int threads = 0;  // 0: all cores
  // Called after each replication is folded in, with (done, total): in order, from one
  // thread at a time.
  std::function<void(int, int)> progress;
  // Keep every replication's values in ExperimentResult::replications (small runs, tests).
  // Without it memory stays bounded by the replications in flight.
  bool keep_replications = true;
  // Called with each replication's result in replication order, one call at a time (to
  // stream kpis.csv).
  std::function<void(int replication, const ReplicationResult&)> on_replication = {};
  stats::PrecisionGoal precision = {};
};

struct ExperimentResult {
  stats::KpiCatalog catalog;
  stats::CatalogAccumulator kpis;               // every KPI over the replications
  std::vector<ReplicationResult> replications;  // in replication order, if kept
  int replication_count = 0;
  std::uint64_t event_count = 0;
  std::size_t peak_families = 0;  // the most alive in any replication
  double wall_seconds = 0;
  int threads = 1;

  std::uint64_t events() const { return event_count; }
  // One KPI's values over the kept replications.
  std::vector<double> values_of(std::size_t kpi) const;
  // Folds in the next replication (in order).
  void add(ReplicationResult r, bool keep);
};

ReplicationResult run_replication(const model::ChainTables& t, const stats::KpiCatalog& catalog,
                                  std::uint64_t replication);
// An empty result for the scenario's catalog, ready to fold replications into.
ExperimentResult empty_result(const model::ChainTables& t, const ExperimentOptions& options);
ExperimentResult run_experiment(const model::ChainTables& t, const ExperimentOptions& options);
// The summary of every KPI of the catalog, in catalog order.
std::vector<stats::Summary> summarise(const ExperimentResult& r);

}  // namespace ketensim::experiment
