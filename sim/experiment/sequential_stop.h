// A rule that ends replications once their answer is known: a comparison's paired
// differences (difference_precision.h), a run's means (mean_precision.h), a capacity
// candidate's side of its target. It is asked after replication n is folded, for
// n = first_look, first_look + batch, ...; once it says yes, the result holds exactly
// replications 0 .. n-1 and no other starts. Those already running are computed and left
// out, so where it stops depends on the replications alone, never on the threads or ranks.
#pragma once

#include <functional>

namespace ketensim::experiment {

template <class Result>
struct StopRule {
  int first_look = 0;  // 0: never asked
  int batch = 1;
  std::function<bool(const Result&)> enough = {};
  bool looks_at(int n) const {
    return enough && first_look > 0 && n >= first_look && (n - first_look) % batch == 0;
  }
};

}  // namespace ketensim::experiment
