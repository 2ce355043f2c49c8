#include "sim/engine/distribution.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <limits>
#include <numeric>
#include <stdexcept>

namespace ketensim::engine {
namespace {

constexpr double kTwoPi = 6.283185307179586476925;
constexpr double kZ90 = 1.2815515655446004;  // standard normal 0.9 quantile
constexpr double kWeightTolerance = 1e-9;

struct KindInfo {
  const char* name;
  std::array<const char*, 3> parameters;
  int count;
};

// Indexed by DistributionKind; the parameter order is that of a_, b_, c_.
constexpr KindInfo kKinds[] = {
    {"fixed", {"value"}, 1},
    {"exponential", {"mean"}, 1},
    {"lognormal", {"mu", "sigma"}, 2},
    {"gamma", {"shape", "scale"}, 2},
    {"weibull", {"shape", "scale"}, 2},
    {"triangular", {"min", "mode", "max"}, 3},
    {"uniform", {"min", "max"}, 2},
    {"empirical", {}, 0},
};

const KindInfo& info(DistributionKind kind) {
  return kKinds[static_cast<int>(kind)];
}

// Shortest text that reads back as the same double: for messages and empirical names.
std::string exact_text(double x) {
  char text[32];
  const auto result = std::to_chars(text, text + sizeof text, x);
  return std::string(text, result.ptr);
}

// Four significant digits: for describe(), which people read in reports.
std::string short_text(double x) {
  char text[32];
  const bool large = std::fabs(x) >= 1e4 && std::fabs(x) < 1e15;
  std::snprintf(text, sizeof text, large ? "%.0f" : "%.4g", x);
  return text;
}

void require(bool ok, const std::string& message) {
  if (!ok) throw std::invalid_argument(message);
}

void require_finite(double x, const std::string& what) {
  require(std::isfinite(x), what + " must be a finite number, got " + exact_text(x));
}

void require_positive(double x, const std::string& what) {
  require_finite(x, what);
  require(x > 0, what + " must be positive, got " + exact_text(x));
}

void require_ordered(double low, double high, const std::string& what) {
  require(low <= high, what + ": " + exact_text(low) + " is greater than " + exact_text(high));
}

void validate_empirical(const std::vector<double>& values, const std::vector<double>& weights) {
  require(!values.empty(), "empirical distribution needs at least one value");
  require(values.size() == weights.size(), "empirical distribution has " +
                                               std::to_string(values.size()) + " values but " +
                                               std::to_string(weights.size()) + " weights");
  for (std::size_t i = 0; i < values.size(); ++i) {
    require_finite(values[i], "empirical value " + std::to_string(i + 1));
    require_finite(weights[i], "empirical weight of value " + exact_text(values[i]));
    require(weights[i] >= 0, "empirical weight of value " + exact_text(values[i]) +
                                 " must not be negative, got " + exact_text(weights[i]));
  }
  const double sum = std::accumulate(weights.begin(), weights.end(), 0.0);
  require(std::fabs(sum - 1) <= kWeightTolerance,
          "empirical weights must sum to 1, they sum to " + exact_text(sum));
}

// Running sums of the weights. From the last positive weight on they are set to exactly 1,
// so a uniform in (0,1) always lands in a bucket with positive weight despite rounding.
std::vector<double> cumulative_weights(const std::vector<double>& weights) {
  std::vector<double> cumulative(weights.size());
  std::partial_sum(weights.begin(), weights.end(), cumulative.begin());
  const auto last_positive =
      std::find_if(weights.rbegin(), weights.rend(), [](double w) { return w > 0; });
  std::fill(cumulative.end() - (last_positive - weights.rbegin()) - 1, cumulative.end(), 1.0);
  return cumulative;
}

// Marsaglia and Tsang (2000): a gamma(shape >= 1, scale 1) variate by squeezed rejection
// from a transformed normal. Each attempt draws two or three uniforms.
double marsaglia_tsang(RandomStream& r, double shape) {
  const double d = shape - 1.0 / 3.0;
  const double c = 1.0 / std::sqrt(9.0 * d);
  for (;;) {
    const double x = standard_normal(r);
    const double root = 1.0 + c * x;
    if (root <= 0) continue;
    const double v = root * root * root;
    const double u = r.uniform01();
    if (u < 1.0 - 0.0331 * (x * x) * (x * x)) return d * v;
    if (std::log(u) < 0.5 * x * x + d * (1.0 - v + std::log(v))) return d * v;
  }
}

}  // namespace

double standard_normal(RandomStream& r) {
  const double u1 = r.uniform01();
  const double u2 = r.uniform01();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(kTwoPi * u2);
}

Distribution::Distribution(DistributionKind kind, double a, double b, double c)
    : kind_(kind), a_(a), b_(b), c_(c) {}

Distribution Distribution::fixed(double value) {
  require_finite(value, "fixed value");
  return Distribution(DistributionKind::fixed, value);
}

Distribution Distribution::exponential(double mean) {
  require_positive(mean, "exponential mean");
  return Distribution(DistributionKind::exponential, mean);
}

Distribution Distribution::exponential_rate(double rate) {
  require_finite(rate, "exponential rate");
  require(rate >= 0, "exponential rate must not be negative, got " + exact_text(rate));
  return Distribution(DistributionKind::exponential,
                      rate > 0 ? 1 / rate : std::numeric_limits<double>::infinity());
}

Distribution Distribution::lognormal(double mu, double sigma) {
  require_finite(mu, "lognormal mu");
  require_positive(sigma, "lognormal sigma");
  return Distribution(DistributionKind::lognormal, mu, sigma);
}

Distribution Distribution::lognormal_median_p90(double median, double p90) {
  require_positive(median, "lognormal median");
  require_finite(p90, "lognormal p90");
  require(p90 > median, "lognormal p90 must be greater than the median, got p90 " +
                            exact_text(p90) + " and median " + exact_text(median));
  return lognormal(std::log(median), std::log(p90 / median) / kZ90);
}

Distribution Distribution::gamma(double shape, double scale) {
  require_positive(shape, "gamma shape");
  require_positive(scale, "gamma scale");
  return Distribution(DistributionKind::gamma, shape, scale);
}

Distribution Distribution::weibull(double shape, double scale) {
  require_positive(shape, "weibull shape");
  require_positive(scale, "weibull scale");
  return Distribution(DistributionKind::weibull, shape, scale);
}

Distribution Distribution::triangular(double min, double mode, double max) {
  require_finite(min, "triangular min");
  require_finite(mode, "triangular mode");
  require_finite(max, "triangular max");
  require_ordered(min, mode, "triangular min must not exceed mode");
  require_ordered(mode, max, "triangular mode must not exceed max");
  require(min < max, "triangular min and max are both " + exact_text(min) +
                         "; use a fixed distribution for a constant");
  return Distribution(DistributionKind::triangular, min, mode, max);
}

Distribution Distribution::uniform(double min, double max) {
  require_finite(min, "uniform min");
  require_finite(max, "uniform max");
  require_ordered(min, max, "uniform min must not exceed max");
  return Distribution(DistributionKind::uniform, min, max);
}

Distribution Distribution::empirical(std::vector<double> values, std::vector<double> weights) {
  validate_empirical(values, weights);
  Distribution d(DistributionKind::empirical, 0);
  d.cumulative_ = cumulative_weights(weights);
  d.values_ = std::move(values);
  d.weights_ = std::move(weights);
  return d;
}

double Distribution::sample(RandomStream& r) const {
  switch (kind_) {
    case DistributionKind::fixed:
      return a_;
    case DistributionKind::exponential:
      return -a_ * std::log(r.uniform01());
    case DistributionKind::lognormal:
      return std::exp(a_ + b_ * standard_normal(r));
    case DistributionKind::gamma:
      return sample_gamma(r);
    case DistributionKind::weibull:
      return b_ * std::pow(-std::log(r.uniform01()), 1.0 / a_);
    case DistributionKind::triangular:
      return sample_triangular(r.uniform01());
    case DistributionKind::uniform:
      return r.uniform(a_, b_);
    case DistributionKind::empirical:
      return sample_empirical(r.uniform01());
  }
  return a_;
}

double Distribution::sample_gamma(RandomStream& r) const {
  if (a_ >= 1) return marsaglia_tsang(r, a_) * b_;
  const double boosted = marsaglia_tsang(r, a_ + 1.0);
  return boosted * std::pow(r.uniform01(), 1.0 / a_) * b_;
}

double Distribution::sample_triangular(double u) const {
  const double span = c_ - a_;
  if (u * span < b_ - a_) return a_ + std::sqrt(u * span * (b_ - a_));
  return c_ - std::sqrt((1.0 - u) * span * (c_ - b_));
}

double Distribution::sample_empirical(double u) const {
  const auto bucket = std::upper_bound(cumulative_.begin(), cumulative_.end(), u);
  const auto index = std::min<std::size_t>(bucket - cumulative_.begin(), values_.size() - 1);
  return values_[index];
}

std::vector<std::pair<std::string, double>> Distribution::parameters() const {
  std::vector<std::pair<std::string, double>> result;
  const double numbers[3] = {a_, b_, c_};
  for (int i = 0; i < info(kind_).count; ++i)
    result.emplace_back(info(kind_).parameters[i], numbers[i]);
  for (std::size_t i = 0; i < values_.size(); ++i)
    result.emplace_back("v=" + exact_text(values_[i]), weights_[i]);
  return result;
}

std::string Distribution::describe() const {
  std::string text = std::string(info(kind_).name) + "(";
  const auto params = parameters();
  for (std::size_t i = 0; i < params.size(); ++i) {
    if (i > 0) text += ", ";
    text += kind_ == DistributionKind::empirical
                ? short_text(values_[i]) + ":" + short_text(params[i].second)
                : params[i].first + "=" + short_text(params[i].second);
  }
  return text + ")";
}

}  // namespace ketensim::engine
