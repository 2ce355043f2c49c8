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

Interval interval_95(const Accumulator& a) {
  Interval i;
  i.n = static_cast<int>(a.count());
  if (i.n == 0) {
    i.mean = i.sd = i.half_width = i.low = i.high = std::nan("");
    return i;
  }
  i.mean = a.mean();
  i.sd = a.sd();
  if (i.n >= 2) i.half_width = t_critical_95(i.n - 1) * i.sd / std::sqrt(double(i.n));
  i.low = i.mean - i.half_width;
  i.high = i.mean + i.half_width;
  return i;
}

}  // namespace ketensim::stats
