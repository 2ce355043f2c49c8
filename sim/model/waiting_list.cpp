#include "sim/model/waiting_list.h"

namespace ketensim::model {

void WaitingList::push(const WaitingEntry& e, int priority) {
  levels_[priority_order_ ? priority : 0].push_back(e);
  ++live_;
}

std::deque<WaitingEntry>* WaitingList::first_level() {
  while (!levels_.empty() && levels_.begin()->second.empty()) levels_.erase(levels_.begin());
  return levels_.empty() ? nullptr : &levels_.begin()->second;
}

void WaitingList::pop_front() {
  first_level()->pop_front();
  --live_;
}

}  // namespace ketensim::model
