// Several scenarios run side by side with common random numbers: replication i of every
// scenario uses the same seed and replication number, so a family draws the same numbers
// in each scenario wherever its path is the same (see sim/model/chain_model.h). Replication
// i of all scenarios runs as one unit of work, and the units are folded in replication
// order: each scenario's KPIs, and each alternative's paired differences against the first
// scenario (the base). Memory is bounded by the units in flight.
#pragma once

#include <functional>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/experiment/replication_pipeline.h"
#include "sim/experiment/sequential_stop.h"
#include "sim/model/chain_tables.h"
#include "sim/stats/paired_kpis.h"

namespace ketensim::experiment {

struct ScenarioSetResult {
  std::vector<ExperimentResult> scenarios;      // in the order given; [0] is the base
  std::vector<stats::PairedKpis> alternatives;  // [s - 1]: scenario s against the base
  double wall_seconds = 0;
  int threads = 1;
  // Replication numbers folded: each scenario holds that many, fewer where a rule dropped it
  // (SequentialStop::needed).
  int replications = 0;
  bool stopped_by_rule =
      false;  // the SequentialStop rule ended it (not the maximum, not a stop request)
};

// A rule that ends a set once its answer is known (difference_precision.h): like a StopRule
// (sequential_stop.h) with what only a set of scenarios has, a look at every replication's
// results and scenarios dropped on the way.
struct SequentialStop {
  int first_look = 0;  // 0: never asked
  int batch = 1;
  std::function<bool(const ScenarioSetResult&)> enough = {};
  // Told each replication's results, one per scenario, as it is folded (in replication
  // order, before the look): for a rule that judges every replication's values, which the
  // set does not keep (ranking.h).
  std::function<void(const ReplicationResults&)> each = {};
  // Asked after each fold: how many replications scenario s needs, counted from the first
  // (a rule that eliminates scenarios, ranking.h); it may only fall. A scenario's later
  // replications are then not run, or left out where already running, so where it stops
  // still depends on the replications alone. Its pairs with the base stop there too, and so
  // do all pairs once the base is dropped. Its results in `each` are then empty. Empty: all.
  std::function<int(std::size_t scenario)> needed = {};
  bool looks_at(int n) const { return enough && is_look(n, first_look, batch); }
};

// All scenarios must have the same replications and seed (std::invalid_argument otherwise).
// `options.progress` counts replication numbers done (each covering every scenario);
// `options.on_replication` and `options.restored` are not used. After a stop request the
// result holds the replications folded so far (ExperimentResult::complete() of each tells).
// `folded`, if given, sees the result so far after each replication number is folded (in
// order, one call at a time): to stream estimates while the set runs. `rule` may end the set
// before its replications are all run (ScenarioSetResult::stopped_by_rule tells).
ScenarioSetResult run_scenario_set(const std::vector<model::ChainTables>& scenarios,
                                   const ExperimentOptions& options,
                                   const std::function<void(const ScenarioSetResult&)>& folded = {},
                                   const SequentialStop& rule = {});

}  // namespace ketensim::experiment
