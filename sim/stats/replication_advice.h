// How many replications a KPI needs for a target precision: the 95% half-width within
// `relative` (say 5%) of the mean.
//
// Two answers. The sequential one follows Hoad, Robinson and Davies (2010, "Automated
// selection of the number of replications for a discrete-event simulation", JORS 61):
// after each replication, in order, the relative half-width d_n = half_width / |mean| is
// compared with the target; the answer is the first n from which d stays within the target
// for k_limit further replications (so a lucky early dip does not count). The projected one,
// for KPIs that have not converged in the replications run, is ceil(n * (d_n / target)^2):
// the half-width shrinks with the square root of n.
#pragma once

#include "sim/stats/accumulator.h"
#include "sim/stats/confidence.h"

namespace ketensim::stats {

struct PrecisionGoal {
  double relative = 0.05;  // half-width / |mean|
  int k_limit = 5;         // replications the precision must hold after the answer
};

// half_width / |mean|; 0 when the half-width is 0; infinite when only the mean is 0.
double relative_half_width(const Interval& i);

// The sequential procedure, fed the running moments after each replication in order.
class PrecisionTracker {
 public:
  void update(const Accumulator& so_far, const PrecisionGoal& goal);
  int converged_at() const { return converged_at_; }  // 0: not converged

 private:
  int run_start_ = 0;  // first n of the current run of replications within the target
  int converged_at_ = 0;
};

struct ReplicationAdvice {
  int n = 0;  // replications run (where the KPI was defined)
  double relative_half_width = 0;
  int converged_at = 0;  // sequential answer; 0 when not reached
  int projected = 0;     // ceil(n (d_n / target)^2), at least 2; 0 when undefined
  bool met() const { return converged_at > 0; }
};

ReplicationAdvice advise(const Interval& i, const PrecisionTracker& t, const PrecisionGoal& goal);

}  // namespace ketensim::stats
