// The search for the smallest whole number at which a monotone test holds.
#include "sim/experiment/monotone_search.h"

#include <doctest/doctest.h>

#include <set>
#include <vector>

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

TEST_CASE("numbers already known bracket the search: nothing outside the bracket is asked") {
  for (int answer : {0, 3, 41, 57, 60, 61, 500, 1001}) {
    for (const std::vector<int>& known :
         std::vector<std::vector<int>>{{}, {40, 60, 81}, {81, 40}, {10}, {700, 900}}) {
      std::set<int> asked;
      auto holds = [&](int n) {
        asked.insert(n);
        return n >= answer;
      };
      INFO("answer " << answer << ", " << known.size() << " known");
      int expected = answer > 1000 ? -1 : answer;
      CHECK(smallest_holding(holds, 5, 1000, known) == expected);
      // With 40 failing and 60 holding known, the answer 57 is found inside (40, 60).
      if (answer == 57 && known.size() == 3) {
        for (int n : asked) CHECK((n == 81 || (n >= 40 && n <= 60)));
        CHECK(asked.size() <= 3u + 5u);  // the three known, and log2(20) new ones
      }
    }
  }
}
