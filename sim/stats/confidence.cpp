#include "sim/stats/confidence.h"

#include <cmath>
#include <unordered_map>

#include "sim/stats/student_t.h"

namespace ketensim::stats {

double t_critical_95(int df) {
  thread_local std::unordered_map<int, double> known;
  auto it = known.find(df);
  if (it != known.end()) return it->second;
  return known[df] = student_t_quantile(0.975, df);
}

namespace {

// The interval of `a`'s mean with `t(df)` the t quantile for its degrees of freedom.
template <typename Quantile>
Interval interval_with(const Accumulator& a, Quantile t) {
  Interval i;
  i.n = static_cast<int>(a.count());
  if (i.n == 0) {
    i.mean = i.sd = i.half_width = i.low = i.high = std::nan("");
    return i;
  }
  i.mean = a.mean();
  i.sd = a.sd();
  if (i.n >= 2) i.half_width = t(i.n - 1) * i.sd / std::sqrt(double(i.n));
  i.low = i.mean - i.half_width;
  i.high = i.mean + i.half_width;
  return i;
}

}  // namespace

Interval interval_95(const Accumulator& a) {
  return interval_with(a, t_critical_95);
}

Interval interval_at(const Accumulator& a, double level) {
  return interval_with(a, [level](int df) { return student_t_quantile(0.5 + level / 2, df); });
}

}  // namespace ketensim::stats
