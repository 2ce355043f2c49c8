// An event and the order of events.
//
// Determinism lives here: events order by (time, seq), and seq is unique, so the dispatch
// order is total and does not depend on the layout of the queue, platform or library.
#pragma once

#include <bit>
#include <cstdint>

#include "sim/engine/time.h"

namespace ketensim::engine {

struct Event {
  SimTime time = 0;
  std::uint64_t seq = 0;   // tie-breaker: insertion order; makes the order total and deterministic
  std::uint32_t kind = 0;  // meaning defined by the model
  std::uint32_t target = 0;  // e.g. entity id
  std::uint64_t data = 0;    // e.g. a generation token for lazy cancellation
};
static_assert(sizeof(Event) <= 32, "Event must stay within 32 bytes: two per cache line");

// The order key of a time. For the times a simulation schedules, +0.0 up to +inf, the
// IEEE-754 bit pattern read as an unsigned integer orders exactly as the double does, and
// an integer comparison is cheaper than a floating-point one in the heap's inner loop
// (about 30% more hold-benchmark events per second). EventHeap::push turns -0.0 into +0.0.
inline std::uint64_t time_key(SimTime t) {
  return std::bit_cast<std::uint64_t>(t);
}

// True when a is dispatched before b. Equal times are the rarer case in the heap's inner loop.
inline bool earlier(const Event& a, const Event& b) {
  const std::uint64_t ta = time_key(a.time), tb = time_key(b.time);
  if (ta != tb) [[likely]]
    return ta < tb;
  return a.seq < b.seq;
}

}  // namespace ketensim::engine
