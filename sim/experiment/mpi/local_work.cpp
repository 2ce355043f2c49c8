#include "sim/experiment/mpi/local_work.h"

namespace ketensim::experiment::mpi {

LocalWork::LocalWork(int threads, const ReplicationWork& work) {
  thread_ = std::thread([this, threads, &work] {
    try {
      run_pipeline(
          threads, [this] { return next(); }, work,
          [this](int i, ReplicationResults& r) { done(i, r); });
    } catch (...) {
      std::lock_guard lock(mutex_);
      failure_ = std::current_exception();
    }
    std::lock_guard lock(mutex_);
    ended_ = true;
    ready_.notify_all();
  });
}

LocalWork::~LocalWork() {
  drop_waiting();
  close();
  thread_.join();
}

void LocalWork::give(int replication) {
  std::lock_guard lock(mutex_);
  waiting_.push_back(replication);
  ++unfinished_;
  given_.notify_one();
}

void LocalWork::close() {
  std::lock_guard lock(mutex_);
  closed_ = true;
  given_.notify_all();
}

void LocalWork::drop_waiting() {
  std::lock_guard lock(mutex_);
  unfinished_ -= static_cast<int>(waiting_.size());
  waiting_.clear();
}

int LocalWork::next() {
  std::unique_lock lock(mutex_);
  given_.wait(lock, [this] { return !waiting_.empty() || closed_; });
  if (waiting_.empty()) return -1;
  int i = waiting_.front();
  waiting_.pop_front();
  return i;
}

void LocalWork::done(int i, ReplicationResults& r) {
  std::lock_guard lock(mutex_);
  done_.emplace_back(i, std::move(r));
  ready_.notify_all();
}

std::vector<std::pair<int, ReplicationResults>> LocalWork::take_done() {
  std::lock_guard lock(mutex_);
  std::vector<std::pair<int, ReplicationResults>> out;
  out.swap(done_);
  unfinished_ -= static_cast<int>(out.size());
  return out;
}

int LocalWork::unfinished() const {
  std::lock_guard lock(mutex_);
  return unfinished_;
}

bool LocalWork::finished() const {
  std::lock_guard lock(mutex_);
  return closed_ && ended_ && done_.empty();
}

void LocalWork::wait(std::chrono::milliseconds most) {
  std::unique_lock lock(mutex_);
  ready_.wait_for(lock, most, [this] { return !done_.empty() || ended_ || failure_; });
}

void LocalWork::rethrow_if_failed() {
  std::lock_guard lock(mutex_);
  if (failure_) std::rethrow_exception(failure_);
}

}  // namespace ketensim::experiment::mpi
