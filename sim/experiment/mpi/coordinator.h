// Rank 0 of a distributed run. It hands out replication numbers to the ranks that ask (and
// to its own threads), never more than a window ahead of the next one to fold, so memory
// stays bounded and a slow rank holds back no more than the window; it folds the results
// in replication order, forwarding each to the other ranks first, so that all of them fold
// the same sequence. It stops when every replication is folded, or on a stop request (its
// own or a rank's), or when a rank that holds work has sent nothing for `silence`: then it
// waits a moment for the results on their way, folds the unbroken run of them from 0, and
// tells the other ranks the run is over.
#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

#include "sim/experiment/mpi/channel.h"
#include "sim/experiment/mpi/local_work.h"
#include "sim/experiment/replication_pipeline.h"

namespace ketensim::experiment::mpi {

struct RunCall {
  int count = 0;
  int threads = 0;
  const ReplicationWork& work;
  const ReplicationFold& fold;
  const StopRequest& stop;
};

class Coordinator {
 public:
  using Clock = std::chrono::steady_clock;

  Coordinator(Channel& channel, const RunCall& call, std::chrono::seconds silence);
  // Returns the replications folded; `why` says why the run stopped early, when not by this
  // process's stop request.
  int run(const SavedReplications& saved, std::string& why);

 private:
  void fold_saved(const SavedReplications& saved);
  void receive(const Message& m);
  void hand_out(LocalWork& local);
  std::vector<int> take_numbers(int most, int rank);
  void fold_ready();
  void forward_and_fold(int i, ReplicationResults& r);
  bool check_stop();
  bool done(const LocalWork& local) const;
  void end();

  Channel& channel_;
  RunCall call_;
  std::chrono::seconds silence_;
  int window_;
  int next_number_ = 0;
  int next_fold_ = 0;
  std::map<int, ReplicationResults> ready_;
  std::map<int, int> owner_;  // numbers out at other ranks -> rank
  std::vector<int> wanted_;   // per rank: numbers asked for and not yet answered
  std::vector<Clock::time_point> heard_;
  bool stopping_ = false;
  Clock::time_point stopped_at_;
  std::string why_;
  int lost_ = -1;
};

}  // namespace ketensim::experiment::mpi
