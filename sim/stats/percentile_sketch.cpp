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
    if (values_.empty()) values_.reserve(kExactCap + 1);
    values_.push_back(x);
    return;
  }
  values_.push_back(x);  // within the capacity of kExactCap + 1 reserved
  digest_ = TDigest(kCompression, std::move(values_));
  values_ = {};
}

double PercentileSketch::quantile(double q) const {
  if (!exact()) return digest_.quantile(q);
  std::vector<double> sorted = values_;
  std::sort(sorted.begin(), sorted.end());
  return percentile_sorted(sorted, q);
}

}  // namespace ketensim::stats
