#include "sim/stats/summary.h"

#include <algorithm>
#include <cmath>

#include "sim/stats/summary_accumulator.h"

namespace ketensim::stats {

double percentile_sorted(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return std::nan("");
  double h = (static_cast<double>(sorted.size()) - 1) * q;
  auto lo = static_cast<std::size_t>(std::floor(h));
  std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

Summary summarise(const std::vector<double>& values) {
  SummaryAccumulator a;
  for (double v : values) a.add(v);
  return a.summary();
}

}  // namespace ketensim::stats
