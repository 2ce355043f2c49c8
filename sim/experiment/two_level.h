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
  std::size_t kpi = 0;             // index in the catalog
  double mean = 0;                 // over all draws and replications
  double low = 0, high = 0;        // 2.5% and 97.5% of the draws' means
  double chance_variance = 0;      // V_chance: of one replication, at a fixed draw
  double assumption_variance = 0;  // V_assumptions, corrected
  // The shares of Var(outer mean) = V_assumptions + V_chance / R: they sum to 1.
  double assumption_share = 0;
  std::vector<double> draw_means;  // one per outer draw
};

struct TwoLevelResult {
  int draws = 0, replications = 0;
  std::vector<std::vector<double>> design;  // the draws' quantiles, one row per draw, a column per
                                            // input of the alternative (the base's first)
  std::vector<TwoLevelKpi> kpis;
  std::uint64_t events = 0;
  double wall_seconds = 0;
};

// Two scenarios over the same draws (compare --uncertainty N): each draw puts the same
// values in the base's and the alternative's uncertain inputs (matched by name: the
// alternative must have the base's, as an overlay that extends it does), and both run the
// same replications 0 .. R-1 at every draw (common random numbers), so each draw gives one
// paired difference of means. Whether a conclusion holds over the plausible assumptions is
// the share of draws on each side of zero.
struct PairedDrawKpi {
  std::size_t kpi = 0;                       // index in the base's catalog
  std::size_t alternative_kpi = 0;           // the same KPI in the alternative's catalog
  double mean = 0;                           // of the draws' differences (alternative - base)
  double low = 0, high = 0;                  // 2.5% and 97.5% of the draws' differences
  double share_higher = 0, share_lower = 0;  // of the draws: alternative above, below base
  std::vector<double> differences;           // one per draw with both means defined
};

struct PairedTwoLevelResult {
  int draws = 0, replications = 0;
  std::vector<std::vector<double>> design;  // the draws' quantiles, one row per draw, a column per
                                            // input of the alternative (the base's first)
  std::vector<PairedDrawKpi> kpis;
  std::uint64_t events = 0;
};

// The draws span the alternative's inputs: the base's first (each draw puts them at the same
// values in both), then any the alternative adds (its policy's effect sizes), which move the
// alternative only. Throws RequestError when the base has no uncertain inputs, the
// alternative lacks or reorders one of them, draws < 2 or replications < 2; Interrupted;
// UnstableScenario.
PairedTwoLevelResult run_paired_two_level(const scenario::Scenario& base,
                                          const scenario::Scenario& alternative, int draws,
                                          const KpiChoice& choose, const DesignRunOptions& options);

// The draws of --uncertainty N: a Latin hypercube over the inputs' quantiles, seeded by the
// run's seed (one row per draw).
std::vector<std::vector<double>> uncertainty_draws(int draws, std::size_t inputs,
                                                   std::uint64_t seed);
// Throws RequestError when the scenario has no uncertain inputs, draws < 2 or its
// replications < 2.
void check_uncertainty_request(const std::string& scenario, int draws, std::size_t inputs,
                               int replications);

// The split of variance and the interval over the draws, for values[d][r] of one KPI.
TwoLevelKpi split_variance(const std::vector<std::vector<double>>& values);

// Throws RequestError when the scenario has no uncertain inputs or draws < 2 or the
// scenario's replications < 2; Interrupted; UnstableScenario.
TwoLevelResult run_two_level(const scenario::Scenario& s, int draws, const KpiChoice& choose,
                             const DesignRunOptions& options);

}  // namespace ketensim::experiment
