#include "sim/experiment/monotone_search.h"

#include <algorithm>
#include <optional>

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

int smallest_holding(const std::function<bool(int)>& holds, int start, int max,
                     std::span<const int> known) {
  std::optional<int> hi,
      lo;  // the smallest known that holds; the largest known below it that fails
  for (int k : known) {
    if (k >= 0 && k <= max && (!hi || k < *hi) && holds(k)) hi = k;
  }
  for (int k : known) {
    if (k >= 0 && k <= max && (!hi || k < *hi) && (!lo || k > *lo) && !holds(k)) lo = k;
  }
  if (hi && lo) return bisect(holds, *lo, *hi);
  if (hi || lo) return smallest_holding(holds, hi ? *hi : *lo, max);
  return smallest_holding(holds, start, max);
}

}  // namespace ketensim::experiment
