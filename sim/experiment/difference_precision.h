// When a comparison knows its answer: the stopping rule of `ketensim compare` and of the
// web page's live comparison. Replications run in fixed batches; after each batch every
// judged KPI's paired difference (each alternative against the base, common random
// numbers) must be known to within its target,
//
//   95% half-width  <=  max(relative x max(|base mean|, |alternative mean|), resolution),
//
// where the resolution is the least change anyone reports in the KPI's unit: half a day,
// half a percentage point for a share, half a family or child for a count. It keeps a KPI
// near 0 (a wait of 0.1 day) from asking for thousands of replications to pin down a
// difference too small to mention. The look is made only after whole batches of the
// replications in their order, so where a comparison stops depends on its seed and
// replications alone, never on the threads or ranks (SequentialStop, scenario_set.h).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sim/experiment/scenario_set.h"

namespace ketensim::experiment {

// How precise a figure must be before replications stop (here: a paired difference; the same
// target holds a run's means, mean_precision.h), and when to look.
struct PrecisionTarget {
  double relative = 0.05;  // 0: no rule, every replication runs
  int first_look = 20;     // replications before the first look
  int batch = 10;          // replications between two looks
  double resolution = 1;   // multiples of the unit's resolution a target never goes below
};
using DifferenceTarget = PrecisionTarget;

// The resolution of a KPI unit (above): 0.5 days, 0.005 for shares, 0.5 otherwise.
double resolution_of(const std::string& unit);

// The half-width a figure of `unit` must reach: max(relative x scale, resolution x the unit's
// resolution), where scale is the magnitude of the mean(s) it is judged against.
double precision_target(double relative, double scale, double resolution, const std::string& unit);

// The judged KPI farthest from its target (when all are met: the one nearest to it, which
// decided when the replications could stop).
struct PrecisionCheck {
  bool met = true;
  int judged = 0;               // KPI-alternative pairs judged (those with 2 values or more)
  std::size_t kpi = 0;          // base catalog index of the deciding KPI
  std::size_t alternative = 0;  // 0 is the first alternative (0 for a run's means)
  double half_width = 0, target = 0;

  // Counts one judged figure and keeps it when it is the farthest from its target so far;
  // `met` then says whether every figure judged is within its target.
  void judge(std::size_t kpi, std::size_t alternative, double half_width, double target);

 private:
  double worst_ratio_ = -1;
};

// `judged`: base catalog indices. A KPI an alternative lacks, or with fewer than two paired
// values so far, is not judged against that alternative.
PrecisionCheck check_differences(const ScenarioSetResult& set,
                                 const std::vector<std::size_t>& judged, double relative,
                                 double resolution = 1);

// The SequentialStop of the rule, for `judged` (empty rule when target.relative is 0).
SequentialStop difference_rule(const PrecisionTarget& target, std::vector<std::size_t> judged);

}  // namespace ketensim::experiment
