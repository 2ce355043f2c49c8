// The pending-event set of a simulation: a min-priority queue on (time, seq) (event.h).
//
// Most of the pending events of a simulation lie far ahead of the clock, and ordering them
// exactly long before they are due is wasted work. So, as in the ladder queue (Tang, Goh and
// Thng, "Ladder queue: an O(1) priority queue structure for large-scale discrete event
// simulation", ACM TOMACS 15(3), 2005), events are kept in three tiers by time: a 4-ary heap
// (event_heap.h) holds the earliest ones, a rung of equal-width buckets the next ones,
// unsorted, and an unsorted top the rest. A bucket enters the heap when the heap runs dry;
// when the rung is spent, a new one is spread over the events then in the top, about
// kEventsPerBucket to a bucket. Every event moves tier at most twice, so an event costs a
// few operations on a heap of a bucket's size instead of on one of all the pending events:
// on the hold benchmark at 10^4 pending, about half the instructions of the heap alone.
//
// The order stays exact: the tier and the bucket of an event are a monotone function of its
// time alone, and within the heap events order by (time, seq). Events at +infinity wait in a
// list of their own, so the rung spans finite times only.
#pragma once

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <vector>

#include "sim/engine/event.h"
#include "sim/engine/event_heap.h"

namespace ketensim::engine {

// Min-priority queue on (time, seq) for times >= 0 (asserted; NaN is refused too). Callers
// supply unique seq values (the Simulator does).
class EventQueue {
 public:
  void push(const Event& e) {
    assert(e.time >= 0 && "the event queue orders times from 0 on");
    ++size_;
    if (heap_only_) {
      heap_.push(e);
      if (heap_.size() > kHeapOnlyMost) [[unlikely]]
        leave_heap_only();
    } else {
      place(e);
    }
  }

  Event pop() {
    assert(size_ > 0);
    if (heap_.empty()) [[unlikely]]
      refill();
    --size_;
    return heap_.pop();
  }

  // The next event; not const, because finding it may move a bucket into the heap.
  const Event& top() {
    assert(size_ > 0);
    if (heap_.empty()) [[unlikely]]
      refill();
    return heap_.top();
  }

  bool empty() const { return size_ == 0; }
  std::size_t size() const { return size_; }
  void clear();
  void reserve(std::size_t n) { buckets_[top_bucket_].reserve(n); }

 private:
  static constexpr std::size_t kEventsPerBucket = 2;
  // A queue this short is faster as a heap alone: a rung is spread only over more events than
  // kHeapOnlyFewest, and the heap alone serves until it holds more than kHeapOnlyMost.
  static constexpr std::size_t kHeapOnlyFewest = 64, kHeapOnlyMost = 256;

  // The rung's coordinate of a finite time: bucket b holds the times whose position is in
  // [b, b + 1). Monotone in t, which keeps the tiers in time order.
  double position(SimTime t) const { return (t - rung_start_) * rung_scale_; }

  // The top is the bucket after the rung's last, so that an event beyond the rung needs no
  // branch of its own: where the three tiers are hard to predict, that is worth a few
  // percent of the hold benchmark.
  [[gnu::noinline]] void place(const Event& e) {
    if (e.time == std::numeric_limits<SimTime>::infinity()) [[unlikely]]
      return place_at_infinity(e);
    const double x = position(e.time);
    if (!(x >= heap_below_)) [[unlikely]]
      return heap_.push(e);
    const double bucket = std::min(x, static_cast<double>(top_bucket_));
    buckets_[static_cast<std::size_t>(bucket)].push_back(e);
  }

  void place_at_infinity(const Event& e) { at_infinity_.push_back(e); }

  void refill();
  void open_next_bucket();
  void spread_top();
  void enter_heap_only(const std::vector<Event>& top);
  void leave_heap_only();

  EventHeap heap_;  // the earliest events: position < heap_below_
  // The rung, buckets next_bucket_ .. top_bucket_ - 1, and the top, position >= top_bucket_.
  std::vector<std::vector<Event>> buckets_ = std::vector<std::vector<Event>>(1);
  std::vector<Event> at_infinity_;  // time +infinity, unless heap_only_
  double rung_start_ = 0, rung_scale_ = 0;
  double heap_below_ = 0;
  std::size_t next_bucket_ = 0, top_bucket_ = 0;
  bool heap_only_ = false;  // every event is in the heap: the queue is short, or all at +infinity
  std::size_t size_ = 0;
};

// Moves the earliest events into the empty heap: the next non-empty bucket, or a new rung.
inline void EventQueue::refill() {
  while (heap_.empty()) {
    if (next_bucket_ < top_bucket_)
      open_next_bucket();
    else
      spread_top();
  }
}

inline void EventQueue::open_next_bucket() {
  std::vector<Event>& bucket = buckets_[next_bucket_++];
  for (const Event& e : bucket) heap_.push(e);
  bucket.clear();
  heap_below_ = static_cast<double>(next_bucket_);
}

// Spreads the top over a new rung from its earliest time to its latest, about
// kEventsPerBucket events a bucket. Called with the heap and the rung empty.
inline void EventQueue::spread_top() {
  std::vector<Event> top;
  top.swap(buckets_[top_bucket_]);
  if (top.size() <= kHeapOnlyFewest) return enter_heap_only(top);
  SimTime first = top.front().time, last = first;
  for (const Event& e : top) {
    first = std::min(first, e.time);
    last = std::max(last, e.time);
  }
  const std::size_t buckets = top.size() / kEventsPerBucket + 1;
  const double scale = static_cast<double>(buckets) / (last - first);
  rung_start_ = first;
  rung_scale_ = std::isfinite(scale) ? scale : 1.0;  // all at one time: any width will do
  // One bucket more, for `last` itself and what rounding puts at the rung's end.
  top_bucket_ = buckets + 1;
  if (buckets_.size() <= top_bucket_) buckets_.resize(top_bucket_ + 1);
  next_bucket_ = 0;
  heap_below_ = 0;
  for (const Event& e : top) place(e);
  top.clear();
  std::vector<Event>& new_top = buckets_[top_bucket_];
  if (new_top.empty() && new_top.capacity() < top.capacity())
    new_top.swap(top);  // keeps its memory
}

// Called with the heap and the rung empty: the top and the events at +infinity go to the heap,
// and so does every event scheduled from now on, until the queue is empty or long again.
inline void EventQueue::enter_heap_only(const std::vector<Event>& top) {
  for (const Event& e : top) heap_.push(e);
  for (const Event& e : at_infinity_) heap_.push(e);
  at_infinity_.clear();
  heap_only_ = true;
  next_bucket_ = top_bucket_ = 0;
}

// The heap has grown too long to serve alone: all its events go back to the top (or to the
// list at +infinity), and the next refill spreads a rung over them.
inline void EventQueue::leave_heap_only() {
  heap_only_ = false;
  rung_start_ = rung_scale_ = heap_below_ = 0;  // every finite time goes to the top
  for (const Event& e : heap_.take_all()) place(e);
}

inline void EventQueue::clear() {
  heap_.clear();
  for (std::size_t b = next_bucket_; b <= top_bucket_; ++b) buckets_[b].clear();
  at_infinity_.clear();
  rung_start_ = rung_scale_ = heap_below_ = 0;
  next_bucket_ = top_bucket_ = 0;
  heap_only_ = false;
  size_ = 0;
}

}  // namespace ketensim::engine
