// The hook through which tracing, statistics and stop criteria watch a run.
//
// Keeping them out of the event loop keeps the loop one screen long and costs a run that has
// no observer a single pointer test per event.
#pragma once

#include "sim/engine/event.h"

namespace ketensim::engine {

// Sees every event the Simulator dispatches, just before the model's handler does, and the
// end of every run_until. An observer may call Simulator::request_stop() to end the run after
// the current event; it must not schedule events (that is the model's job).
class SimulationObserver {
 public:
  virtual ~SimulationObserver() = default;
  virtual void on_event(const Event&) {}
  virtual void on_finish(SimTime end) { (void)end; }
};

}  // namespace ketensim::engine
