// The queue of families waiting for one resource. FIFO, or by priority (higher first) and
// FIFO within a priority. A family that leaves the list early (after its maximum wait) is
// removed lazily: its entry stays until it reaches the head and is then skipped, so removal
// is O(1) and the order of the others never changes.
#pragma once

#include <cstdint>
#include <deque>
#include <map>

#include "sim/model/family.h"

namespace ketensim::model {

struct WaitingEntry {
  FamilyId family = 0;
  std::uint32_t generation = 0;  // the family's generation when it joined; a mismatch = left
  std::int32_t amount = 1;
};

class WaitingList {
 public:
  explicit WaitingList(bool priority_order) : priority_order_(priority_order) {}

  void push(const WaitingEntry& e, int priority);
  // The first live entry in service order, or nullptr. `is_live` tells whether an entry's
  // family still waits; dead entries met on the way are dropped.
  template <class IsLive>
  const WaitingEntry* front(IsLive is_live);
  void pop_front();              // precondition: front() returned an entry
  void note_left() { --live_; }  // a family left early; its entry is dropped later
  std::size_t size() const { return live_; }

 private:
  std::deque<WaitingEntry>* first_level();

  bool priority_order_;
  std::map<int, std::deque<WaitingEntry>, std::greater<>> levels_;  // priority -> FIFO
  std::size_t live_ = 0;
};

template <class IsLive>
const WaitingEntry* WaitingList::front(IsLive is_live) {
  while (auto* level = first_level()) {
    if (is_live(level->front())) return &level->front();
    level->pop_front();
  }
  return nullptr;
}

}  // namespace ketensim::model
