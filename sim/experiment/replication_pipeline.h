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
// Asked before each replication starts, one call at a time: true stops the run there.
using StopRequest = std::function<bool()>;
// The next replication number to run, or -1 when there is none; one call at a time.
using ReplicationSource = std::function<int()>;

// The threads a request means: 0 is all cores.
int resolve_threads(int requested);

// Replications computed by an earlier run (a resumed one): 0 .. count-1 are read, in
// order, instead of computed.
struct SavedReplications {
  int count = 0;
  std::function<ReplicationResults(int replication)> read = {};
};

// Runs replications 0 .. count-1, the saved ones read instead, and returns how many are
// folded. Once `stop` (empty: never) returns true no further replication starts; those
// running finish and are folded, so the ones folded are always 0 .. k-1. An exception
// thrown by `work` or `fold` stops the run the same way (the replications running finish,
// unfolded) and is rethrown here: the first in replication order, so the same at any thread
// count. In an MPI job the ranks share the work (cluster.h); every rank calls this with the
// same arguments.
int run_in_order(int count, int threads, const ReplicationWork& work, const ReplicationFold& fold,
                 const StopRequest& stop = {}, const SavedReplications& saved = {});

// The pipeline itself, for a caller with its own order of work (a rank of an MPI job): the
// replications `next` names are computed on `threads` threads and handed to `done` one at a
// time in the order `next` named them.
void run_pipeline(int threads, const ReplicationSource& next, const ReplicationWork& work,
                  const ReplicationFold& done);

}  // namespace ketensim::experiment
