// The analytic mean and variance of each distribution, used by reports and by the tests
// that check every sampler against them.
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

}  // namespace ketensim::engine
