#include "sim/experiment/ranking.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace ketensim::experiment {
namespace {

void check_goal(int alternatives, const SelectionGoal& g) {
  if (alternatives < 2) throw std::invalid_argument("a selection needs at least two alternatives");
  if (g.first_stage < 2)
    throw std::invalid_argument("a selection's first stage needs at least two replications");
  if (!(g.delta > 0)) throw std::invalid_argument("a selection's delta must be above 0");
  if (!(g.confidence > 0 && g.confidence < 1))
    throw std::invalid_argument("a selection's confidence must lie between 0 and 1");
}

// The sample variance of x_i - x_l over the rows (n - 1 in the denominator).
double difference_variance(const std::vector<std::vector<double>>& rows, int i, int l) {
  double n = static_cast<double>(rows.size()), sum = 0, squares = 0;
  for (const auto& row : rows) sum += row[i] - row[l];
  double mean = sum / n;
  for (const auto& row : rows) squares += (row[i] - row[l] - mean) * (row[i] - row[l] - mean);
  return squares / (n - 1);
}

double checked_h2(int alternatives, const SelectionGoal& g) {
  check_goal(alternatives, g);
  return kn_h2(alternatives, g.first_stage, 1 - g.confidence);
}

}  // namespace

double kn_eta(int alternatives, int first_stage, double alpha) {
  double base = 2 * alpha / (alternatives - 1);
  return 0.5 * (std::pow(base, -2.0 / (first_stage - 1)) - 1);
}

double kn_h2(int alternatives, int first_stage, double alpha) {
  return 2 * kn_eta(alternatives, first_stage, alpha) * (first_stage - 1);
}

KnSelection::KnSelection(int alternatives, SelectionGoal goal)
    : goal_(goal),
      h2_(checked_h2(alternatives, goal)),
      sums_(alternatives, 0.0),
      eliminated_at_(alternatives, 0) {}

int KnSelection::left() const {
  return static_cast<int>(std::count(eliminated_at_.begin(), eliminated_at_.end(), 0));
}

void KnSelection::add(const std::vector<double>& values) {
  if (finished()) return;
  if (values.size() != sums_.size())
    throw std::invalid_argument("a selection needs one value per alternative");
  for (int i = 0; i < alternatives(); ++i) {
    if (!in_contention(i)) continue;
    if (std::isnan(values[i]))
      throw std::invalid_argument("a selection's value is not defined (NaN)");
    sums_[i] += values[i];
  }
  ++r_;
  if (r_ <= goal_.first_stage) first_stage_.push_back(values);
  if (r_ == goal_.first_stage) take_first_stage();
  if (r_ >= goal_.first_stage) screen();
}

void KnSelection::take_first_stage() {
  int k = alternatives();
  variance_.assign(k, std::vector<double>(k, 0.0));
  for (int i = 0; i < k; ++i) {
    for (int l = 0; l < k; ++l)
      variance_[i][l] = i == l ? 0 : difference_variance(first_stage_, i, l);
  }
  first_stage_.clear();
}

double KnSelection::slack(int i, int l) const {
  double r = r_, d = goal_.delta;
  return std::max(0.0, d / (2 * r) * (h2_ * variance_[i][l] / (d * d) - r));
}

// The paper's screening: i is out when some l, both in contention before this look, beats it
// by more than W_il(r). Everyone is judged against the set before the look, then removed.
void KnSelection::screen() {
  double sign = goal_.higher_is_better ? 1 : -1;
  std::vector<int> out;
  for (int i = 0; i < alternatives(); ++i) {
    if (!in_contention(i)) continue;
    for (int l = 0; l < alternatives(); ++l) {
      if (l == i || !in_contention(l)) continue;
      if (sign * sums_[i] / r_ < sign * sums_[l] / r_ - slack(i, l)) {
        out.push_back(i);
        break;
      }
    }
  }
  for (int i : out) eliminated_at_[i] = r_;
  if (left() == 1 || all_pairs_decided()) {
    selected_ = static_cast<int>(std::find(eliminated_at_.begin(), eliminated_at_.end(), 0) -
                                 eliminated_at_.begin());
  }
}

// Past every remaining pair's N_il = floor(h^2 S_il^2 / delta^2), W_il is 0: those left
// cannot be told apart any further (their means are equal), the paper's last replication.
bool KnSelection::all_pairs_decided() const {
  double d2 = goal_.delta * goal_.delta;
  for (int i = 0; i < alternatives(); ++i) {
    for (int l = 0; l < alternatives(); ++l) {
      if (l == i || !in_contention(i) || !in_contention(l)) continue;
      if (r_ <= std::floor(h2_ * variance_[i][l] / d2)) return false;
    }
  }
  return true;
}

}  // namespace ketensim::experiment
