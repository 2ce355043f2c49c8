#include "sim/stats/morris.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "sim/engine/random.h"

namespace ketensim::stats {
namespace {

constexpr int kLevels = 4;

MorrisTrajectory trajectory(int k, engine::RandomStream& r) {
  std::vector<double> x(k);
  for (double& xi : x) {
    xi = static_cast<double>(std::min<std::uint64_t>(r.next_u64() % kLevels, kLevels - 1)) /
         (kLevels - 1);
  }
  std::vector<int> order(k);
  std::iota(order.begin(), order.end(), 0);
  for (int i = k - 1; i > 0; --i) std::swap(order[i], order[r.next_u64() % (i + 1)]);
  MorrisTrajectory t{{x}, order};
  for (int i : order) {
    bool up = x[i] + kMorrisDelta <= 1 + 1e-12;
    x[i] += up ? kMorrisDelta : -kMorrisDelta;
    t.points.push_back(x);
  }
  return t;
}

// The sum of Euclidean distances between the points of two trajectories (Campolongo 2007).
double distance(const MorrisTrajectory& a, const MorrisTrajectory& b) {
  double sum = 0;
  for (const auto& p : a.points) {
    for (const auto& q : b.points) {
      double d = 0;
      for (std::size_t i = 0; i < p.size(); ++i) d += (p[i] - q[i]) * (p[i] - q[i]);
      sum += std::sqrt(d);
    }
  }
  return sum;
}

}  // namespace

std::vector<MorrisTrajectory> morris_design(int inputs, int trajectories, std::uint64_t seed) {
  engine::RandomStream r(engine::derive_key(seed, 0, "morris design"));
  std::size_t m = static_cast<std::size_t>(4 * trajectories);
  std::vector<MorrisTrajectory> candidates;
  for (std::size_t c = 0; c < m; ++c) candidates.push_back(trajectory(inputs, r));
  std::vector<std::vector<double>> d(m, std::vector<double>(m, 0));
  for (std::size_t a = 0; a < m; ++a) {
    for (std::size_t b = a + 1; b < m; ++b)
      d[a][b] = d[b][a] = distance(candidates[a], candidates[b]);
  }
  // Greedy: start with the candidate farthest from all, add the one farthest from those chosen.
  std::vector<std::size_t> chosen;
  std::vector<double> to_chosen(m, 0);
  for (std::size_t a = 0; a < m; ++a) to_chosen[a] = std::accumulate(d[a].begin(), d[a].end(), 0.0);
  std::vector<bool> taken(m, false);
  for (int n = 0; n < trajectories; ++n) {
    std::size_t best = m;
    for (std::size_t a = 0; a < m; ++a) {
      if (!taken[a] && (best == m || to_chosen[a] > to_chosen[best])) best = a;
    }
    if (n == 0) std::fill(to_chosen.begin(), to_chosen.end(), 0.0);
    taken[best] = true;
    chosen.push_back(best);
    for (std::size_t a = 0; a < m; ++a) to_chosen[a] += d[a][best];
  }
  std::vector<MorrisTrajectory> design;
  for (std::size_t c : chosen) design.push_back(candidates[c]);
  return design;
}

std::vector<MorrisIndex> morris_indices(const std::vector<MorrisTrajectory>& design,
                                        const std::vector<std::vector<double>>& outputs,
                                        const std::vector<std::vector<double>>& step_se) {
  std::size_t k = design.empty() ? 0 : design.front().moved.size();
  std::vector<std::vector<double>> effects(k), floors(k);
  for (std::size_t t = 0; t < design.size(); ++t) {
    for (std::size_t j = 0; j < k; ++j) {
      int i = design[t].moved[j];
      double dx = design[t].points[j + 1][i] - design[t].points[j][i];
      double effect = (outputs[t][j + 1] - outputs[t][j]) / dx;
      if (std::isnan(effect)) continue;  // the KPI is not defined at one of the points
      effects[i].push_back(effect);
      floors[i].push_back(step_se[t][j] * std::sqrt(2 / M_PI) / std::fabs(dx));
    }
  }
  std::vector<MorrisIndex> out(k);
  for (std::size_t i = 0; i < k; ++i) {
    const auto& e = effects[i];
    double n = static_cast<double>(e.size());
    if (e.empty()) continue;
    MorrisIndex& m = out[i];
    for (double x : e) {
      m.mu += x / n;
      m.mu_star += std::fabs(x) / n;
    }
    for (double x : e) m.sigma += (x - m.mu) * (x - m.mu);
    m.sigma = e.size() > 1 ? std::sqrt(m.sigma / (n - 1)) : 0;
    for (double f : floors[i]) m.noise_floor += f / n;
    // The mean of n half-normal values has sd = mean x sqrt(pi/2 - 1) / sqrt(n).
    double spread = m.noise_floor * std::sqrt(M_PI / 2 - 1) / std::sqrt(n);
    m.below_noise = m.mu_star <= m.noise_floor + 2 * spread;
  }
  return out;
}

}  // namespace ketensim::stats
