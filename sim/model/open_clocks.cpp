#include "sim/model/open_clocks.h"

#include <algorithm>
#include <cassert>

namespace ketensim::model {

void OpenClocks::start(double at, int children) {
  assert((clocks_.empty() || clocks_.back().start <= at) && "clocks start in time order");
  clocks_.push_back({at, children});
}

void OpenClocks::stop(double started, int children) {
  auto it = std::lower_bound(clocks_.begin(), clocks_.end(), started,
                             [](const Clock& c, double t) { return c.start < t; });
  for (; it != clocks_.end() && it->start == started; ++it) {
    if (it->children != children) continue;
    it->children = kStopped;
    if (++stopped_ * 2 > clocks_.size()) {
      std::erase_if(clocks_, [](const Clock& c) { return c.children == kStopped; });
      stopped_ = 0;
    }
    return;
  }
}

int OpenClocks::children_started_before(double time) const {
  int children = 0;
  for (auto it = clocks_.begin(); it != clocks_.end() && it->start < time; ++it) {
    if (it->children != kStopped) children += it->children;
  }
  return children;
}

}  // namespace ketensim::model
