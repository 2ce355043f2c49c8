// Percentiles of a KPI over replications in bounded memory. Up to kExactCap values are kept
// and percentiles are exact (type 7, as R and numpy default); with the next value, all
// values become a t-digest of fixed compression, sorted where they are held and merged in
// one pass, and later values go into it in the order they come; percentiles are approximate
// (typically within a few tenths of a percentile rank in the tails, less in the middle). So memory
// per KPI never exceeds kExactCap doubles, and the result depends only on the values and their
// order: replication order in ketensim.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/stats/t_digest.h"

namespace ketensim::stats {

class PercentileSketch {
 public:
  static constexpr std::size_t kExactCap = 1000;
  static constexpr double kCompression = 200;

  void add(double x);               // x is a number (not NaN)
  double quantile(double q) const;  // NaN when empty
  std::int64_t count() const {
    return exact() ? static_cast<std::int64_t>(values_.size()) : digest_.count();
  }
  bool exact() const { return digest_.count() == 0; }

 private:
  std::vector<double> values_;  // while exact, in order of arrival
  TDigest digest_{kCompression};
};

}  // namespace ketensim::stats
