// Two-level uncertainty (ketensim run --uncertainty N): N outer draws of the scenario's
// uncertain inputs (a Latin hypercube of their quantiles, seeded by the run's seed), each run
// with R inner replications. Each draw's replications are its own (draw d: d R .. d R + R-1),
// so chance is independent between draws and the variance splits cleanly:
//
//   Var(outer mean) = V_assumptions + V_chance / R
//
// V_chance is the mean of the draws' inner variances (one replication's chance) and
// V_assumptions the variance of the draws' means less V_chance / R, the inner-replication
// correction (never below 0). The interval "chance and assumptions" is the 2.5% .. 97.5%
// range of the draws' means: where the answer lies over the plausible assumptions, each
// estimated with R replications' chance. The interval "chance only" is the run's own 95%
// confidence interval at the scenario's written values.
#pragma once

#include <vector>

#include "sim/experiment/design_runs.h"

namespace ketensim::experiment {

struct TwoLevelKpi {
  std::size_t kpi = 0;  // index in the catalog
  double mean = 0;      // over all draws and replications
  double low = 0, high = 0;       // 2.5% and 97.5% of the draws' means
  double chance_variance = 0;     // V_chance: of one replication, at a fixed draw
  double assumption_variance = 0; // V_assumptions, corrected
  // The shares of Var(outer mean) = V_assumptions + V_chance / R: they sum to 1.
  double assumption_share = 0;
  std::vector<double> draw_means;  // one per outer draw
};

struct TwoLevelResult {
  int draws = 0, replications = 0;
  std::vector<std::vector<double>> design;  // the draws' quantiles, one row per draw
  std::vector<TwoLevelKpi> kpis;
  std::uint64_t events = 0;
  double wall_seconds = 0;
};

// The split of variance and the interval over the draws, for values[d][r] of one KPI.
TwoLevelKpi split_variance(const std::vector<std::vector<double>>& values);

// Throws RequestError when the scenario has no uncertain inputs or draws < 2 or the
// scenario's replications < 2; Interrupted; UnstableScenario.
TwoLevelResult run_two_level(const scenario::Scenario& s, int draws, const KpiChoice& choose,
                             const DesignRunOptions& options);

}  // namespace ketensim::experiment
