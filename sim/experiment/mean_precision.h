// When a run knows its means: the stopping rule of `ketensim run --precision`. The rule of a
// comparison (difference_precision.h) applied to one run's means instead of paired
// differences: after the first look and every batch after it, each judged KPI's mean must be
// known to within its target,
//
//   95% half-width  <=  max(relative x |mean|, resolution),
//
// with the same resolutions (half a day, half a percentage point for a share, half a family
// or child for a count), so that a mean near 0 does not ask for thousands of replications.
// The look is made after whole batches in replication order, so where a run stops depends
// on its seed and replications alone, never on the threads or ranks (sequential_stop.h).
#pragma once

#include <cstddef>
#include <vector>

#include "sim/experiment/difference_precision.h"
#include "sim/experiment/experiment.h"

namespace ketensim::experiment {

// `judged`: catalog indices. A KPI with fewer than two values so far (NaN in the others) is
// not judged; `met` is false while none is.
PrecisionCheck check_means(const ExperimentResult& r, const std::vector<std::size_t>& judged,
                           double relative, double resolution = 1);

// The RunStop of the rule, for `judged` (empty rule when target.relative is 0).
RunStop mean_rule(const PrecisionTarget& target, std::vector<std::size_t> judged);

}  // namespace ketensim::experiment
