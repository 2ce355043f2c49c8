#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <vector>

#include "sim/engine/distribution.h"

namespace ketensim::engine {
namespace {

struct SampleMoments {
  double mean = 0;
  double variance = 0;
  double fourth = 0;  // fourth central moment, for the standard error of the variance
};

SampleMoments moments_of(const std::vector<double>& xs) {
  SampleMoments m;
  for (const double x : xs) m.mean += x;
  m.mean /= static_cast<double>(xs.size());
  for (const double x : xs) {
    const double d2 = (x - m.mean) * (x - m.mean);
    m.variance += d2;
    m.fourth += d2 * d2;
  }
  m.variance /= static_cast<double>(xs.size() - 1);
  m.fourth /= static_cast<double>(xs.size());
  return m;
}

std::vector<double> draw(const Distribution& d, int n, std::uint64_t seed) {
  RandomStream stream(derive_key(seed, 0, "moments"));
  std::vector<double> xs(static_cast<std::size_t>(n));
  for (double& x : xs) x = d.sample(stream);
  return xs;
}

// Sample mean within 4 standard errors of mean(), and sample variance within 4 standard
// errors of variance(), using the sample's fourth moment: SE^2 = (mu4 - sigma^4) / n.
void check_moments(const Distribution& d) {
  const int n = 1'000'000;
  const SampleMoments m = moments_of(draw(d, n, 2024));
  CAPTURE(d.describe());
  CHECK(std::fabs(m.mean - d.mean()) <= 4 * std::sqrt(d.variance() / n));
  const double variance_se = std::sqrt((m.fourth - m.variance * m.variance) / n);
  CHECK(std::fabs(m.variance - d.variance()) <= 4 * variance_se);
}

TEST_CASE("sample moments match the analytic mean and variance") {
  check_moments(Distribution::exponential(10));
  check_moments(Distribution::lognormal(2, 0.5));
  check_moments(Distribution::gamma(2.5, 3));
  check_moments(Distribution::gamma(0.5, 2));
  check_moments(Distribution::gamma(1, 1));
  check_moments(Distribution::weibull(1.5, 20));
  check_moments(Distribution::weibull(0.8, 5));
  check_moments(Distribution::triangular(1, 4, 10));
  check_moments(Distribution::triangular(0, 0, 1));
  check_moments(Distribution::uniform(2, 5));
  check_moments(Distribution::empirical({30, 60, 90}, {0.25, 0.25, 0.5}));
}

TEST_CASE("fixed has its value as mean and no variance") {
  const Distribution d = Distribution::fixed(7.25);
  CHECK(d.mean() == 7.25);
  CHECK(d.variance() == 0);
  const SampleMoments m = moments_of(draw(d, 1000, 1));
  CHECK(m.mean == 7.25);
  CHECK(m.variance == 0);
}

TEST_CASE("standard_normal has mean 0 and variance 1") {
  RandomStream stream(derive_key(3, 0, "normal"));
  std::vector<double> xs(1'000'000);
  for (double& x : xs) x = standard_normal(stream);
  const SampleMoments m = moments_of(xs);
  CHECK(std::fabs(m.mean) <= 4 * std::sqrt(1e-6));
  CHECK(std::fabs(m.variance - 1) <= 4 * std::sqrt(2e-6));  // mu4 - sigma^4 = 3 - 1
}

double quantile(std::vector<double> xs, double p) {
  const auto k = static_cast<std::size_t>(p * static_cast<double>(xs.size()));
  std::nth_element(xs.begin(), xs.begin() + static_cast<std::ptrdiff_t>(k), xs.end());
  return xs[k];
}

TEST_CASE("lognormal_median_p90 reproduces its median and 90th percentile") {
  const std::vector<double> xs = draw(Distribution::lognormal_median_p90(120, 270), 1'000'000, 5);
  CHECK(quantile(xs, 0.5) == doctest::Approx(120).epsilon(0.005));
  CHECK(quantile(xs, 0.9) == doctest::Approx(270).epsilon(0.005));
}

// Half of a million draws fall below median(): within 4 standard errors of a share, 4 x 0.0005.
TEST_CASE("median: half the draws fall below it") {
  for (const Distribution& d :
       {Distribution::exponential(10), Distribution::lognormal(2, 0.5), Distribution::gamma(2.5, 3),
        Distribution::gamma(0.5, 2), Distribution::gamma(40, 2), Distribution::weibull(1.5, 20),
        Distribution::weibull(0.8, 5), Distribution::triangular(1, 4, 10),
        Distribution::triangular(0, 0, 1), Distribution::triangular(0, 9, 10),
        Distribution::uniform(2, 5)}) {
    CAPTURE(d.describe());
    const std::vector<double> xs = draw(d, 1'000'000, 77);
    const double m = d.median();
    const double below =
        static_cast<double>(std::count_if(xs.begin(), xs.end(), [&](double x) { return x < m; }));
    CHECK(std::fabs(below / 1e6 - 0.5) <= 4 * 0.0005);
  }
}

TEST_CASE(
    "median by hand: the gamma's from its CDF, an empirical table's, the never-ending exponential's") {
  CHECK(Distribution::gamma(1, 3).median() == doctest::Approx(3 * std::log(2.0)).epsilon(1e-9));
  CHECK(Distribution::gamma(2, 1).median() == doctest::Approx(1.678346990016661).epsilon(1e-9));
  CHECK(Distribution::empirical({30, 60, 90}, {0.25, 0.25, 0.5}).median() == 60);
  CHECK(Distribution::empirical({90, 30}, {0.4, 0.6}).median() == 30);
  CHECK(Distribution::fixed(14).median() == 14);
  CHECK(std::isinf(Distribution::exponential_rate(0).median()));
}

}  // namespace
}  // namespace ketensim::engine
