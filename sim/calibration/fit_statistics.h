// How well determined the fitted values are, from the Jacobian of the residuals at the fit
// (Gauss-Newton): covariance = s^2 (J'J)^-1 with s^2 = (sum of squared figure residuals) /
// (figures - unknowns), a pseudo-inverse where J'J is singular; 95% intervals with Student's
// t on those degrees of freedom. And the warnings a calibrator needs: a parameter that does
// not move the figures, two that trade off (|correlation| > 0.95), a value at its bound.
// Eigen enters the project here and nowhere else.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ketensim::calibration {

struct FitInput {
  std::vector<std::vector<double>> jacobian;  // [residual][unknown], figure rows first
  std::size_t figure_rows = 0;
  std::vector<double> residuals;             // at the fit, figure rows first
  std::vector<double> values, lower, upper;  // per unknown
  std::vector<std::string> labels;           // per unknown
  std::vector<double> unit_scale;            // per unknown: dx/du of the optimiser's unit cube
  int draws = 0;                             // joint draws of the values to make (0: none)
  std::uint64_t seed = 0;                    // their random numbers' seed
};

struct FitStatistics {
  int degrees_of_freedom = 0;         // figures - unknowns
  double residual_variance = 0;       // s^2; NaN without degrees of freedom
  std::vector<double> sd, low, high;  // per unknown; NaN when not estimable; low and
                                      // high cut at the bounds
  std::vector<std::vector<double>> correlation;
  std::vector<std::string> warnings;
  double condition = 0;  // largest / smallest singular value of J
  // draws[d][k]: the values drawn together from the normal with this covariance (x + s V
  // S^+ z, z standard normal, from the singular value decomposition J = U S V'), cut at the
  // bounds: what the fit knows of the values, correlations included. Empty without degrees of
  // freedom. A direction J cannot see gets no spread, as the pseudo-inverse gives it none.
  std::vector<std::vector<double>> draws;
};

FitStatistics fit_statistics(const FitInput& in);

}  // namespace ketensim::calibration
