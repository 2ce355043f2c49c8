// A KPI's Summary built one replication at a time: mean and variance by Welford, the 95%
// interval by Student t, percentiles by a PercentileSketch. NaN values (the KPI was not
// defined in that replication) are left out. Fed in replication order, it gives the same
// Summary, bit for bit, as summarise() over the stored values, in memory that does not grow
// with the number of replications.
#pragma once

#include "sim/stats/accumulator.h"
#include "sim/stats/percentile_sketch.h"
#include "sim/stats/summary.h"

namespace ketensim::stats {

class SummaryAccumulator {
 public:
  void add(double x);
  Summary summary() const;
  const Accumulator& moments() const { return moments_; }

 private:
  Accumulator moments_;
  PercentileSketch percentiles_;
};

}  // namespace ketensim::stats
