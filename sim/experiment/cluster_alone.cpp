// The build without MPI: a run is always this process alone.
#include "sim/experiment/cluster.h"

namespace ketensim::experiment {

ClusterSession::ClusterSession(int&, char**&) {}
ClusterSession::~ClusterSession() = default;
void ClusterSession::end(int, bool) {}

}  // namespace ketensim::experiment
