#include "tools/ketensim/serve/jobs.h"

namespace ketensim::tools::serve {

JobBoard::Ticket JobBoard::start(const std::string& client, std::chrono::milliseconds wait) {
  std::unique_lock lock(mutex_);
  if (auto old = latest_.find(client); old != latest_.end()) old->second->cancelled = true;
  int mine = ++asked_[client];
  freed_.notify_all();  // an older request of this client still waiting gives up
  bool free = freed_.wait_for(lock, wait,
                              [&] { return running_ < max_running_ || asked_[client] != mine; });
  if (!free || asked_[client] != mine) return nullptr;
  ++running_;
  auto* job = new Job;
  latest_[client] = job;
  return Ticket(job, [this, client](Job* j) { finish(client, j); });
}

void JobBoard::finish(const std::string& client, Job* job) {
  {
    std::lock_guard lock(mutex_);
    --running_;
    if (auto it = latest_.find(client); it != latest_.end() && it->second == job) latest_.erase(it);
  }
  delete job;
  freed_.notify_all();
}

void JobBoard::cancel_all() {
  std::lock_guard lock(mutex_);
  for (auto& [client, job] : latest_) job->cancelled = true;
}

int JobBoard::running() const {
  std::lock_guard lock(mutex_);
  return running_;
}

}  // namespace ketensim::tools::serve
