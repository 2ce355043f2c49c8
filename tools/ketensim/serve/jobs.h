// The runs in progress, bounded: at most `max_running` at once over all clients, and one per
// client (a page). A client's newer run cancels its older one: the older stops starting
// replications and ends, and the newer waits for its slot.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <string>

namespace ketensim::tools::serve {

class JobBoard {
 public:
  struct Job {
    std::atomic<bool> cancelled = false;
  };
  // Ends the job's run and frees its slot when the last copy goes.
  using Ticket = std::shared_ptr<Job>;

  explicit JobBoard(int max_running) : max_running_(max_running) {}

  // A slot for `client`'s new run, cancelling its older one; empty when all slots stay
  // taken for `wait`, or when a newer request of the same client came meanwhile.
  Ticket start(const std::string& client, std::chrono::milliseconds wait);
  // Cancels every run (the server is stopping).
  void cancel_all();
  int running() const;

 private:
  void finish(const std::string& client, Job* job);

  int max_running_;
  mutable std::mutex mutex_;
  std::condition_variable freed_;
  int running_ = 0;
  std::map<std::string, Job*> latest_;  // each client's newest run
  std::map<std::string, int> asked_;    // each client's requests so far: the newest wins
};

}  // namespace ketensim::tools::serve
