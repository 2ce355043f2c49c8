#include "sim/stats/replication_advice.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ketensim::stats {

double relative_half_width(const Interval& i) {
  if (i.n == 0) return std::nan("");
  if (i.half_width == 0) return 0;
  if (i.mean == 0) return std::numeric_limits<double>::infinity();
  return i.half_width / std::fabs(i.mean);
}

void PrecisionTracker::update(const Accumulator& so_far, const PrecisionGoal& goal) {
  int n = static_cast<int>(so_far.count());
  if (converged_at_ > 0 || n < 3) return;  // three replications before an sd means anything
  if (!(relative_half_width(interval_95(so_far)) <= goal.relative)) {
    run_start_ = 0;
    return;
  }
  if (run_start_ == 0) run_start_ = n;
  if (n - run_start_ >= goal.k_limit) converged_at_ = run_start_;
}

ReplicationAdvice advise(const Interval& i, const PrecisionTracker& t, const PrecisionGoal& goal) {
  ReplicationAdvice a;
  a.n = i.n;
  a.relative_half_width = relative_half_width(i);
  a.converged_at = t.converged_at();
  if (i.n >= 2 && std::isfinite(a.relative_half_width)) {
    double ratio = a.relative_half_width / goal.relative;
    a.projected = static_cast<int>(std::clamp(std::ceil(i.n * ratio * ratio), 2.0, 1e9));
  }
  return a;
}

}  // namespace ketensim::stats
