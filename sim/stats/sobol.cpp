#include "sim/stats/sobol.h"

#include <algorithm>
#include <cmath>

#include "sim/engine/random.h"
#include "sim/stats/summary.h"

namespace ketensim::stats {
namespace {

struct Estimate {
  std::vector<double> first, total;
};

// The estimators over the rows `rows` (with repeats, for the bootstrap).
Estimate estimate(const SobolDesign& d, const std::vector<double>& y,
                  const std::vector<int>& rows) {
  double n = static_cast<double>(rows.size());
  double mean = 0, square = 0;
  for (int j : rows) {
    for (std::size_t p : {d.at_a(j), d.at_b(j)}) {
      mean += y[p] / (2 * n);
      square += y[p] * y[p] / (2 * n);
    }
  }
  double v = square - mean * mean;
  Estimate e{std::vector<double>(d.inputs, 0), std::vector<double>(d.inputs, 0)};
  if (v <= 0) return e;
  for (int i = 0; i < d.inputs; ++i) {
    double first = 0, total = 0;
    for (int j : rows) {
      // Centred on the mean: the same expectation, a much smaller variance when the outputs
      // are far from 0 (SALib centres them too).
      double a = y[d.at_a(j)] - mean, b = y[d.at_b(j)] - mean, ab = y[d.at_ab(j, i)] - mean;
      first += b * (ab - a);         // Saltelli 2010, Table 2 (b)
      total += (a - ab) * (a - ab);  // Jansen 1999; Saltelli 2010, Table 2 (f)
    }
    e.first[i] = first / n / v;
    e.total[i] = total / (2 * n) / v;
  }
  return e;
}

}  // namespace

std::vector<std::vector<double>> latin_hypercube(int n, int k, std::uint64_t seed,
                                                 std::uint64_t stream) {
  engine::RandomStream r(engine::derive_key(seed, stream, "latin hypercube"));
  std::vector<std::vector<double>> points(n, std::vector<double>(k));
  std::vector<int> strata(n);
  for (int i = 0; i < k; ++i) {
    for (int s = 0; s < n; ++s) strata[s] = s;
    for (int s = n - 1; s > 0; --s) std::swap(strata[s], strata[r.next_u64() % (s + 1)]);
    for (int j = 0; j < n; ++j) points[j][i] = (strata[j] + r.uniform01()) / n;
  }
  return points;
}

SobolDesign sobol_design(int inputs, int rows, std::uint64_t seed) {
  auto a = latin_hypercube(rows, inputs, seed, 0);
  auto b = latin_hypercube(rows, inputs, seed, 1);
  SobolDesign d{inputs, rows, {}};
  for (int j = 0; j < rows; ++j) {
    d.points.push_back(a[j]);
    d.points.push_back(b[j]);
    for (int i = 0; i < inputs; ++i) {
      d.points.push_back(a[j]);
      d.points.back()[i] = b[j][i];
    }
  }
  return d;
}

SobolResult sobol_indices(const SobolDesign& d, const std::vector<double>& outputs,
                          const std::vector<double>& se,
                          const std::vector<std::vector<double>>& ab_se, std::uint64_t seed,
                          int resamples) {
  std::vector<int> rows(d.rows);
  for (int j = 0; j < d.rows; ++j) rows[j] = j;
  Estimate point = estimate(d, outputs, rows);
  SobolResult result;
  result.inputs.resize(d.inputs);
  double mean = 0, square = 0, noise = 0;
  for (int j = 0; j < d.rows; ++j) {
    for (std::size_t p : {d.at_a(j), d.at_b(j)}) {
      mean += outputs[p] / (2.0 * d.rows);
      square += outputs[p] * outputs[p] / (2.0 * d.rows);
      noise += se[p] * se[p] / (2.0 * d.rows);
    }
  }
  result.variance = square - mean * mean;
  result.noise_share = result.variance > 0 ? std::min(1.0, noise / result.variance) : 0;
  engine::RandomStream r(engine::derive_key(seed, 0, "sobol bootstrap"));
  std::vector<std::vector<double>> firsts(d.inputs), totals(d.inputs);
  for (int b = 0; b < resamples; ++b) {
    for (int& j : rows) j = static_cast<int>(r.next_u64() % static_cast<std::uint64_t>(d.rows));
    Estimate e = estimate(d, outputs, rows);
    for (int i = 0; i < d.inputs; ++i) {
      firsts[i].push_back(e.first[i]);
      totals[i].push_back(e.total[i]);
    }
  }
  for (int i = 0; i < d.inputs; ++i) {
    SobolIndex& x = result.inputs[i];
    std::sort(firsts[i].begin(), firsts[i].end());
    std::sort(totals[i].begin(), totals[i].end());
    x.first = point.first[i];
    x.total = point.total[i];
    x.first_low = percentile_sorted(firsts[i], 0.025);
    x.first_high = percentile_sorted(firsts[i], 0.975);
    x.total_low = percentile_sorted(totals[i], 0.025);
    x.total_high = percentile_sorted(totals[i], 0.975);
    for (int j = 0; j < d.rows; ++j) x.noise_floor += ab_se[j][i] * ab_se[j][i] / d.rows;
    x.noise_floor = result.variance > 0 ? x.noise_floor / (2 * result.variance) : 0;
    x.below_noise = x.total_low <= x.noise_floor;
  }
  return result;
}

}  // namespace ketensim::stats
