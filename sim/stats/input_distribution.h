// The distribution of an uncertain scenario input: an assumption's plausible range, or a
// calibrated value's uncertainty. Given by its quantile function, because every design that
// varies inputs (Morris trajectories, Saltelli's matrices, a Latin hypercube) picks points of
// the unit cube and maps each coordinate u to the value quantile(u).
//
// Unbounded forms (normal, lognormal) are cut at their 0.1% and 99.9% quantiles, so that
// the ends of a Morris grid (u = 0 and u = 1) are finite values; the cut leaves out 0.2% of
// the probability and is documented in docs/scenario-format.md ("Uncertain inputs").
#pragma once

#include <string>
#include <vector>

namespace ketensim::stats {

class InputDistribution {
 public:
  enum class Kind { uniform, triangular, normal, lognormal, beta, draws };

  // Each throws std::invalid_argument naming the bad parameter.
  static InputDistribution uniform(double min, double max);
  static InputDistribution triangular(double min, double mode, double max);
  static InputDistribution normal(double mean, double sd);
  // The lognormal whose value has this mean and standard deviation (a calibrated value
  // "x with standard error s" that must stay positive).
  static InputDistribution lognormal(double mean, double sd);
  // Beta(alpha, beta) stretched onto [min, max].
  static InputDistribution beta(double alpha, double beta, double min = 0, double max = 1);
  // An empirical set of draws (a calibration's): each draw equally likely.
  static InputDistribution draws(std::vector<double> values);

  // The value at u in [0, 1] (u outside is clamped).
  double quantile(double u) const;
  double lowest() const { return quantile(0); }
  double highest() const { return quantile(1); }
  Kind kind() const { return kind_; }
  // "uniform(0.1 .. 0.3)", "lognormal(mean 12, sd 2)", "400 draws (9.8 .. 14.1)"
  std::string describe() const;

 private:
  InputDistribution(Kind kind, std::vector<double> p) : kind_(kind), p_(std::move(p)) {}
  Kind kind_;
  std::vector<double> p_;  // the parameters in the factory's order; draws: sorted values
};

// The standard normal's quantile (0 < q < 1), by bisection on erfc: exact to ~1e-13.
double normal_quantile(double q);

}  // namespace ketensim::stats
