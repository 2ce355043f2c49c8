// Which of k alternatives is best on one KPI: the fully sequential indifference-zone
// procedure KN of Kim and Nelson ("A fully sequential procedure for indifference-zone
// selection in simulation", ACM TOMACS 11(3), 2001, 251-273), with common random numbers.
//
// The guarantee the paper proves: when the best alternative's true mean beats every other
// by at least delta, KN selects it with probability at least 1 - alpha, with or without
// common random numbers. When others are within delta of the best, the indifference zone
// says the difference does not matter, and one of those is selected; the paper proves the
// probability for the first case only (Eckman and Henderson, "Guarantees on the probability
// of good selection", WSC 2018, discuss the second). It assumes normal per-replication
// values; a KPI over a simulated year is a mean of many families, nearly normal. Common
// random numbers make it stop sooner: the variance of a difference falls, and KN uses it.
//
// The procedure, as in the paper's section 3: after the first stage of n0 replications,
// S_il^2 is the sample variance of the differences X_i - X_l over those n0, and
//
//   eta = ((2 alpha / (k - 1))^(-2 / (n0 - 1)) - 1) / 2,   h^2 = 2 eta (n0 - 1).
//
// Then at every r = n0, n0 + 1, ... each alternative i still in contention is eliminated
// when, against some other l still in contention (both before this look),
//
//   mean_i(r) < mean_l(r) - W_il(r),   W_il(r) = max(0, delta / (2r) (h^2 S_il^2 / delta^2 - r))
//
// (for "higher is better"; "lower is better" mirrors it). It ends when one is left, or when
// r passes every remaining pair's N_il = floor(h^2 S_il^2 / delta^2): then W is 0, so those
// left have exactly equal means (identical alternatives) and the first of them is taken, as
// the paper's bound N_i + 1 on the replications allows. Values are taken one replication at
// a time in replication order, so every decision depends on the replications alone.
#pragma once

#include <vector>

namespace ketensim::experiment {

struct SelectionGoal {
  // The indifference zone, in the KPI's unit: a smaller difference does not matter.
  double delta = 0.5;
  double confidence = 0.95;  // 1 - alpha: the least probability of a correct selection
  int first_stage = 20;      // n0, at least 2
  bool higher_is_better = true;
};

// The paper's eta and h^2 for k alternatives, n0 first-stage replications and alpha.
double kn_eta(int alternatives, int first_stage, double alpha);
double kn_h2(int alternatives, int first_stage, double alpha);

class KnSelection {
 public:
  // std::invalid_argument for fewer than 2 alternatives, n0 < 2, delta <= 0 or a confidence
  // outside (0, 1).
  KnSelection(int alternatives, SelectionGoal goal);

  // One replication: each alternative's value, in the order given, replications in order.
  // The values of alternatives no longer in contention are not read (they need not be run);
  // a NaN among the others is std::invalid_argument. Ignored once finished().
  void add(const std::vector<double>& values);

  bool finished() const { return selected_ >= 0; }
  int selected() const { return selected_; }  // -1 until finished
  // One left, or several with identical means (the first of them selected).
  bool tied() const { return finished() && left() > 1; }
  int replications() const { return r_; }  // r: the replications taken
  int alternatives() const { return static_cast<int>(sums_.size()); }
  int left() const;  // alternatives still in contention
  bool in_contention(int i) const { return eliminated_at_[i] == 0; }
  int eliminated_at(int i) const { return eliminated_at_[i]; }  // 0: never eliminated
  int replications_of(int i) const { return in_contention(i) ? r_ : eliminated_at_[i]; }
  double mean(int i) const { return sums_[i] / replications_of(i); }  // over replications_of(i)
  const SelectionGoal& goal() const { return goal_; }

 private:
  void take_first_stage();
  void screen();
  bool all_pairs_decided() const;
  double slack(int i, int l) const;  // W_il(r)

  SelectionGoal goal_;
  double h2_;
  std::vector<std::vector<double>> first_stage_;  // the first n0 replications' values
  std::vector<std::vector<double>> variance_;     // S_il^2, set after the first stage
  std::vector<double> sums_;
  std::vector<int> eliminated_at_;
  int r_ = 0;
  int selected_ = -1;
};

}  // namespace ketensim::experiment
