#include "sim/engine/simulator.h"

#include <doctest/doctest.h>

#include <tuple>
#include <vector>

namespace ketensim::engine {
namespace {

using Dispatch = std::tuple<SimTime, std::uint32_t, std::uint32_t>;  // (time, kind, target)

enum Kind : std::uint32_t { kStart = 1, kFollowUp = 2, kNow = 3 };

// kStart schedules a kFollowUp two days later and a kNow at the same instant.
struct ChainHandler {
  Simulator& sim;
  std::vector<Dispatch> seen;

  void on_event(const Event& e) {
    seen.emplace_back(sim.now(), e.kind, e.target);
    if (e.kind != kStart) return;
    sim.schedule_in(2, kFollowUp, e.target);
    sim.schedule_in(0, kNow, e.target);
  }
};

struct CountingObserver : SimulationObserver {
  std::vector<Dispatch> seen;
  std::vector<SimTime> finishes;
  void on_event(const Event& e) override { seen.emplace_back(e.time, e.kind, e.target); }
  void on_finish(SimTime end) override { finishes.push_back(end); }
};

TEST_CASE("run_until dispatches an exact, hand-computed timeline") {
  Simulator sim;
  ChainHandler handler{sim, {}};
  sim.schedule(1.0, kStart, 10);
  sim.schedule(1.0, kStart, 20);
  sim.schedule(0.5, kFollowUp, 30);
  CHECK(sim.run_until(10, handler) == 7);
  const std::vector<Dispatch> expected = {
      {0.5, kFollowUp, 30}, {1.0, kStart, 10},    {1.0, kStart, 20},   {1.0, kNow, 10},
      {1.0, kNow, 20},      {3.0, kFollowUp, 10}, {3.0, kFollowUp, 20}};
  CHECK(handler.seen == expected);
  CHECK(sim.now() == 10);
  CHECK(sim.pending() == 0);
  CHECK(sim.events_dispatched() == 7);
}

TEST_CASE("schedule returns consecutive sequence numbers and ties dispatch in that order") {
  Simulator sim;
  ChainHandler handler{sim, {}};
  CHECK(sim.schedule(4, kFollowUp, 3) == 0);
  CHECK(sim.schedule(4, kFollowUp, 1) == 1);
  CHECK(sim.schedule_in(4, kFollowUp, 2) == 2);
  sim.run_until(4, handler);
  CHECK(handler.seen ==
        std::vector<Dispatch>{{4, kFollowUp, 3}, {4, kFollowUp, 1}, {4, kFollowUp, 2}});
}

TEST_CASE("run_until stops at end, includes events at end and leaves later ones pending") {
  Simulator sim;
  ChainHandler handler{sim, {}};
  sim.schedule(2, kFollowUp, 1);
  sim.schedule(5, kFollowUp, 2);
  sim.schedule(5.5, kFollowUp, 3);
  CHECK(sim.run_until(5, handler) == 2);
  CHECK(sim.now() == 5);
  CHECK(sim.pending() == 1);
  CHECK_FALSE(sim.stopped());
  CHECK(sim.run_until(8, handler) == 1);
  CHECK(sim.now() == 8);
  CHECK(sim.events_dispatched() == 3);
}

TEST_CASE("schedule_in is relative to now") {
  Simulator sim;
  ChainHandler handler{sim, {}};
  sim.run_until(3, handler);
  sim.schedule_in(1.5, kFollowUp, 9);
  sim.run_until(10, handler);
  CHECK(handler.seen == std::vector<Dispatch>{{4.5, kFollowUp, 9}});
}

struct StopAtTarget {
  Simulator& sim;
  std::uint32_t stop_target;
  int handled = 0;
  void on_event(const Event& e) {
    ++handled;
    if (e.target == stop_target) sim.request_stop();
  }
};

TEST_CASE("request_stop finishes the current event and returns at its time") {
  Simulator sim;
  StopAtTarget handler{sim, 2};
  for (std::uint32_t target = 1; target <= 4; ++target) sim.schedule(target, 0, target);
  CHECK(sim.run_until(100, handler) == 2);
  CHECK(sim.stopped());
  CHECK(sim.now() == 2);
  CHECK(sim.pending() == 2);
  CHECK(sim.run_until(100, handler) == 2);  // a new run starts unstopped
  CHECK_FALSE(sim.stopped());
  CHECK(sim.now() == 100);
}

TEST_CASE("the observer sees every event before the handler, and each finish") {
  Simulator sim;
  CountingObserver observer;
  sim.set_observer(&observer);
  ChainHandler handler{sim, {}};
  sim.schedule(1, kStart, 5);
  sim.run_until(2, handler);
  sim.run_until(6, handler);
  CHECK(observer.seen == handler.seen);
  CHECK(observer.seen.size() == 3);
  CHECK(observer.finishes == std::vector<SimTime>{2, 6});
  sim.set_observer(nullptr);
  sim.schedule(7, kFollowUp, 1);
  sim.run_until(8, handler);
  CHECK(observer.seen.size() == 3);
}

struct StopAfter : SimulationObserver {
  Simulator& sim;
  std::uint64_t limit;
  StopAfter(Simulator& s, std::uint64_t n) : sim(s), limit(n) {}
  void on_event(const Event&) override {
    if (sim.events_dispatched() >= limit) sim.request_stop();
  }
};

TEST_CASE("an observer can implement a stop criterion, the handler still sees that event") {
  Simulator sim;
  StopAfter stop(sim, 3);
  sim.set_observer(&stop);
  ChainHandler handler{sim, {}};
  for (std::uint32_t i = 0; i < 10; ++i) sim.schedule(i, kFollowUp, i);
  CHECK(sim.run_until(100, handler) == 3);
  CHECK(handler.seen.size() == 3);
  CHECK(sim.now() == 2);
}

TEST_CASE("reset empties the queue and restarts time and sequence numbers") {
  Simulator sim;
  ChainHandler handler{sim, {}};
  sim.schedule(1, kFollowUp, 1);
  sim.schedule(9, kFollowUp, 2);
  sim.run_until(5, handler);
  sim.reset();
  CHECK(sim.now() == 0);
  CHECK(sim.pending() == 0);
  CHECK(sim.schedule(0.5, kFollowUp, 3) == 0);
  CHECK(sim.events_dispatched() == 1);  // a life total
}

}  // namespace
}  // namespace ketensim::engine
