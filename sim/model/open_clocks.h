// The clocks still running for one waiting list or one norm: when each started and for how
// many children, in order of start. The KPI observer counts from them, at each period end,
// the children waiting longer than a threshold or past a norm.
//
// Clocks start at the simulation's current time, so starts arrive in time order and a plain
// vector stays sorted by appending. A stopped clock is marked in place (found by binary
// search) and the marks are swept out once they are half the vector: start and stop cost
// O(log n) amortised and allocate nothing once the vector has grown to the most clocks open.
#pragma once

#include <cstddef>
#include <vector>

namespace ketensim::model {

class OpenClocks {
 public:
  // A clock for `children` started at `at`, no earlier than the last one started (asserted).
  void start(double at, int children);
  // Stops one running clock that started at `started` for `children`; none: nothing happens.
  void stop(double started, int children);

  // Children of the running clocks that started before `time`.
  int children_started_before(double time) const;
  // Calls visit(start, children) for every running clock, in order of start.
  template <class Visit>
  void for_each(Visit visit) const {
    for (const Clock& c : clocks_) {
      if (c.children != kStopped) visit(c.start, c.children);
    }
  }
  std::size_t running() const { return clocks_.size() - stopped_; }

 private:
  static constexpr int kStopped = -1;
  struct Clock {
    double start;
    int children;  // kStopped once stopped
  };

  std::vector<Clock> clocks_;
  std::size_t stopped_ = 0;  // clocks marked kStopped
};

}  // namespace ketensim::model
