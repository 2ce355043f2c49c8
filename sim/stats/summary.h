// What a KPI looks like over replications: mean with a 95% Student-t confidence interval,
// standard deviation and percentiles. NaN observations (undefined in that replication) are
// left out and counted in n only when defined. Runs build it one replication at a time with
// a SummaryAccumulator; summarise() is the same over stored values.
#pragma once

#include <vector>

namespace ketensim::stats {

struct Summary {
  int n = 0;
  double mean = 0, sd = 0;
  double ci_low = 0, ci_high = 0;  // 95% CI of the mean; equal to the mean when n < 2
  double half_width = 0;
  double p5 = 0, p50 = 0, p95 = 0;  // percentiles of the replication values
};

Summary summarise(const std::vector<double>& values);
// Linear-interpolation percentile (type 7, as R and numpy default) of sorted values.
double percentile_sorted(const std::vector<double>& sorted, double q);

}  // namespace ketensim::stats
