// Variance-based sensitivity indices (Sobol', "Global sensitivity indices for nonlinear
// mathematical models and their Monte Carlo estimates", Math. Comput. Simul. 55, 2001) by
// the estimators of Saltelli, Annoni, Azzini, Campolongo, Ratto and Tarantola, "Variance
// based sensitivity analysis of model output. Design and estimator for the total
// sensitivity index", Computer Physics Communications 181, 2010: first order by their
// eq. (b) of Table 2, total order by Jansen's ("Analysis of variance designs for model
// output", Computer Physics Communications 117, 1999), their eq. (f). SALib's documentation
// describes the same design and estimators.
//
// The design: two independent samples A and B of N points of the unit cube (here Latin
// hypercubes), and for each input i the matrix AB_i, A with column i taken from B. The
// model is evaluated at the N (k + 2) points; the intervals come from a bootstrap over the
// N rows.
#pragma once

#include <cstdint>
#include <vector>

namespace ketensim::stats {

struct SobolDesign {
  int inputs = 0;
  int rows = 0;  // N
  // The points in evaluation order: for each row j, A_j, B_j, then AB_1j .. AB_kj.
  std::vector<std::vector<double>> points;
  std::size_t at_a(int row) const { return static_cast<std::size_t>(row) * (inputs + 2); }
  std::size_t at_b(int row) const { return at_a(row) + 1; }
  std::size_t at_ab(int row, int input) const { return at_a(row) + 2 + input; }
};

SobolDesign sobol_design(int inputs, int rows, std::uint64_t seed);

// A Latin hypercube of `n` points in `k` dimensions (McKay, Beckman and Conover 1979): each
// coordinate takes one value in each of the n strata, at random within it.
std::vector<std::vector<double>> latin_hypercube(int n, int k, std::uint64_t seed,
                                                 std::uint64_t stream = 0);

struct SobolIndex {
  double first = 0, first_low = 0, first_high = 0;  // S_i with a 95% bootstrap interval
  double total = 0, total_low = 0, total_high = 0;  // S_Ti with a 95% bootstrap interval
  // What S_Ti would be if the input had no effect and only replication noise moved the
  // output: the mean over rows of the squared standard error of f(A_j) - f(AB_ij), over
  // 2V (Jansen's estimator applied to noise alone).
  double noise_floor = 0;
  bool below_noise = false;  // total's interval reaches down to the noise floor
};

struct SobolResult {
  std::vector<SobolIndex> inputs;
  double variance = 0;     // V of the outputs at A and B
  double noise_share = 0;  // of V, the part that is replication noise (mean se^2 / V)
};

// `outputs` in the design's evaluation order; `se[p]` the standard error of the output at
// point p (0 if unknown); `ab_se[j][i]` that of the paired difference f(A_j) - f(AB_ij).
SobolResult sobol_indices(const SobolDesign& d, const std::vector<double>& outputs,
                          const std::vector<double>& se,
                          const std::vector<std::vector<double>>& ab_se, std::uint64_t seed,
                          int resamples = 1000);

}  // namespace ketensim::stats
