// This rank's share of a distributed run: the replication numbers it is given are computed
// on its threads (run_pipeline) by a thread of their own, so that the main thread stays
// free to talk MPI, which only it does. Numbers go in with give(), results come out with
// take_done(); after close() the pipeline ends once the numbers given are done.
#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

#include "sim/experiment/replication_pipeline.h"

namespace ketensim::experiment::mpi {

class LocalWork {
 public:
  LocalWork(int threads, const ReplicationWork& work);
  ~LocalWork();  // closes, drops what is not started, and waits for the rest
  LocalWork(const LocalWork&) = delete;
  LocalWork& operator=(const LocalWork&) = delete;

  void give(int replication);
  void close();
  // Drops the numbers given but not started (the run is over).
  void drop_waiting();
  std::vector<std::pair<int, ReplicationResults>> take_done();
  // Numbers given and not yet taken out as results.
  int unfinished() const;
  // Closed, and everything given is done and taken out (or dropped).
  bool finished() const;
  // Until a result is ready, the pipeline ends, or `most` has passed.
  void wait(std::chrono::milliseconds most);
  // The exception a replication threw, here on the main thread.
  void rethrow_if_failed();

 private:
  int next();                               // the pipeline's source
  void done(int i, ReplicationResults& r);  // its sink

  mutable std::mutex mutex_;
  std::condition_variable given_, ready_;
  std::deque<int> waiting_;
  std::vector<std::pair<int, ReplicationResults>> done_;
  int unfinished_ = 0;
  bool closed_ = false;
  bool ended_ = false;
  std::exception_ptr failure_;
  std::thread thread_;
};

}  // namespace ketensim::experiment::mpi
