// Where replications run: on the threads of this process, or, in a build with KETENSIM_MPI
// started by mpirun or srun, on the processes (ranks) of an MPI job, each with its own
// threads. In a job every rank runs the same command; rank 0 hands out replication numbers
// to whoever asks (the ranks that are quicker take more), folds every result in
// replication order and forwards each folded result to the others, which fold the same
// sequence. So each rank ends with the same result, and the output, which rank 0 alone
// writes, is bit-identical at any number of ranks and threads. MPI enters the project in
// sim/experiment/mpi/ and nowhere else; this header knows nothing of it.
#pragma once

#include <string>

#include "sim/experiment/replication_pipeline.h"

namespace ketensim::experiment {

// run_in_order over the ranks of a job (mpi/). Every rank calls it with the same count,
// work and fold; `saved` counts on rank 0, and a stop request on any rank stops the run.
class Distributor {
 public:
  virtual ~Distributor() = default;
  virtual int rank() const = 0;
  virtual int size() const = 0;
  virtual int run_in_order(int count, int threads, const ReplicationWork& work,
                           const ReplicationFold& fold, const StopRequest& stop,
                           const SavedReplications& saved) = 0;
  // Why the last run stopped early, if not by this process's own stop request ("rank 2 sent
  // nothing for 60 s"); empty otherwise.
  virtual std::string stop_reason() const = 0;
};

// The distributor run_in_order uses; none (nullptr) runs everything in this process.
Distributor* distributor();
void set_distributor(Distributor* d);

// The rank of this process and the ranks of its job: 0 and 1 outside one.
int rank();
int ranks();
// The one process of a job that writes files and prints: rank 0.
inline bool writes_output() {
  return rank() == 0;
}
// distributor()->stop_reason(), or empty.
std::string stop_reason();

// Joins the MPI job this process was started in, for as long as it lives: in a build with
// KETENSIM_MPI when a launcher's environment says so and the job has more than one rank.
// Otherwise it does nothing, and every run is exactly what it is without MPI.
class ClusterSession {
 public:
  ClusterSession(int& argc, char**& argv);
  ~ClusterSession();  // leaves the job, if end() did not
  ClusterSession(const ClusterSession&) = delete;
  ClusterSession& operator=(const ClusterSession&) = delete;

  // Leaves the job with the command's exit code: MPI_Finalize, after which the caller
  // returns the code. After a command that failed or stopped early (`abandon`), when a rank
  // may be gone or messages left without a receiver, which MPI_Finalize could wait for
  // forever, MPI_Abort with the code instead: it ends every rank of the job at once, and
  // mpirun exits with the code.
  void end(int exit_code, bool abandon);
};

}  // namespace ketensim::experiment
