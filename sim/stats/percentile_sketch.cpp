#include "sim/stats/percentile_sketch.h"

#include <algorithm>

#include "sim/stats/summary.h"

namespace ketensim::stats {

void PercentileSketch::add(double x) {
  if (!exact()) {
    digest_.add(x);
    return;
  }
  if (values_.size() < kExactCap) {
    values_.push_back(x);
    return;
  }
  for (double v : values_) digest_.add(v);
  digest_.add(x);
  values_ = {};  // release the memory
}

double PercentileSketch::quantile(double q) const {
  if (!exact()) return digest_.quantile(q);
  std::vector<double> sorted = values_;
  std::sort(sorted.begin(), sorted.end());
  return percentile_sorted(sorted, q);
}

}  // namespace ketensim::stats
