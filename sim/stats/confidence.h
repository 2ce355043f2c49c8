// The 95% confidence interval of a mean over replications (Student t with n - 1 degrees of
// freedom), as every figure ketensim reports carries one. Shared by summaries, paired
// differences, the capacity search and the replication advice, so all agree to the bit.
#pragma once

#include "sim/stats/accumulator.h"

namespace ketensim::stats {

struct Interval {
  int n = 0;
  double mean = 0, sd = 0;
  double half_width = 0;     // 0 when n < 2
  double low = 0, high = 0;  // mean -/+ half_width; NaN when n == 0
};

// The t quantile for a two-sided 95% interval with `df` degrees of freedom; remembered per
// df (per thread), because summaries of thousands of KPIs ask for the same few.
double t_critical_95(int df);

Interval interval_95(const Accumulator& a);
// The two-sided interval at confidence `level` (0 < level < 1); interval_95 is the one at 0.95.
Interval interval_at(const Accumulator& a, double level);

}  // namespace ketensim::stats
