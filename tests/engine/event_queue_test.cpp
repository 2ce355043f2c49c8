#include "sim/engine/event_queue.h"

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <queue>
#include <vector>

#include "sim/engine/random.h"

namespace ketensim::engine {
namespace {

// The order by the doubles themselves, independent of the queue's integer time keys.
// std::priority_queue is a max-heap: "less" means dispatched later.
struct Later {
  bool operator()(const Event& a, const Event& b) const {
    return b.time < a.time || (b.time == a.time && b.seq < a.seq);
  }
};

bool same_event(const Event& a, const Event& b) {
  return a.time == b.time && a.seq == b.seq && a.kind == b.kind && a.target == b.target &&
         a.data == b.data;
}

TEST_CASE("Event fits in 32 bytes") {
  CHECK(sizeof(Event) <= 32);
}

TEST_CASE("EventQueue pops in (time, seq) order like std::priority_queue") {
  RandomStream stream(derive_key(1, 0, "event_queue"));
  EventQueue queue;
  std::priority_queue<Event, std::vector<Event>, Later> reference;
  std::uint64_t seq = 0;
  for (int step = 0; step < 200'000; ++step) {
    const bool push = reference.empty() || stream.uniform01() < 0.55;
    if (push) {
      // Few distinct times, so most comparisons are ties broken by seq; a third of them
      // fractional, spread from 0 to 10^6 days.
      const double whole = static_cast<double>(stream.next_u64() % 50);
      const double time = step % 3 == 0 ? whole * whole * whole * stream.uniform01() * 8 : whole;
      const Event e{time, seq++, static_cast<std::uint32_t>(step), 7, stream.next_u64()};
      queue.push(e);
      reference.push(e);
    } else {
      REQUIRE(same_event(queue.top(), reference.top()));
      REQUIRE(same_event(queue.pop(), reference.top()));
      reference.pop();
    }
    REQUIRE(queue.size() == reference.size());
  }
  while (!reference.empty()) {
    REQUIRE(same_event(queue.pop(), reference.top()));
    reference.pop();
  }
  CHECK(queue.empty());
}

TEST_CASE("EventQueue keeps the order through its tiers: a hold run, bursts, +infinity") {
  // Grows to thousands of events (a rung and a top), drains to a few (the heap alone), with
  // some events at +infinity and at the clock, and checks every pop against the reference.
  RandomStream stream(derive_key(2, 0, "event_queue"));
  EventQueue queue;
  std::priority_queue<Event, std::vector<Event>, Later> reference;
  const double inf = std::numeric_limits<double>::infinity();
  std::uint64_t seq = 0;
  double now = 0;
  for (int step = 0; step < 300'000; ++step) {
    const double p_push = (step / 50'000) % 2 == 0 ? 0.6 : 0.4;
    if (reference.empty() || stream.uniform01() < p_push) {
      const double u = stream.uniform01();
      const double time = u < 0.01 ? inf : u < 0.1 ? now : now - std::log(stream.uniform01()) * 30;
      const Event e{time, seq++, 0, 0, 0};
      queue.push(e);
      reference.push(e);
    } else {
      REQUIRE(same_event(queue.pop(), reference.top()));
      if (reference.top().time < inf) now = reference.top().time;
      reference.pop();
    }
  }
  while (!reference.empty()) {
    REQUIRE(same_event(queue.pop(), reference.top()));
    reference.pop();
  }
}

TEST_CASE("EventQueue is FIFO among events at equal times") {
  EventQueue queue;
  for (std::uint64_t seq = 0; seq < 100; ++seq)
    queue.push(Event{seq % 3 == 0 ? 2.0 : 1.0, seq, 0, static_cast<std::uint32_t>(seq), 0});
  std::vector<std::uint64_t> order;
  while (!queue.empty()) order.push_back(queue.pop().seq);
  std::vector<std::uint64_t> expected;
  for (std::uint64_t seq = 0; seq < 100; ++seq)
    if (seq % 3 != 0) expected.push_back(seq);
  for (std::uint64_t seq = 0; seq < 100; seq += 3) expected.push_back(seq);
  CHECK(order == expected);
}

TEST_CASE("EventQueue clear empties and the queue is reusable") {
  EventQueue queue;
  queue.reserve(16);
  queue.push(Event{3, 0});
  queue.push(Event{1, 1});
  CHECK(queue.top().time == 1);
  queue.clear();
  CHECK(queue.empty());
  CHECK(queue.size() == 0);
  queue.push(Event{5, 2});
  CHECK(queue.pop().time == 5);
}

TEST_CASE("EventQueue orders 0, -0 and infinity by value") {
  EventQueue queue;
  const double inf = std::numeric_limits<double>::infinity();
  queue.push(Event{inf, 0});
  queue.push(Event{-0.0, 1});
  queue.push(Event{1e-300, 2});
  queue.push(Event{0.0, 3});
  queue.push(Event{1e300, 4});
  std::vector<std::uint64_t> order;
  while (!queue.empty()) order.push_back(queue.pop().seq);
  CHECK(order == std::vector<std::uint64_t>{1, 3, 2, 4, 0});  // -0 and 0 tie: by seq
}

}  // namespace
}  // namespace ketensim::engine
