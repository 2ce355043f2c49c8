// Probability distributions for durations and counts, with our own samplers.
//
// The standard library's distributions may return different numbers for the same engine
// output in different library versions, which would break reproducibility across machines.
// So each sampler here is written out, consumes a documented number of uniforms, and is
// pinned by golden-value tests. Inverse transforms take u from RandomStream::uniform01(),
// which is never 0 or 1, so log(u) and log(1-u) are always finite.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "sim/engine/random.h"

namespace ketensim::engine {

enum class DistributionKind : std::uint8_t {
  fixed,
  exponential,
  lognormal,
  gamma,
  weibull,
  triangular,
  uniform,
  empirical
};

// Box-Muller (cosine branch) from exactly two uniforms; the sine partner is not cached, so
// the number of draws never depends on earlier calls.
double standard_normal(RandomStream& r);

// A validated distribution: a value type, cheap to copy except for empirical tables.
// Factories throw std::invalid_argument with a plain-English message naming the bad
// parameter, so that a scenario loader can pass it on to the person who wrote the file.
class Distribution {
 public:
  static Distribution fixed(double value);
  static Distribution exponential(double mean);
  // Exponential by its rate (events per time unit); rate 0 is the exponential that never
  // ends: every sample is +infinity (a hazard a policy may switch on later).
  static Distribution exponential_rate(double rate);
  static Distribution lognormal(double mu, double sigma);
  // The lognormal with this median and 90th percentile: mu = ln(median),
  // sigma = ln(p90 / median) / z_0.9. The way published waiting times are usually reported.
  static Distribution lognormal_median_p90(double median, double p90);
  // Marsaglia and Tsang, "A simple method for generating gamma variables", ACM TOMS 26(3),
  // 2000; for shape < 1 it samples shape + 1 and multiplies by u^(1/shape) (their note 2).
  static Distribution gamma(double shape, double scale);
  static Distribution weibull(double shape, double scale);              // inverse transform
  static Distribution triangular(double min, double mode, double max);  // inverse transform
  static Distribution uniform(double min, double max);
  // Discrete: values[i] with probability weights[i]; weights must sum to 1 within 1e-9.
  static Distribution empirical(std::vector<double> values, std::vector<double> weights);

  double sample(RandomStream& r) const;
  double mean() const;      // analytic
  double variance() const;  // analytic
  // Half the draws fall below it: analytic, except the gamma's (its CDF, the regularised
  // incomplete gamma, solved by bisection); an empirical table's lowest value whose weight,
  // with those below it, reaches one half. +infinity for the exponential that never ends.
  double median() const;
  DistributionKind kind() const { return kind_; }

  // (name, value) pairs in a fixed order for reports: {"mu", ..}, {"sigma", ..}. Empirical
  // tables give one pair per value, named "v=<value>", holding its weight.
  std::vector<std::pair<std::string, double>> parameters() const;
  std::string describe() const;  // e.g. "lognormal(mu=4.787, sigma=0.6328)"

  const std::vector<double>& values() const { return values_; }    // empirical only
  const std::vector<double>& weights() const { return weights_; }  // empirical only

 private:
  Distribution(DistributionKind kind, double a, double b = 0, double c = 0);

  double sample_gamma(RandomStream& r) const;
  double sample_triangular(double u) const;
  double sample_empirical(double u) const;
  double empirical_mean() const;
  double empirical_variance() const;
  double empirical_median() const;

  DistributionKind kind_;
  double a_, b_, c_;  // parameters in the order parameters() lists them
  std::vector<double> values_;
  std::vector<double> weights_;
  std::vector<double> cumulative_;  // running sums of weights_, last positive one set to 1
};

}  // namespace ketensim::engine
