// The discrete-event simulation loop.
//
// A Simulator owns the clock and the pending events; the model owns everything else. Events
// carry plain numbers (kind, target, data) rather than callbacks, so scheduling allocates
// nothing and a handler is one switch on kind.
//
// Cancellation is lazy: the queue never removes an event early. A model that may need to
// cancel keeps a generation counter per entity, puts its current value in Event::data when
// scheduling, bumps it to cancel, and ignores any dispatched event whose data no longer
// matches. That keeps the queue a plain heap and cancellation O(1).
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>

#include "sim/engine/event_queue.h"
#include "sim/engine/observer.h"
#include "sim/engine/time.h"

namespace ketensim::engine {

// One replication's clock and pending events. Single-threaded by design: parallelism is
// across replications, each with its own Simulator.
class Simulator {
 public:
  SimTime now() const { return now_; }

  // Schedules an event at absolute time `at` (>= now(), asserted) with the next sequence
  // number and returns that number. Events at equal times dispatch in scheduling order.
  std::uint64_t schedule(SimTime at, std::uint32_t kind, std::uint32_t target,
                         std::uint64_t data = 0) {
    assert(at >= now_ && "events cannot be scheduled in the past");
    queue_.push(Event{at, next_seq_, kind, target, data});
    return next_seq_++;
  }

  std::uint64_t schedule_in(SimTime delay, std::uint32_t kind, std::uint32_t target,
                            std::uint64_t data = 0) {
    return schedule(now_ + delay, kind, target, data);
  }

  // Dispatches the events with time <= end in (time, seq) order: the observer first, then
  // handler.on_event(const Event&), with now() at the event's time. Handlers may schedule.
  // Returns early, after the current event, once request_stop() is called; otherwise the
  // clock ends at `end` (>= now(), asserted). Returns the number of events dispatched.
  template <class Handler>
  std::uint64_t run_until(SimTime end, Handler& handler);

  // Ends the current run_until after the current event. Each run_until starts unstopped.
  void request_stop() { stop_requested_ = true; }
  bool stopped() const { return stop_requested_; }  // whether the last run ended by request

  std::size_t pending() const { return queue_.size(); }
  std::uint64_t events_dispatched() const { return dispatched_; }  // life total; reset() keeps it
  void set_observer(SimulationObserver* observer) { observer_ = observer; }  // nullptr: none

  // Back to an empty queue at time 0 with sequence numbers from 0; keeps the observer.
  void reset();

 private:
  bool has_event_due(SimTime end) { return !queue_.empty() && queue_.top().time <= end; }

  Event take_next() {
    const Event event = queue_.pop();
    now_ = event.time;
    ++dispatched_;
    return event;
  }

  void notify(const Event& event) {
    if (observer_ != nullptr) observer_->on_event(event);
  }

  void finish(SimTime end);

  EventQueue queue_;
  SimTime now_ = 0;
  std::uint64_t next_seq_ = 0;
  std::uint64_t dispatched_ = 0;
  bool stop_requested_ = false;
  SimulationObserver* observer_ = nullptr;
};

template <class Handler>
std::uint64_t Simulator::run_until(SimTime end, Handler& handler) {
  assert(end >= now_ && "run_until cannot run backwards");
  stop_requested_ = false;
  std::uint64_t count = 0;
  while (!stop_requested_ && has_event_due(end)) {
    const Event event = take_next();
    notify(event);
    handler.on_event(event);
    ++count;
  }
  finish(end);
  return count;
}

}  // namespace ketensim::engine
