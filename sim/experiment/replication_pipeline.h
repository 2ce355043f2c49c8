// The one place replications run in parallel. Replication i is computed by `work(i)` on any
// of up to `threads` threads (one replication stays on one thread), and its result is handed
// to `fold(i, result)` in replication order, 0, 1, 2, ..., one call at a time. At most
// 2 x threads results are alive at once, so memory is bounded by the replications in flight,
// never by their number; and since the fold order is fixed, so is every merged figure.
#pragma once

#include <functional>
#include <vector>

#include "sim/experiment/replication_result.h"

namespace ketensim::experiment {

// The results of one replication number: one per scenario of a set (one for a single run).
using ReplicationResults = std::vector<ReplicationResult>;

using ReplicationWork = std::function<ReplicationResults(int replication)>;
using ReplicationFold = std::function<void(int replication, ReplicationResults& results)>;

// The threads a request means: 0 is all cores.
int resolve_threads(int requested);

// Runs replications 0 .. count-1. An exception thrown by `work` or `fold` stops the run and
// is rethrown here.
void run_in_order(int count, int threads, const ReplicationWork& work, const ReplicationFold& fold);

}  // namespace ketensim::experiment
