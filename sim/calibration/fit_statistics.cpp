#include "sim/calibration/fit_statistics.h"

#include <Eigen/Dense>
#include <algorithm>
#include <cmath>
#include <limits>

#include "sim/engine/random.h"
#include "sim/scenario/param_table.h"
#include "sim/stats/input_distribution.h"
#include "sim/stats/student_t.h"

namespace ketensim::calibration {

namespace {

constexpr double kTradeOff = 0.95;  // |correlation| above which two parameters trade off
constexpr double kNoEffect =
    0.05;  // a tenth of the (unit) range moves no figure by 5% of its tolerance
constexpr double kSingular = 1e-9;  // singular values below this x the largest count as 0

Eigen::MatrixXd matrix(const std::vector<std::vector<double>>& rows, std::size_t cols) {
  Eigen::MatrixXd m(static_cast<Eigen::Index>(rows.size()), static_cast<Eigen::Index>(cols));
  for (std::size_t i = 0; i < rows.size(); ++i) {
    for (std::size_t j = 0; j < cols; ++j)
      m(static_cast<Eigen::Index>(i), static_cast<Eigen::Index>(j)) = rows[i][j];
  }
  return m;
}

// 1 / s for each singular value s of J, 0 for those counted as 0.
Eigen::VectorXd inverted_singular_values(const Eigen::JacobiSVD<Eigen::MatrixXd>& svd) {
  const auto& s = svd.singularValues();
  double cut = s.size() > 0 ? s(0) * kSingular : 0;
  Eigen::VectorXd inv(s.size());
  for (Eigen::Index i = 0; i < s.size(); ++i) inv(i) = s(i) > cut ? 1.0 / s(i) : 0.0;
  return inv;
}

// (J'J)^+ from the singular values of J.
Eigen::MatrixXd pseudo_inverse_normal(const Eigen::JacobiSVD<Eigen::MatrixXd>& svd) {
  Eigen::VectorXd inv = inverted_singular_values(svd).array().square();
  return svd.matrixV() * inv.asDiagonal() * svd.matrixV().transpose();
}

void effect_warnings(const FitInput& in, const Eigen::MatrixXd& figures,
                     std::vector<std::string>& out) {
  for (Eigen::Index k = 0; k < figures.cols(); ++k) {
    double scale = in.unit_scale[static_cast<std::size_t>(k)];
    double moved = figures.rows() > 0 ? figures.col(k).cwiseAbs().maxCoeff() * 0.1 * scale : 0.0;
    if (moved < kNoEffect) {
      out.push_back(
          "'" + in.labels[static_cast<std::size_t>(k)] +
          "' does not move the figures: a tenth of its range "
          "changes none by more than 5% of its tolerance, so the figures cannot determine it");
    }
  }
}

void bound_warnings(const FitInput& in, std::vector<std::string>& out) {
  for (std::size_t k = 0; k < in.values.size(); ++k) {
    double range = in.upper[k] - in.lower[k];
    bool low = in.values[k] <= in.lower[k] + 1e-3 * range,
         high = in.values[k] >= in.upper[k] - 1e-3 * range;
    if (low || high) {
      out.push_back("'" + in.labels[k] + "' ends at its " + (low ? "lower" : "upper") + " bound (" +
                    scenario::format_number(low ? in.lower[k] : in.upper[k]) +
                    "): the bound, not the figures, decides it");
    }
  }
}

void trade_off_warnings(const FitInput& in, const FitStatistics& s, std::vector<std::string>& out) {
  for (std::size_t a = 0; a < s.correlation.size(); ++a) {
    for (std::size_t b = a + 1; b < s.correlation.size(); ++b) {
      double r = s.correlation[a][b];
      if (std::isnan(r) || std::fabs(r) <= kTradeOff) continue;
      out.push_back(
          "'" + in.labels[a] + "' and '" + in.labels[b] + "' trade off (correlation " +
          scenario::format_number(std::round(r * 1000) / 1000) +
          "): the figures fix a combination of the two, not each; fix one, or add a figure "
          "that moves one and not the other");
    }
  }
}

// Joint draws x + s V S^+ z: their covariance is s^2 V S^+2 V' = s^2 (J'J)^+, the covariance
// above. Each draw's standard normals come from one stream of the seed, in order.
std::vector<std::vector<double>> joint_draws(const FitInput& in,
                                             const Eigen::JacobiSVD<Eigen::MatrixXd>& svd,
                                             double residual_variance) {
  std::vector<std::vector<double>> out;
  if (in.draws <= 0 || !(residual_variance >= 0)) return out;
  Eigen::MatrixXd factor =
      svd.matrixV() * inverted_singular_values(svd).asDiagonal() * std::sqrt(residual_variance);
  engine::RandomStream stream(engine::derive_key(in.seed, 0, "calibration draws"));
  for (int d = 0; d < in.draws; ++d) {
    Eigen::VectorXd z(factor.cols());
    for (Eigen::Index i = 0; i < z.size(); ++i) z(i) = stats::normal_quantile(stream.uniform01());
    Eigen::VectorXd step = factor * z;
    std::vector<double> x(in.values.size());
    for (std::size_t k = 0; k < x.size(); ++k) {
      x[k] =
          std::clamp(in.values[k] + step(static_cast<Eigen::Index>(k)), in.lower[k], in.upper[k]);
    }
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace

FitStatistics fit_statistics(const FitInput& in) {
  const std::size_t p = in.values.size();
  Eigen::MatrixXd j = matrix(in.jacobian, p);
  Eigen::MatrixXd figures = j.topRows(static_cast<Eigen::Index>(in.figure_rows));
  FitStatistics s;
  s.degrees_of_freedom = static_cast<int>(in.figure_rows) - static_cast<int>(p);
  double ssr = 0;
  for (std::size_t i = 0; i < in.figure_rows; ++i) ssr += in.residuals[i] * in.residuals[i];
  const double nan = std::numeric_limits<double>::quiet_NaN();
  s.residual_variance = s.degrees_of_freedom > 0 ? ssr / s.degrees_of_freedom : nan;
  Eigen::JacobiSVD<Eigen::MatrixXd> svd(j, Eigen::ComputeThinU | Eigen::ComputeThinV);
  const auto& sv = svd.singularValues();
  s.condition = sv.size() > 0 && sv(sv.size() - 1) > 0 ? sv(0) / sv(sv.size() - 1)
                                                       : std::numeric_limits<double>::infinity();
  Eigen::MatrixXd inverse = pseudo_inverse_normal(svd);  // correlations need no s^2
  Eigen::MatrixXd cov = inverse * s.residual_variance;
  double t =
      s.degrees_of_freedom > 0 ? stats::student_t_quantile(0.975, s.degrees_of_freedom) : nan;
  s.correlation.assign(p, std::vector<double>(p, nan));
  for (std::size_t k = 0; k < p; ++k) {
    double var = cov(static_cast<Eigen::Index>(k), static_cast<Eigen::Index>(k));
    s.sd.push_back(var > 0 ? std::sqrt(var) : nan);
    // Cut at the bounds: a stay of -27 days is no answer, whatever the linearisation says.
    s.low.push_back(std::max(in.lower[k], in.values[k] - t * s.sd.back()));
    s.high.push_back(std::min(in.upper[k], in.values[k] + t * s.sd.back()));
    for (std::size_t l = 0; l < p; ++l) {
      auto K = static_cast<Eigen::Index>(k), L = static_cast<Eigen::Index>(l);
      double d = inverse(K, K) * inverse(L, L);
      if (d > 0) s.correlation[k][l] = inverse(K, L) / std::sqrt(d);
    }
  }
  if (s.degrees_of_freedom <= 0) {
    s.warnings.push_back(
        "as many unknowns as figures or more: the fit leaves no degrees of freedom, so no "
        "uncertainty can be estimated from it");
  }
  s.draws = joint_draws(in, svd, s.residual_variance);
  effect_warnings(in, figures, s.warnings);
  trade_off_warnings(in, s, s.warnings);
  bound_warnings(in, s.warnings);
  return s;
}

}  // namespace ketensim::calibration
