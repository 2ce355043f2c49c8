// The uncertain inputs' distributions and the sensitivity estimators on functions whose
// answers are known exactly, before any simulation is involved.
#include <doctest/doctest.h>

#include <cmath>

#include "sim/stats/input_distribution.h"
#include "sim/stats/morris.h"
#include "sim/stats/sobol.h"

using namespace ketensim::stats;

TEST_CASE("input distributions: quantiles of each form") {
  auto u = InputDistribution::uniform(2, 6);
  CHECK(u.quantile(0) == 2);
  CHECK(u.quantile(0.25) == 3);
  CHECK(u.quantile(1) == 6);
  auto t = InputDistribution::triangular(0, 1, 4);  // CDF at the mode: 1/4
  CHECK(t.quantile(0.25) == doctest::Approx(1));
  CHECK(t.quantile(0.5) == doctest::Approx(4 - std::sqrt(0.5 * 4 * 3)));
  CHECK(normal_quantile(0.975) == doctest::Approx(1.959963985).epsilon(1e-9));
  auto n = InputDistribution::normal(10, 2);
  CHECK(n.quantile(0.5) == doctest::Approx(10));
  CHECK(n.lowest() == doctest::Approx(10 - 2 * 3.090232306).epsilon(1e-8));  // cut at 0.1%
  auto ln = InputDistribution::lognormal(12, 3);  // median = mean / sqrt(1 + cv^2)
  CHECK(ln.quantile(0.5) == doctest::Approx(12 / std::sqrt(1 + 0.0625)));
  auto b = InputDistribution::beta(2, 2, 10, 20);
  CHECK(b.quantile(0.5) == doctest::Approx(15));
  CHECK(b.quantile(0.15625) == doctest::Approx(12.5).epsilon(1e-9));  // I_0.25(2,2) = 0.15625
  CHECK(InputDistribution::beta(1, 1).quantile(0.3) == doctest::Approx(0.3));
  auto d = InputDistribution::draws({5, 1, 3, 2});
  CHECK(d.quantile(0) == 1);
  CHECK(d.quantile(0.5) == 2);
  CHECK(d.quantile(0.51) == 3);
  CHECK(d.quantile(1) == 5);
  CHECK(d.describe() == "4 draws (1 .. 5)");
  CHECK_THROWS_WITH(InputDistribution::uniform(3, 3), "min must be below max");
  CHECK_THROWS_WITH(InputDistribution::triangular(0, 5, 4), "mode must lie from min to max");
  CHECK_THROWS_WITH(InputDistribution::draws({1}), "needs at least 2 draws");
}

TEST_CASE("Morris: each trajectory moves every input once, by Delta, on the grid") {
  auto design = morris_design(5, 8, 3);
  REQUIRE(design.size() == 8);
  for (const auto& t : design) {
    REQUIRE(t.points.size() == 6);
    for (std::size_t j = 0; j < 5; ++j) {
      for (int i = 0; i < 5; ++i) {
        double change = t.points[j + 1][i] - t.points[j][i];
        CHECK(std::fabs(change) == doctest::Approx(i == t.moved[j] ? kMorrisDelta : 0));
      }
    }
  }
  CHECK(morris_design(5, 8, 3)[2].points == design[2].points);  // the same seed, the same design
}

TEST_CASE("Morris on y = 4 x0 + x1^2 + 0 x2: mu* = 4, 1 and 0, the dummy below the noise floor") {
  auto design = morris_design(3, 20, 11);
  std::vector<std::vector<double>> y, se;
  for (const auto& t : design) {
    y.emplace_back();
    se.emplace_back(3, 0.0);
    for (const auto& x : t.points) y.back().push_back(4 * x[0] + x[1] * x[1]);
  }
  auto m = morris_indices(design, y, se);
  CHECK(m[0].mu_star == doctest::Approx(4));
  CHECK(m[0].sigma == doctest::Approx(0).epsilon(1e-9));
  CHECK(m[1].mu_star > 0.5);  // (x + 2/3)^2 - x^2 over 2/3: 2x + 2/3 from 2/3 to 4/3
  CHECK(m[1].mu_star < 1.4);
  CHECK(m[2].mu_star == 0);
  CHECK(m[2].below_noise);
  CHECK_FALSE(m[0].below_noise);
}

TEST_CASE("Sobol' on y = x0 x1 with independent uniforms brackets the exact indices") {
  // x0 ~ U(1, 3), x1 ~ U(0, 1): V0 = Var(x0) E[x1]^2 = 1/12, V1 = Var(x1) E[x0]^2 = 4/12,
  // V01 = Var(x0) Var(x1) = 1/36; V = 1/12 + 4/12 + 1/36 = 4/9.
  const double v = 4.0 / 9, s0 = (1.0 / 12) / v, s1 = (4.0 / 12) / v;
  const double t0 = (1.0 / 12 + 1.0 / 36) / v, t1 = (4.0 / 12 + 1.0 / 36) / v;
  auto d = sobol_design(2, 2000, 5);
  std::vector<double> y;
  for (const auto& x : d.points) y.push_back((1 + 2 * x[0]) * x[1]);
  std::vector<double> se(y.size(), 0);
  std::vector<std::vector<double>> ab_se(d.rows, std::vector<double>(2, 0));
  auto r = sobol_indices(d, y, se, ab_se, 5, 300);
  INFO("S0 " << r.inputs[0].first << " (" << r.inputs[0].first_low << " .. "
             << r.inputs[0].first_high << ")");
  CHECK(r.variance == doctest::Approx(v).epsilon(0.05));
  CHECK(r.inputs[0].first_low <= s0);
  CHECK(r.inputs[0].first_high >= s0);
  CHECK(r.inputs[1].first_low <= s1);
  CHECK(r.inputs[1].first_high >= s1);
  CHECK(r.inputs[0].total_low <= t0);
  CHECK(r.inputs[0].total_high >= t0);
  CHECK(r.inputs[1].total_low <= t1);
  CHECK(r.inputs[1].total_high >= t1);
  CHECK(r.inputs[1].first_low > r.inputs[0].first_high);  // and it tells them apart
}

TEST_CASE("Latin hypercube: one point in each stratum of every coordinate") {
  auto points = latin_hypercube(10, 3, 9);
  for (int i = 0; i < 3; ++i) {
    std::vector<int> hits(10, 0);
    for (const auto& p : points) ++hits[static_cast<int>(p[i] * 10)];
    for (int h : hits) CHECK(h == 1);
  }
}
