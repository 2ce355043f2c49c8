// The smallest whole number at which a monotone test starts to hold (false below, true from
// it on), with few evaluations: from a starting guess, doubling up or halving down until the
// answer is bracketed, then bisection. The test is evaluated at most about 2 log2(answer)
// times; the caller memoises when evaluations are expensive (they are simulations).
#pragma once

#include <functional>
#include <span>

namespace ketensim::experiment {

// The smallest n in [0, max] with holds(n), assuming holds is monotone; -1 when even
// holds(max) is false. `start` (clamped to [0, max]) is the first guess.
int smallest_holding(const std::function<bool(int)>& holds, int start, int max);

// The same, where the test is already known (cheap to ask again) at the numbers in `known`:
// the search starts from the bracket they give, between the largest known number that fails
// and the smallest known one that holds above it, and asks nothing outside it.
int smallest_holding(const std::function<bool(int)>& holds, int start, int max,
                     std::span<const int> known);

}  // namespace ketensim::experiment
