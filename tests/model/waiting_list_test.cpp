#include "sim/model/waiting_list.h"

#include <doctest/doctest.h>

#include <set>

using namespace ketensim::model;

TEST_CASE("FIFO order, and priority order with FIFO within a priority") {
  auto live = [](const WaitingEntry&) { return true; };
  WaitingList fifo(false), prio(true);
  for (std::uint32_t f = 0; f < 4; ++f) {
    fifo.push({f, 0, 1}, static_cast<int>(f % 2));
    prio.push({f, 0, 1}, static_cast<int>(f % 2));
  }
  std::vector<std::uint32_t> fifo_order, prio_order;
  while (auto* e = fifo.front(live)) {
    fifo_order.push_back(e->family);
    fifo.pop_front();
  }
  while (auto* e = prio.front(live)) {
    prio_order.push_back(e->family);
    prio.pop_front();
  }
  CHECK(fifo_order == std::vector<std::uint32_t>{0, 1, 2, 3});
  CHECK(prio_order == std::vector<std::uint32_t>{1, 3, 0, 2});
  CHECK(fifo.size() == 0);
}

TEST_CASE("a family that left is skipped and no longer counted") {
  std::set<std::uint32_t> gone = {1};
  auto live = [&](const WaitingEntry& e) { return !gone.count(e.family); };
  WaitingList list(false);
  for (std::uint32_t f = 0; f < 3; ++f) list.push({f, 0, 1}, 0);
  list.note_left();
  CHECK(list.size() == 2);
  CHECK(list.front(live)->family == 0);
  list.pop_front();
  CHECK(list.front(live)->family == 2);
  list.pop_front();
  CHECK(list.front(live) == nullptr);
  CHECK(list.size() == 0);
}
