#include "sim/model/open_clocks.h"

#include <doctest/doctest.h>

#include <utility>
#include <vector>

using namespace ketensim::model;

namespace {
std::vector<std::pair<double, int>> running(const OpenClocks& clocks) {
  std::vector<std::pair<double, int>> out;
  clocks.for_each([&](double start, int children) { out.emplace_back(start, children); });
  return out;
}
}  // namespace

TEST_CASE("open clocks: children started before a time, and a stop removes exactly one clock") {
  OpenClocks clocks;
  clocks.start(1, 2);
  clocks.start(3, 1);
  clocks.start(3, 2);
  clocks.start(3, 2);
  clocks.start(7, 3);
  CHECK(clocks.children_started_before(3) == 2);
  CHECK(clocks.children_started_before(3.5) == 7);
  CHECK(clocks.children_started_before(100) == 10);
  clocks.stop(3, 2);  // one of the two equal clocks
  CHECK(clocks.running() == 4);
  CHECK(running(clocks) == std::vector<std::pair<double, int>>{{1, 2}, {3, 1}, {3, 2}, {7, 3}});
  clocks.stop(3, 5);  // no such clock
  clocks.stop(4, 1);  // nor at this time
  CHECK(clocks.running() == 4);
  CHECK(clocks.children_started_before(100) == 8);
}

TEST_CASE("open clocks: stopping most of them sweeps the marks and keeps the order") {
  OpenClocks clocks;
  for (int i = 0; i < 100; ++i) clocks.start(i, 1 + i % 3);
  for (int i = 0; i < 100; ++i) {
    if (i % 10 != 0) clocks.stop(i, 1 + i % 3);
  }
  CHECK(clocks.running() == 10);
  std::vector<std::pair<double, int>> expected;
  for (int i = 0; i < 100; i += 10) expected.emplace_back(i, 1 + i % 3);
  CHECK(running(clocks) == expected);
  CHECK(clocks.children_started_before(45) == 1 + 2 + 3 + 1 + 2);
  clocks.start(100, 4);  // after a sweep, starts still append in order
  CHECK(clocks.children_started_before(101) == 19 + 4);
}
