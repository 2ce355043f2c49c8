// The build with KETENSIM_MPI: a process started by mpirun or srun joins its job, and
// run_in_order shares the replications over the job's ranks (coordinator.h, worker.h).
#include <mpi.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <memory>

#include "sim/experiment/cluster.h"
#include "sim/experiment/mpi/channel.h"
#include "sim/experiment/mpi/coordinator.h"
#include "sim/experiment/mpi/worker.h"

namespace ketensim::experiment {
namespace {

// A rank that holds work and sends nothing for this long is taken as lost; a worker sends
// at least once a second while it lives. KETENSIM_RANK_TIMEOUT (seconds) overrides it.
constexpr int kSilenceSeconds = 60;

std::chrono::seconds silence() {
  const char* setting = std::getenv("KETENSIM_RANK_TIMEOUT");
  int seconds = setting ? std::atoi(setting) : 0;
  return std::chrono::seconds(seconds > 0 ? seconds : kSilenceSeconds);
}

class MpiDistributor : public Distributor {
 public:
  int rank() const override { return channel_.rank(); }
  int size() const override { return channel_.size(); }
  std::string stop_reason() const override { return why_; }

  int run_in_order(int count, int threads, const ReplicationWork& work, const ReplicationFold& fold,
                   const StopRequest& stop, const SavedReplications& saved) override {
    channel_.begin_run();
    why_.clear();
    mpi::RunCall call{count, resolve_threads(threads), work, fold, stop};
    if (rank() > 0) return mpi::Worker(channel_, call).run();
    return mpi::Coordinator(channel_, call, silence()).run(saved, why_);
  }

 private:
  mpi::Channel channel_;
  std::string why_;
};

// mpirun (Open MPI) and PMIx or PMI launchers such as srun set these in every rank.
bool started_by_launcher() {
  for (const char* name : {"OMPI_COMM_WORLD_SIZE", "PMIX_RANK", "PMI_RANK"}) {
    if (std::getenv(name) != nullptr) return true;
  }
  return false;
}

bool joined = false;
std::unique_ptr<MpiDistributor> job;

}  // namespace

ClusterSession::ClusterSession(int& argc, char**& argv) {
  if (!started_by_launcher()) return;
  int provided = 0;
  MPI_Init_thread(&argc, &argv, MPI_THREAD_FUNNELED, &provided);
  joined = true;
  if (provided < MPI_THREAD_FUNNELED) {
    std::fputs("ketensim: error: this MPI library cannot be used from a threaded program\n",
               stderr);
    MPI_Abort(MPI_COMM_WORLD, 1);
  }
  auto d = std::make_unique<MpiDistributor>();
  if (d->size() < 2) return;
  job = std::move(d);
  set_distributor(job.get());
}

ClusterSession::~ClusterSession() {
  end(0, false);
}

void ClusterSession::end(int exit_code, bool abandon) {
  if (!joined) return;
  joined = false;
  if (abandon) MPI_Abort(MPI_COMM_WORLD, exit_code);
  set_distributor(nullptr);
  job.reset();
  MPI_Finalize();
}

}  // namespace ketensim::experiment
