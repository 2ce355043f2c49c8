// The classic "hold" benchmark model of event-set performance (Jones, "An empirical
// comparison of priority-queue and event-set implementations", CACM 29(4), 1986): every
// dispatched event schedules exactly one successor at now + Exp(mean 1), so the number of
// pending events stays constant and the run measures the kernel, not a model.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>

#include "sim/engine/random.h"
#include "sim/engine/simulator.h"

namespace ketensim::engine {

// The hold model as a Simulator handler; all its events have kind 0 and keep their target.
class HoldModel {
 public:
  HoldModel(Simulator& sim, std::uint64_t seed) : sim_(sim), stream_(derive_key(seed, 0, "hold")) {}

  // Schedules `pending` events at exponential times from now, ids 0 .. pending - 1.
  void prime(std::size_t pending) {
    for (std::size_t i = 0; i < pending; ++i)
      sim_.schedule_in(hold_time(), 0, static_cast<std::uint32_t>(i));
  }

  // Dispatches exactly `events` events (fewer only if none are pending) and returns the count.
  std::uint64_t run(std::uint64_t events) {
    if (events == 0) return 0;
    remaining_ = events;
    return sim_.run_until(std::numeric_limits<SimTime>::infinity(), *this);
  }

  void on_event(const Event& e) {
    sim_.schedule_in(hold_time(), e.kind, e.target);
    if (--remaining_ == 0) sim_.request_stop();
  }

 private:
  double hold_time() { return -std::log(stream_.uniform01()); }  // Exp(mean 1)

  Simulator& sim_;
  RandomStream stream_;
  std::uint64_t remaining_ = 0;
};

// Runs the hold model with `pending` events for `events` events; returns the events dispatched.
inline std::uint64_t run_hold(std::size_t pending, std::uint64_t events, std::uint64_t seed) {
  Simulator sim;
  HoldModel model(sim, seed);
  model.prime(pending);
  return model.run(events);
}

}  // namespace ketensim::engine
