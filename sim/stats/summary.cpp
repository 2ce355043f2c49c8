#include "sim/stats/summary.h"

#include <algorithm>
#include <cmath>

#include "sim/stats/accumulator.h"
#include "sim/stats/student_t.h"

namespace ketensim::stats {

double percentile_sorted(const std::vector<double>& sorted, double q) {
  if (sorted.empty()) return std::nan("");
  double h = (static_cast<double>(sorted.size()) - 1) * q;
  auto lo = static_cast<std::size_t>(std::floor(h));
  std::size_t hi = std::min(lo + 1, sorted.size() - 1);
  return sorted[lo] + (h - static_cast<double>(lo)) * (sorted[hi] - sorted[lo]);
}

Summary summarise(std::vector<double> values) {
  std::erase_if(values, [](double v) { return std::isnan(v); });
  Summary s;
  if (values.empty()) return {0, std::nan(""), std::nan(""), std::nan(""), std::nan(""),
                              std::nan(""), std::nan(""), std::nan(""), std::nan("")};
  Accumulator acc;
  for (double v : values) acc.add(v);
  s.n = static_cast<int>(acc.count());
  s.mean = acc.mean();
  s.sd = acc.sd();
  if (s.n >= 2) s.half_width = student_t_quantile(0.975, s.n - 1) * s.sd / std::sqrt(double(s.n));
  s.ci_low = s.mean - s.half_width;
  s.ci_high = s.mean + s.half_width;
  std::sort(values.begin(), values.end());
  s.p5 = percentile_sorted(values, 0.05);
  s.p50 = percentile_sorted(values, 0.50);
  s.p95 = percentile_sorted(values, 0.95);
  return s;
}

}  // namespace ketensim::stats
