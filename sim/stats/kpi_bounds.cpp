#include "sim/stats/kpi_bounds.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace ketensim::stats {

namespace {

// NaN (no value) stays NaN; std::clamp would turn it into a bound.
double clamped(double x, const KpiBounds& b) {
  return std::isnan(x) ? x : std::clamp(x, b.low, b.high);
}

}  // namespace

KpiBounds kpi_bounds(const std::string& unit) {
  return {0, unit == "share" ? 1.0 : std::numeric_limits<double>::infinity()};
}

Summary within_bounds(Summary s, const std::string& unit) {
  KpiBounds b = kpi_bounds(unit);
  s.ci_low = clamped(s.ci_low, b);
  s.ci_high = clamped(s.ci_high, b);
  return s;
}

Interval within_bounds(Interval i, const std::string& unit) {
  KpiBounds b = kpi_bounds(unit);
  i.low = clamped(i.low, b);
  i.high = clamped(i.high, b);
  return i;
}

}  // namespace ketensim::stats
