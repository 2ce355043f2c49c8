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
#include "sim/experiment/sequential_stop.h"
#include "sim/model/chain_tables.h"
#include "sim/stats/catalog_accumulator.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::experiment {

// Replications 0 .. count-1 of an earlier run that was interrupted, read back instead of run
// again (ketensim run --resume): their values, asked for in order 0, 1, ..., and the events
// of all of them together (what the saved run keeps).
struct RestoredReplications {
  int count = 0;
  std::uint64_t events = 0;
  std::function<std::vector<double>(int replication)> values = {};
};

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
  // Asked before each replication starts (one call at a time): once it returns true no
  // further replication starts, those running finish and are folded, and the result holds
  // replications 0 .. k-1 (ExperimentResult::complete() tells). Empty: never.
  std::function<bool()> stop_requested = {};
  // Folded first, in order and handed to on_replication and progress, as if run now.
  RestoredReplications restored = {};
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
  int replications_planned = 0;
  bool stopped_by_rule = false;  // a RunStop ended it before the planned replications
  // Of the replications folded, those read back from an earlier run (ExperimentOptions::
  // restored) rather than run now, and their events: wall_seconds holds no time for them.
  int restored_count = 0;
  std::uint64_t restored_events = 0;

  std::uint64_t events() const { return event_count; }
  int replications_run_now() const { return replication_count - restored_count; }
  std::uint64_t events_run_now() const { return event_count - restored_events; }
  // The simulation's speed: the events of the replications run now over the wall time.
  double events_per_second() const;
  // All planned replications are folded in (not stopped by ExperimentOptions::stop_requested
  // nor by a RunStop).
  bool complete() const { return replication_count == replications_planned; }
  // Not cut short by a stop request: all planned replications, or as many as a RunStop said
  // were enough.
  bool finished() const { return complete() || stopped_by_rule; }
  // One KPI's values over the kept replications.
  std::vector<double> values_of(std::size_t kpi) const;
  // Folds in the next replication (in order).
  void add(ReplicationResult r, bool keep);
};

// Throws UnstableScenario (run_stopped.h) when one of a replication number's results
// stopped as unstable; the folds call it first, in replication order.
void check_stable(const std::vector<ReplicationResult>& r);

ReplicationResult run_replication(const model::ChainTables& t, const stats::KpiCatalog& catalog,
                                  std::uint64_t replication);
// An empty result for the scenario's catalog, ready to fold replications into.
ExperimentResult empty_result(const model::ChainTables& t, const ExperimentOptions& options);
// A rule that ends a run once its means are known (mean_precision.h).
using RunStop = StopRule<ExperimentResult>;

// `rule` may end the run before its replications are all run (ExperimentResult::
// stopped_by_rule tells); restored replications are folded and looked at like computed ones.
ExperimentResult run_experiment(const model::ChainTables& t, const ExperimentOptions& options,
                                const RunStop& rule = {});
// The summary of every KPI of the catalog, in catalog order, each interval cut to where the
// KPI can lie (sim/stats/kpi_bounds.h).
std::vector<stats::Summary> summarise(const ExperimentResult& r);

}  // namespace ketensim::experiment
