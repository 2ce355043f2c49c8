#include "sim/experiment/monotone_search.h"

#include <algorithm>

namespace ketensim::experiment {
namespace {

// holds(hi) is true: halve down to a failing lo (or find 0 holds).
int bisect(const std::function<bool(int)>& holds, int lo, int hi) {
  while (hi - lo > 1) {
    int mid = lo + (hi - lo) / 2;
    (holds(mid) ? hi : lo) = mid;
  }
  return hi;
}

}  // namespace

int smallest_holding(const std::function<bool(int)>& holds, int start, int max) {
  int guess = std::clamp(start, 0, max);
  if (holds(guess)) {
    int hi = guess;
    while (hi > 0) {
      int lower = hi / 2;
      if (!holds(lower)) return bisect(holds, lower, hi);
      hi = lower;
    }
    return 0;
  }
  int lo = guess;
  while (lo < max) {
    int higher = std::min(max, std::max(1, lo * 2));
    if (holds(higher)) return bisect(holds, lo, higher);
    lo = higher;
  }
  return -1;
}

}  // namespace ketensim::experiment
