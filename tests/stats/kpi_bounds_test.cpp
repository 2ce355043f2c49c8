// A KPI's interval is cut to where its mean can lie: never below 0, a share never above 1;
// the mean, and any other unit's upper end, are left as they are.
#include "sim/stats/kpi_bounds.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace ketensim::stats;

TEST_CASE(
    "kpi bounds: a count near 0 and a share near 1 keep their intervals inside what they can be") {
  Summary near_zero;
  near_zero.n = 5;
  near_zero.mean = 0.4;
  near_zero.ci_low = -0.15;
  near_zero.ci_high = 0.95;
  Summary cut = within_bounds(near_zero, "children");
  CHECK(cut.ci_low == 0);
  CHECK(cut.ci_high == 0.95);
  CHECK(cut.mean == 0.4);

  Interval share{5, 0.99, 0.01, 0.02, 0.97, 1.01};
  Interval s = within_bounds(share, "share");
  CHECK(s.low == 0.97);
  CHECK(s.high == 1.0);
  // Turnover is a share per year: it can pass 1.
  CHECK(within_bounds(Interval{5, 1.2, 0.1, 0.2, 1.0, 1.4}, "share per year").high == 1.4);
  // No value stays no value.
  Interval none{0, NAN, NAN, 0, NAN, NAN};
  CHECK(std::isnan(within_bounds(none, "days").low));
}
