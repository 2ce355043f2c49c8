#include "sim/stats/input_distribution.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

#include "sim/stats/student_t.h"

namespace ketensim::stats {
namespace {

// The cut of the unbounded forms: u in [0, 1] maps to [kCut, 1 - kCut].
constexpr double kCut = 0.001;

void require(bool ok, const std::string& message) {
  if (!ok) throw std::invalid_argument(message);
}

bool finite(std::initializer_list<double> xs) {
  return std::all_of(xs.begin(), xs.end(), [](double x) { return std::isfinite(x); });
}

// Bisection on a CDF that is increasing on [lo, hi].
template <class Cdf>
double invert(const Cdf& cdf, double q, double lo, double hi) {
  for (int i = 0; i < 200 && hi - lo > 1e-15 * (1 + std::fabs(lo)); ++i) {
    double mid = 0.5 * (lo + hi);
    (cdf(mid) < q ? lo : hi) = mid;
  }
  return 0.5 * (lo + hi);
}

std::string number(double x) {
  std::ostringstream o;
  o.precision(6);
  o << x;
  return o.str();
}

}  // namespace

double normal_quantile(double q) {
  return invert([](double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }, q, -40, 40);
}

InputDistribution InputDistribution::uniform(double min, double max) {
  require(finite({min, max}), "min and max must be finite numbers");
  require(min < max, "min must be below max");
  return {Kind::uniform, {min, max}};
}

InputDistribution InputDistribution::triangular(double min, double mode, double max) {
  require(finite({min, mode, max}), "min, mode and max must be finite numbers");
  require(min < max, "min must be below max");
  require(min <= mode && mode <= max, "mode must lie from min to max");
  return {Kind::triangular, {min, mode, max}};
}

InputDistribution InputDistribution::normal(double mean, double sd) {
  require(finite({mean, sd}), "mean and sd must be finite numbers");
  require(sd > 0, "sd must be above 0");
  return {Kind::normal, {mean, sd}};
}

InputDistribution InputDistribution::lognormal(double mean, double sd) {
  require(finite({mean, sd}), "mean and sd must be finite numbers");
  require(mean > 0, "mean must be above 0 (a lognormal value is positive)");
  require(sd > 0, "sd must be above 0");
  double sigma2 = std::log1p(sd * sd / (mean * mean));
  return {Kind::lognormal, {mean, sd, std::log(mean) - sigma2 / 2, std::sqrt(sigma2)}};
}

InputDistribution InputDistribution::beta(double alpha, double beta, double min, double max) {
  require(finite({alpha, beta, min, max}), "alpha, beta, min and max must be finite numbers");
  require(alpha > 0 && beta > 0, "alpha and beta must be above 0");
  require(min < max, "min must be below max");
  return {Kind::beta, {alpha, beta, min, max}};
}

InputDistribution InputDistribution::draws(std::vector<double> values) {
  require(values.size() >= 2, "needs at least 2 draws");
  require(std::all_of(values.begin(), values.end(), [](double x) { return std::isfinite(x); }),
          "every draw must be a finite number");
  std::sort(values.begin(), values.end());
  return {Kind::draws, std::move(values)};
}

double InputDistribution::quantile(double u) const {
  u = std::clamp(u, 0.0, 1.0);
  const std::vector<double>& p = p_;
  switch (kind_) {
    case Kind::uniform:
      return p[0] + u * (p[1] - p[0]);
    case Kind::triangular: {  // inverse of the piecewise-quadratic CDF
      double split = (p[1] - p[0]) / (p[2] - p[0]);
      if (u <= split) return p[0] + std::sqrt(u * (p[2] - p[0]) * (p[1] - p[0]));
      return p[2] - std::sqrt((1 - u) * (p[2] - p[0]) * (p[2] - p[1]));
    }
    case Kind::normal:
      return p[0] + p[1] * normal_quantile(kCut + u * (1 - 2 * kCut));
    case Kind::lognormal:
      return std::exp(p[2] + p[3] * normal_quantile(kCut + u * (1 - 2 * kCut)));
    case Kind::beta: {
      double x = u <= 0 ? 0
                 : u >= 1
                     ? 1
                     : invert([&](double v) { return incomplete_beta(p[0], p[1], v); }, u, 0, 1);
      return p[2] + x * (p[3] - p[2]);
    }
    case Kind::draws: {  // the inverse of the draws' empirical CDF
      auto i = static_cast<std::size_t>(std::ceil(u * static_cast<double>(p.size())));
      return p[std::clamp<std::size_t>(i, 1, p.size()) - 1];
    }
  }
  return 0;
}

std::string InputDistribution::describe() const {
  const std::vector<double>& p = p_;
  switch (kind_) {
    case Kind::uniform:
      return "uniform(" + number(p[0]) + " .. " + number(p[1]) + ")";
    case Kind::triangular:
      return "triangular(" + number(p[0]) + ", " + number(p[1]) + ", " + number(p[2]) + ")";
    case Kind::normal:
      return "normal(mean " + number(p[0]) + ", sd " + number(p[1]) + ")";
    case Kind::lognormal:
      return "lognormal(mean " + number(p[0]) + ", sd " + number(p[1]) + ")";
    case Kind::beta:
      return "beta(" + number(p[0]) + ", " + number(p[1]) + ") on " + number(p[2]) + " .. " +
             number(p[3]);
    case Kind::draws:
      return std::to_string(p.size()) + " draws (" + number(p.front()) + " .. " + number(p.back()) +
             ")";
  }
  return "";
}

}  // namespace ketensim::stats
