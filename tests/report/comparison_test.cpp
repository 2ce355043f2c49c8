// The comparison section's plain-language lines: exact sentences for a cut, a rise, a share
// and a difference whose interval holds zero.
#include "output/report/comparison.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace ketensim;
using output::report::Comparison;
using output::report::KpiDifference;
using output::report::plain_language;

namespace {

stats::Summary mean_ci(double mean, double low, double high) {
  stats::Summary s;
  s.n = 100, s.mean = mean, s.ci_low = low, s.ci_high = high;
  return s;
}

KpiDifference difference(const std::string& kpi, const std::string& subject,
                         const std::string& period, const std::string& unit, double base,
                         double alt, double low, double high) {
  return {{kpi, subject, period, unit},
          mean_ci(base, base, base),
          mean_ci(alt, alt, alt),
          mean_ci(alt - base, low, high)};
}

const Comparison kLowerNorm{"baseline", "lower-norm", {}};

}  // namespace

TEST_CASE("a clear cut reads as 'cuts ... from ... to ...' with the paired interval") {
  auto d = difference("wait_mean", "jbw_jeugdbeschermers", "all", "days", 9.14, 3.2, -6.5, -5.3);
  CHECK(plain_language(kLowerNorm, d, {"wait_mean", "days", "mean wait"}) ==
        "lower-norm cuts the mean wait for jbw jeugdbeschermers from 9.1 to 3.2 days "
        "(difference -5.9 days, 95% CI -6.5 to -5.3).");
}

TEST_CASE("a clear rise in one year reads as 'raises ... in <year>'") {
  auto d = difference("queue_end", "plaatsen", "2023", "families", 120, 134, 9.6, 18.2);
  CHECK(plain_language(kLowerNorm, d, {"queue_end", "families", ""}) ==
        "lower-norm raises the waiting list for plaatsen on 31-12 in 2023 from 120 to 134 families "
        "(difference 14 families, 95% CI 10 to 18).");
}

TEST_CASE("shares are percentages and their differences percentage points") {
  auto d = difference("utilisation", "pleegzorg", "all", "share", 0.92, 0.85, -0.09, -0.05);
  CHECK(plain_language(kLowerNorm, d, {"utilisation", "share", ""}) ==
        "lower-norm cuts the occupancy of pleegzorg from 92% to 85% "
        "(difference -7.0 percentage points, 95% CI -9.0 to -5.0).");
}

TEST_CASE("an interval holding zero says there is no clear difference") {
  auto d = difference("lead_time_mean", "all", "all", "days", 412, 409, -8, 2);
  CHECK(plain_language(kLowerNorm, d, {"lead_time_mean", "days", ""}) ==
        "lower-norm makes no clear difference to the mean doorlooptijd through the chain: "
        "412 days against 409 days (difference -3.0 days, 95% CI -8.0 to 2.0).");
}

TEST_CASE("a KPI the report has no words for is named by its catalog name") {
  auto d = difference("norm_5wd_met", "jbw", "all", "share", 0.5, 0.75, 0.2, 0.3);
  CHECK(plain_language(kLowerNorm, d, {"norm_5wd_met", "share", "share within 5 working days"}) ==
        "lower-norm raises norm_5wd_met for jbw from 50% to 75% "
        "(difference 25 percentage points, 95% CI 20 to 30).");
}

TEST_CASE("a figure that is not a number is written n/a, not 'nan'") {
  auto d =
      difference("wait_mean", "jbw", "2020", "days", std::nan(""), 3, std::nan(""), std::nan(""));
  std::string line = plain_language(kLowerNorm, d, {"wait_mean", "days", ""});
  CHECK(line.find("nan") == std::string::npos);
  CHECK(line ==
        "lower-norm makes no clear difference to the mean wait for jbw in 2020: n/a against "
        "3.0 days (difference n/a, 95% CI n/a to n/a).");
}
