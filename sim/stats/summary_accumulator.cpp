#include "sim/stats/summary_accumulator.h"

#include <cmath>

#include "sim/stats/confidence.h"

namespace ketensim::stats {

void SummaryAccumulator::add(double x) {
  if (std::isnan(x)) return;
  moments_.add(x);
  percentiles_.add(x);
}

Summary SummaryAccumulator::summary() const {
  Interval i = interval_95(moments_);
  Summary s;
  s.n = i.n;
  s.mean = i.mean;
  s.sd = i.sd;
  s.ci_low = i.low;
  s.ci_high = i.high;
  s.half_width = i.half_width;
  s.p5 = percentiles_.quantile(0.05);
  s.p50 = percentiles_.quantile(0.50);
  s.p95 = percentiles_.quantile(0.95);
  return s;
}

}  // namespace ketensim::stats
