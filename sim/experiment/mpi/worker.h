// A rank other than 0 in a distributed run. It asks rank 0 for replication numbers while
// its threads have room, computes them, sends the results back, and folds the results rank
// 0 forwards, in replication order, so that it ends with the same result as rank 0. When it
// is interrupted it tells rank 0, which stops the run; it is done when rank 0 says the run
// is over. While nothing else goes out, it says it is still there once a second.
#pragma once

#include "sim/experiment/mpi/channel.h"
#include "sim/experiment/mpi/coordinator.h"
#include "sim/experiment/mpi/local_work.h"

namespace ketensim::experiment::mpi {

class Worker {
 public:
  Worker(Channel& channel, const RunCall& call) : channel_(channel), call_(call) {}
  // Returns the replications folded, as rank 0 counted them.
  int run();

 private:
  bool receive(const Message& m, LocalWork& local);  // false once the run is over
  void send_results(LocalWork& local);
  void ask(LocalWork& local);
  void keep_in_touch();

  Channel& channel_;
  RunCall call_;
  bool asked_ = false;
  bool no_more_ = false;
  bool told_stop_ = false;
  int folded_ = 0;
  Coordinator::Clock::time_point last_sent_ = Coordinator::Clock::now();
};

}  // namespace ketensim::experiment::mpi
