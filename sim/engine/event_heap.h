// The binary-heap part of the pending-event set (event_queue.h): a 4-ary implicit heap in one
// vector, which halves the tree depth of a binary heap, keeps a node's children adjacent in
// memory and allocates only when the vector grows.
#pragma once

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "sim/engine/event.h"

namespace ketensim::engine {

// Min-priority queue on (time, seq) for times >= 0 (asserted; NaN is refused too). Callers
// supply unique seq values.
class EventHeap {
 public:
  void push(const Event& e) {
    assert(e.time >= 0 && "the event queue orders times from 0 on");
    heap_.push_back(e);
    heap_.back().time += 0.0;  // -0.0 becomes +0.0, whose key orders with the others
    sift_up(heap_.size() - 1);
  }

  Event pop() {
    assert(!heap_.empty());
    const Event first = heap_.front();
    const Event last = heap_.back();
    heap_.pop_back();
    if (!heap_.empty()) sift_down(last);
    return first;
  }

  const Event& top() const {
    assert(!heap_.empty());
    return heap_.front();
  }

  bool empty() const { return heap_.empty(); }
  std::size_t size() const { return heap_.size(); }
  void clear() { heap_.clear(); }
  void reserve(std::size_t n) { heap_.reserve(n); }
  std::vector<Event> take_all() { return std::exchange(heap_, {}); }  // in no particular order

 private:
  static constexpr std::size_t kArity = 4;

  // Moves the hole at `i` up until `heap_[i]` fits, shifting parents down.
  void sift_up(std::size_t i) {
    const Event moving = heap_[i];
    while (i > 0) {
      const std::size_t parent = (i - 1) / kArity;
      if (!earlier(moving, heap_[parent])) break;
      heap_[i] = heap_[parent];
      i = parent;
    }
    heap_[i] = moving;
  }

  // Places `moving` (the former last leaf) from the root: the hole left at the root sinks
  // along the earliest children all the way to a leaf, and `moving` rises from there.
  // `moving` is one of the latest events, so it rarely rises far, and the sinking needs no
  // comparison with it (Wegener's bottom-up heapsort): about one comparison less per level.
  void sift_down(const Event& moving) {
    const std::size_t n = heap_.size();
    std::size_t i = 0;
    for (std::size_t child = 1; child < n; child = i * kArity + 1) {
      const std::size_t best = earliest_child(child, n);
      heap_[i] = heap_[best];
      i = best;
    }
    heap_[i] = moving;
    sift_up(i);
  }

  std::size_t earliest_child(std::size_t first, std::size_t n) const {
    if (first + kArity <= n) return earliest_of_four(first);
    std::size_t best = first;
    for (std::size_t c = first + 1; c < n; ++c)
      if (earlier(heap_[c], heap_[best])) best = c;
    return best;
  }

  // A fixed tournament of three comparisons whose results become indices, not branches:
  // the children of a hold-model heap are in random order, so branches would mispredict.
  std::size_t earliest_of_four(std::size_t first) const {
    const std::size_t left = first + earlier(heap_[first + 1], heap_[first]);
    const std::size_t right = first + 2 + earlier(heap_[first + 3], heap_[first + 2]);
    return earlier(heap_[right], heap_[left]) ? right : left;
  }

  std::vector<Event> heap_;
};

}  // namespace ketensim::engine
