// The replication advice: the sequential (Hoad-Robinson-Davies) answer and the projection.
#include "sim/stats/replication_advice.h"

#include <doctest/doctest.h>

#include <cmath>
#include <initializer_list>

using namespace ketensim::stats;

TEST_CASE("the projection: the half-width shrinks with the square root of n") {
  Interval i{100, 10.0, 5.0, 2.0, 8.0, 12.0};  // relative half-width 0.2
  PrecisionGoal goal{0.05, 5};
  ReplicationAdvice a = advise(i, PrecisionTracker{}, goal);
  CHECK(a.relative_half_width == doctest::Approx(0.2));
  CHECK(a.projected == 1600);  // 100 x (0.2 / 0.05)^2
  CHECK_FALSE(a.met());
  Interval zero_mean{10, 0.0, 1.0, 0.7, -0.7, 0.7};
  CHECK(std::isinf(relative_half_width(zero_mean)));
  CHECK(advise(zero_mean, PrecisionTracker{}, goal).projected == 0);  // cannot be stated
}

TEST_CASE(
    "the sequential answer: the first n from which the target holds for k_limit more "
    "replications") {
  // Values alternate around 100 with a large first excursion: the relative half-width
  // falls below 5% at some n and stays there.
  PrecisionGoal goal{0.05, 5};
  Accumulator acc;
  PrecisionTracker tracker;
  int first_within = 0;
  for (int n = 1; n <= 40; ++n) {
    acc.add(n == 1 ? 160.0 : (n % 2 ? 104.0 : 96.0));
    tracker.update(acc, goal);
    bool within = n >= 3 && relative_half_width(interval_95(acc)) <= goal.relative;
    if (within && first_within == 0) first_within = n;
  }
  REQUIRE(first_within > 0);
  CHECK(tracker.converged_at() == first_within);
  CHECK(advise(interval_95(acc), tracker, goal).met());
}

TEST_CASE("the sequential answer waits out a lucky early dip") {
  PrecisionGoal goal{0.05, 5};
  Accumulator acc;
  PrecisionTracker tracker;
  // Three equal values (half-width 0, within the target), then noise that breaks it.
  for (double x : {100.0, 100.0, 100.0, 100.0, 60.0, 140.0, 70.0, 130.0}) {
    acc.add(x);
    tracker.update(acc, goal);
  }
  CHECK(tracker.converged_at() == 0);
}
