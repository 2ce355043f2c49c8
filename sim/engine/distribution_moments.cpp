// The analytic mean, variance and median of each distribution, used by reports and by the
// tests that check every sampler against them.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "sim/engine/distribution.h"

namespace ketensim::engine {

double Distribution::mean() const {
  switch (kind_) {
    case DistributionKind::fixed:
      return a_;
    case DistributionKind::exponential:
      return a_;
    case DistributionKind::lognormal:
      return std::exp(a_ + b_ * b_ / 2);
    case DistributionKind::gamma:
      return a_ * b_;
    case DistributionKind::weibull:
      return b_ * std::tgamma(1 + 1 / a_);
    case DistributionKind::triangular:
      return (a_ + b_ + c_) / 3;
    case DistributionKind::uniform:
      return (a_ + b_) / 2;
    case DistributionKind::empirical:
      return empirical_mean();
  }
  return a_;
}

double Distribution::variance() const {
  switch (kind_) {
    case DistributionKind::fixed:
      return 0;
    case DistributionKind::exponential:
      return a_ * a_;
    case DistributionKind::lognormal:
      return std::expm1(b_ * b_) * std::exp(2 * a_ + b_ * b_);
    case DistributionKind::gamma:
      return a_ * b_ * b_;
    case DistributionKind::weibull: {
      const double g1 = std::tgamma(1 + 1 / a_);
      return b_ * b_ * (std::tgamma(1 + 2 / a_) - g1 * g1);
    }
    case DistributionKind::triangular:
      return (a_ * a_ + b_ * b_ + c_ * c_ - a_ * b_ - a_ * c_ - b_ * c_) / 18;
    case DistributionKind::uniform:
      return (b_ - a_) * (b_ - a_) / 12;
    case DistributionKind::empirical:
      return empirical_variance();
  }
  return 0;
}

double Distribution::empirical_mean() const {
  return std::inner_product(values_.begin(), values_.end(), weights_.begin(), 0.0);
}

double Distribution::empirical_variance() const {
  const double m = empirical_mean();
  double sum = 0;
  for (std::size_t i = 0; i < values_.size(); ++i)
    sum += weights_[i] * (values_[i] - m) * (values_[i] - m);
  return sum;
}

namespace {

// P(k, x), the regularised lower incomplete gamma function: its power series below k + 1,
// else 1 - Q(k, x) by Lentz's continued fraction (Abramowitz and Stegun 6.5.29 and 6.5.31).
double gamma_p(double k, double x) {
  if (x <= 0) return 0;
  double log_front = k * std::log(x) - x - std::lgamma(k);
  if (x < k + 1) {
    double term = 1 / k, sum = term;
    for (int n = 1; n < 1000 && std::fabs(term) > 1e-15 * sum; ++n) {
      term *= x / (k + n);
      sum += term;
    }
    return sum * std::exp(log_front);
  }
  const double tiny = 1e-300;
  double b = x + 1 - k, c = 1 / tiny, d = 1 / b, h = d;
  for (int n = 1; n < 1000; ++n) {
    double an = -n * (n - k);
    b += 2;
    d = an * d + b;
    d = std::fabs(d) < tiny ? tiny : d;
    c = b + an / c;
    c = std::fabs(c) < tiny ? tiny : c;
    d = 1 / d;
    double step = d * c;
    h *= step;
    if (std::fabs(step - 1) < 1e-15) break;
  }
  return 1 - std::exp(log_front) * h;
}

// The x at which the gamma(shape, 1) CDF is one half, by bisection (the CDF is increasing).
double gamma_median(double shape) {
  double low = 0, high = shape + 10 * std::sqrt(shape) + 10;
  for (int i = 0; i < 200 && high - low > 1e-12 * high; ++i) {
    double mid = (low + high) / 2;
    (gamma_p(shape, mid) < 0.5 ? low : high) = mid;
  }
  return (low + high) / 2;
}

}  // namespace

double Distribution::median() const {
  switch (kind_) {
    case DistributionKind::fixed:
      return a_;
    case DistributionKind::exponential:
      return a_ * std::log(2.0);  // +infinity for the one that never ends
    case DistributionKind::lognormal:
      return std::exp(a_);
    case DistributionKind::gamma:
      return b_ * gamma_median(a_);
    case DistributionKind::weibull:
      return b_ * std::pow(std::log(2.0), 1 / a_);
    case DistributionKind::triangular: {  // the sampler's inverse CDF at one half
      const double span = c_ - a_;
      return b_ - a_ >= span / 2 ? a_ + std::sqrt(span * (b_ - a_) / 2)
                                 : c_ - std::sqrt(span * (c_ - b_) / 2);
    }
    case DistributionKind::uniform:
      return (a_ + b_) / 2;
    case DistributionKind::empirical:
      return empirical_median();
  }
  return a_;
}

double Distribution::empirical_median() const {
  std::vector<std::size_t> order(values_.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::sort(order.begin(), order.end(),
            [&](std::size_t i, std::size_t j) { return values_[i] < values_[j]; });
  double below = 0;
  for (std::size_t i : order) {
    below += weights_[i];
    if (below >= 0.5 - 1e-12) return values_[i];
  }
  return values_[order.back()];
}

}  // namespace ketensim::engine
