// KN (Kim and Nelson 2001) on synthetic normal data with known means: its constants by
// hand, the best alternative selected, its probability of correct selection at least the
// nominal one in the least favourable configuration, and identical alternatives said as
// tied rather than told apart.
#include "sim/experiment/ranking.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <stdexcept>

#include "sim/engine/distribution.h"
#include "sim/engine/random.h"

using namespace ketensim;
using experiment::KnSelection;
using experiment::SelectionGoal;

namespace {

// Normal replications of alternatives with these means and standard deviation 1, the pairs
// correlated by `common` (a shared draw, as common random numbers give).
class Synthetic {
 public:
  Synthetic(std::vector<double> means, std::uint64_t seed, double common = 0.5)
      : means_(std::move(means)),
        stream_(engine::derive_key(seed, 0, "kn-test")),
        common_(common) {}

  std::vector<double> next() {
    double shared = engine::standard_normal(stream_);
    std::vector<double> row;
    for (double m : means_)
      row.push_back(m + std::sqrt(common_) * shared +
                    std::sqrt(1 - common_) * engine::standard_normal(stream_));
    return row;
  }

 private:
  std::vector<double> means_;
  engine::RandomStream stream_;
  double common_;
};

// Runs KN on `data` until it finishes or `most` replications are taken.
KnSelection run_kn(Synthetic data, SelectionGoal goal, int alternatives, int most = 100000) {
  KnSelection kn(alternatives, goal);
  while (!kn.finished() && kn.replications() < most) kn.add(data.next());
  return kn;
}

}  // namespace

TEST_CASE("KN's eta and h^2 for k = 3, n0 = 20, alpha = 0.05, by hand") {
  // 2 alpha / (k - 1) = 0.05; 0.05^(-2/19) = exp(2 ln 20 / 19) = exp(0.3153402) = 1.3707256;
  // eta = (1.3707256 - 1) / 2 = 0.1853628; h^2 = 2 x 0.1853628 x 19 = 7.0437865.
  CHECK(experiment::kn_eta(3, 20, 0.05) == doctest::Approx(0.1853628).epsilon(1e-6));
  CHECK(experiment::kn_h2(3, 20, 0.05) == doctest::Approx(7.0437865).epsilon(1e-6));
  // More alternatives share alpha: a wider continuation region.
  CHECK(experiment::kn_h2(5, 20, 0.05) == doctest::Approx(9.0150560).epsilon(1e-6));
}

TEST_CASE("KN selects an alternative that is best by more than delta, lower or higher") {
  SelectionGoal goal{.delta = 0.5, .confidence = 0.95, .first_stage = 20, .higher_is_better = true};
  auto kn = run_kn(Synthetic({0.0, 2.0, 0.5}, 7), goal, 3);
  REQUIRE(kn.finished());
  CHECK_FALSE(kn.tied());
  CHECK(kn.selected() == 1);
  CHECK(kn.eliminated_at(0) >= 20);
  CHECK(kn.eliminated_at(2) >= 20);
  CHECK(kn.mean(1) == doctest::Approx(2.0).epsilon(0.2));
  goal.higher_is_better = false;
  auto low = run_kn(Synthetic({0.0, 2.0, 0.5}, 7), goal, 3);
  REQUIRE(low.finished());
  CHECK(low.selected() == 0);
}

TEST_CASE(
    "KN's probability of correct selection is at least its confidence in the least favourable "
    "configuration") {
  // The slippage configuration: the best exactly delta above all others (Kim and Nelson's
  // least favourable case), at the third place so that no order decides. 2000 independent
  // experiments: the standard error of the estimate is about 0.005, the allowance 3 of them.
  // A difference's variance is 1, so KN may take up to h^2 / delta^2 = 144 replications.
  SelectionGoal goal{
      .delta = 0.25, .confidence = 0.95, .first_stage = 20, .higher_is_better = true};
  const int experiments = 2000;
  int correct = 0, replications = 0;
  for (int e = 0; e < experiments; ++e) {
    auto kn = run_kn(Synthetic({0.0, 0.0, 0.25, 0.0}, 1000 + e), goal, 4);
    REQUIRE(kn.finished());
    correct += kn.selected() == 2;
    replications += kn.replications();
  }
  double pcs = static_cast<double>(correct) / experiments;
  MESSAGE("probability of correct selection " << pcs << ", mean replications "
                                              << static_cast<double>(replications) / experiments);
  CHECK(pcs >= 0.95 - 0.015);
}

TEST_CASE("KN keeps the nominal probability when the means are spaced delta apart") {
  SelectionGoal goal{
      .delta = 0.25, .confidence = 0.95, .first_stage = 20, .higher_is_better = false};
  const int experiments = 2000;
  int correct = 0;
  for (int e = 0; e < experiments; ++e)
    correct += run_kn(Synthetic({0.5, 0.25, 0.0}, 5000 + e, 0.0), goal, 3).selected() == 2;
  double pcs = static_cast<double>(correct) / experiments;
  MESSAGE("probability of correct selection, spaced means " << pcs);
  CHECK(pcs >= 0.95 - 0.015);
}

TEST_CASE("identical alternatives are tied at the first look: any of them is within delta") {
  SelectionGoal goal{.delta = 0.5};
  KnSelection kn(3, goal);
  Synthetic one({3.0}, 11);
  while (!kn.finished()) {
    double x = one.next()[0];
    kn.add({x, x, x});
  }
  // S_il^2 = 0: no pair needs more than the first stage, and no mean is below another's.
  CHECK(kn.replications() == 20);
  CHECK(kn.tied());
  CHECK(kn.left() == 3);
  CHECK(kn.selected() == 0);
}

TEST_CASE("KN that has not finished at the most replications says who is still in contention") {
  SelectionGoal goal{.delta = 0.01};
  auto kn = run_kn(Synthetic({5.0, 5.001, 0.0}, 3, 0.99), goal, 3, 40);
  CHECK_FALSE(kn.finished());
  CHECK(kn.selected() == -1);
  CHECK(kn.replications() == 40);
  CHECK(kn.in_contention(0));
  CHECK(kn.in_contention(1));
  CHECK_FALSE(kn.in_contention(2));
  CHECK(kn.replications_of(2) == kn.eliminated_at(2));
}

TEST_CASE(
    "KN reads no value of an eliminated alternative, and refuses a NaN of one in contention") {
  SelectionGoal goal{.delta = 0.5};
  double nan = std::numeric_limits<double>::quiet_NaN();
  KnSelection fresh(3, goal);
  CHECK_THROWS_AS(fresh.add({0.0, nan, 1.0}), std::invalid_argument);
  KnSelection kn(3, goal);
  Synthetic data({0.0, 10.0, 10.0}, 5);
  for (int r = 0; r < 20; ++r) kn.add(data.next());
  REQUIRE(kn.eliminated_at(0) == 20);
  REQUIRE_FALSE(kn.finished());
  auto row = data.next();
  CHECK_NOTHROW(kn.add({nan, row[1], row[2]}));
  CHECK_THROWS_AS(KnSelection(1, goal), std::invalid_argument);
  CHECK_THROWS_AS(KnSelection(3, {.delta = 0}), std::invalid_argument);
}
