#include "sim/engine/simulator.h"

namespace ketensim::engine {

void Simulator::reset() {
  queue_.clear();
  now_ = 0;
  next_seq_ = 0;
  stop_requested_ = false;
}

void Simulator::finish(SimTime end) {
  if (!stop_requested_) now_ = end;
  if (observer_ != nullptr) observer_->on_finish(now_);
}

}  // namespace ketensim::engine
