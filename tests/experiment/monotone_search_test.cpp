// The search for the smallest whole number at which a monotone test holds.
#include <doctest/doctest.h>

#include <set>

#include "sim/experiment/monotone_search.h"

using ketensim::experiment::smallest_holding;

TEST_CASE("finds the threshold from any start, above or below it") {
  for (int answer : {0, 1, 6, 17, 180, 999}) {
    for (int start : {0, 1, 5, 180, 1000}) {
      std::set<int> asked;
      auto holds = [&](int n) {
        asked.insert(n);
        return n >= answer;
      };
      INFO("answer " << answer << " start " << start);
      CHECK(smallest_holding(holds, start, 1000) == answer);
      CHECK(asked.size() <= 24u);  // about 2 log2 of the range
    }
  }
}

TEST_CASE("-1 when even the maximum does not hold") {
  CHECK(smallest_holding([](int n) { return n >= 50; }, 3, 40) == -1);
  CHECK(smallest_holding([](int) { return false; }, 0, 10) == -1);
}
