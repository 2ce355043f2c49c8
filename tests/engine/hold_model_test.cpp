#include "sim/engine/hold_model.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>

namespace ketensim::engine {
namespace {

struct PendingProbe : SimulationObserver {
  const Simulator& sim;
  std::size_t min_pending = SIZE_MAX, max_pending = 0;
  explicit PendingProbe(const Simulator& s) : sim(s) {}
  void on_event(const Event&) override {  // called after the pop, before the reschedule
    min_pending = std::min(min_pending, sim.pending());
    max_pending = std::max(max_pending, sim.pending());
  }
};

TEST_CASE("the hold model keeps the pending count constant and dispatches exactly `events`") {
  Simulator sim;
  PendingProbe probe(sim);
  sim.set_observer(&probe);
  HoldModel model(sim, 3);
  model.prime(100);
  CHECK(model.run(10'000) == 10'000);
  CHECK(sim.pending() == 100);
  CHECK(probe.min_pending == 99);
  CHECK(probe.max_pending == 99);
  CHECK(sim.events_dispatched() == 10'000);
  CHECK(run_hold(1000, 12'345, 1) == 12'345);
  CHECK(run_hold(10, 0, 1) == 0);
}

}  // namespace
}  // namespace ketensim::engine
