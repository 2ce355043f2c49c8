#include <doctest/doctest.h>

#include <cmath>

#include "sim/stats/accumulator.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/student_t.h"
#include "sim/stats/summary.h"

using namespace ketensim::stats;

TEST_CASE("Student t quantiles match published tables") {
  CHECK(student_t_quantile(0.975, 1) == doctest::Approx(12.7062047).epsilon(1e-7));
  CHECK(student_t_quantile(0.975, 9) == doctest::Approx(2.2621572).epsilon(1e-7));
  CHECK(student_t_quantile(0.975, 30) == doctest::Approx(2.0422725).epsilon(1e-7));
  CHECK(student_t_quantile(0.975, 1e7) == doctest::Approx(1.9599640).epsilon(1e-6));
  CHECK(std::fabs(student_t_quantile(0.5, 4)) < 1e-6);
  CHECK(student_t_cdf(-2.2621572, 9) == doctest::Approx(0.025).epsilon(1e-6));
}

TEST_CASE("the accumulator merges to the same mean and variance as one pass") {
  Accumulator all, left, right;
  for (int i = 1; i <= 100; ++i) {
    double x = std::sin(i) * 10 + i * 0.1;
    all.add(x);
    (i <= 37 ? left : right).add(x);
  }
  left.merge(right);
  CHECK(left.count() == 100);
  CHECK(left.mean() == doctest::Approx(all.mean()).epsilon(1e-12));
  CHECK(left.variance() == doctest::Approx(all.variance()).epsilon(1e-12));
}

TEST_CASE("summary: mean, t interval, percentiles, NaN left out") {
  Summary s = summarise({1, 2, 3, 4, std::nan(""), 5});
  CHECK(s.n == 5);
  CHECK(s.mean == 3);
  CHECK(s.sd == doctest::Approx(std::sqrt(2.5)));
  CHECK(s.half_width == doctest::Approx(2.7764451 * std::sqrt(2.5) / std::sqrt(5.0)).epsilon(1e-7));
  CHECK(s.p50 == 3);
  CHECK(s.p5 == doctest::Approx(1.2));
  CHECK(s.p95 == doctest::Approx(4.8));
  CHECK(summarise({std::nan("")}).n == 0);
  Summary one = summarise({7});
  CHECK(one.ci_low == 7);
  CHECK(one.ci_high == 7);
}

TEST_CASE("the catalog lays out KPI x subject x period") {
  KpiCatalog c({"2020", "2021", "all"});
  int a = c.add({"arrivals", "families", ""}, {"x", "y"});
  int b = c.add({"wait", "days", ""}, {"r"});
  CHECK(c.size() == 9);
  CHECK(c.index(a, 1, 2) == 5);
  CHECK(c.key(c.index(b, 0, 1)).period == "2021");
  CHECK(c.key(c.index(b, 0, 1)).kpi == "wait");
}
