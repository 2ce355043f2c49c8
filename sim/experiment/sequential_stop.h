// A rule that ends replications once their answer is known: a run's means (mean_precision.h;
// RunStop, experiment.h) and, with more to it, a set's paired differences, a capacity
// candidate's side of its target or a ranking (SequentialStop, scenario_set.h). It is asked
// after replication n is folded, for n = first_look, first_look + batch, ...; once it says
// yes, the result holds exactly replications 0 .. n-1 and no other starts. Those already
// running are computed and left out, so where it stops depends on the replications alone,
// never on the threads or ranks.
#pragma once

#include <functional>

namespace ketensim::experiment {

// Whether the rule is asked after n replications: n = first_look, first_look + batch, ...;
// never when first_look is 0.
inline bool is_look(int n, int first_look, int batch) {
  return first_look > 0 && n >= first_look && (n - first_look) % batch == 0;
}

template <class Result>
struct StopRule {
  int first_look = 0;  // 0: never asked
  int batch = 1;
  std::function<bool(const Result&)> enough = {};
  bool looks_at(int n) const { return enough && is_look(n, first_look, batch); }
};

}  // namespace ketensim::experiment
