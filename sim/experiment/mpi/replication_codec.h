// A replication number's results as bytes, to travel between ranks: every double copied bit
// for bit, so a result folded on rank 0 is the very one computed elsewhere. The ranks of one
// job run the same binary on machines of one byte order (a cluster's nodes), which the
// format assumes.
#pragma once

#include <string>

#include "sim/experiment/replication_pipeline.h"

namespace ketensim::experiment::mpi {

std::string encode(int replication, const ReplicationResults& results);
// Throws std::runtime_error for bytes that are not one encode()'s.
ReplicationResults decode(const std::string& bytes, int& replication);

}  // namespace ketensim::experiment::mpi
