#include "sim/experiment/mpi/coordinator.h"

#include <algorithm>

#include "sim/experiment/mpi/replication_codec.h"

namespace ketensim::experiment::mpi {
namespace {

// How long, after a stop, rank 0 waits for results already on their way from other ranks;
// under mpirun a lost rank leaves the others about a second (odls_base_sigkill_timeout)
// after it asks them to stop (README, Running on a cluster).
constexpr auto kGrace = std::chrono::milliseconds(500);
constexpr auto kIdle = std::chrono::milliseconds(1);

}  // namespace

Coordinator::Coordinator(Channel& channel, const RunCall& call, std::chrono::seconds silence)
    : channel_(channel),
      call_(call),
      silence_(silence),
      // Replications handed out ahead of the next to fold: enough to keep every rank's
      // threads busy while one is slow, few enough to bound the results held.
      window_(std::max(64, 8 * channel.size() * std::max(call.threads, 1))),
      wanted_(channel.size(), 0),
      heard_(channel.size(), Clock::now()) {}

int Coordinator::run(const SavedReplications& saved, std::string& why) {
  try {
    fold_saved(saved);
    LocalWork local(call_.threads, call_.work);
    while (!done(local)) {
      while (auto m = channel_.poll()) receive(*m);
      for (auto& [i, r] : local.take_done()) ready_.emplace(i, std::move(r));
      local.rethrow_if_failed();
      if (check_stop()) {
        local.drop_waiting();
        local.close();
      }
      hand_out(local);
      fold_ready();
      channel_.progress();
      local.wait(kIdle);
    }
  } catch (...) {
    end();
    throw;
  }
  end();
  why = why_;
  return next_fold_;
}

void Coordinator::fold_saved(const SavedReplications& saved) {
  for (int i = 0; i < saved.count; ++i) {
    ReplicationResults r = saved.read(i);
    forward_and_fold(i, r);
  }
  next_number_ = saved.count;
}

void Coordinator::receive(const Message& m) {
  heard_[m.from] = Clock::now();
  if (m.tag == Tag::request) {
    wanted_[m.from] = numbers(m.bytes).at(0);
  } else if (m.tag == Tag::result) {
    int i = 0;
    ReplicationResults r = decode(m.bytes, i);
    owner_.erase(i);
    if (i >= next_fold_) ready_.emplace(i, std::move(r));
  } else if (m.tag == Tag::stop && !stopping_) {
    why_ = "rank " + std::to_string(m.from) + " was interrupted";
  }
  if (m.tag == Tag::stop) stopping_ = true;
}

// Numbers for the ranks that asked and for this rank's threads, within the window; once the
// run stops or every number is out, an empty answer tells a rank there is no more.
void Coordinator::hand_out(LocalWork& local) {
  bool exhausted = stopping_ || next_number_ == call_.count;
  for (int rank = 1; rank < channel_.size(); ++rank) {
    if (wanted_[rank] == 0) continue;
    std::vector<int> given = exhausted ? std::vector<int>{} : take_numbers(wanted_[rank], rank);
    if (given.empty() && !exhausted) continue;  // the window is full: answer later
    channel_.send(rank, Tag::assign, given);
    wanted_[rank] = 0;
  }
  if (exhausted) return local.close();
  int room = 2 * std::max(call_.threads, 1) - local.unfinished();
  for (int i : take_numbers(room, 0)) local.give(i);
}

std::vector<int> Coordinator::take_numbers(int most, int rank) {
  std::vector<int> out;
  int limit = std::min(call_.count, next_fold_ + window_);
  while (static_cast<int>(out.size()) < most && next_number_ < limit) {
    if (rank > 0) owner_[next_number_] = rank;
    out.push_back(next_number_++);
  }
  return out;
}

void Coordinator::fold_ready() {
  for (auto it = ready_.find(next_fold_); it != ready_.end(); it = ready_.find(next_fold_)) {
    ReplicationResults r = std::move(it->second);
    ready_.erase(it);
    forward_and_fold(next_fold_, r);
  }
}

// Forwarded first: when the fold throws (an unstable replication), every rank throws at the
// same replication.
void Coordinator::forward_and_fold(int i, ReplicationResults& r) {
  auto bytes = std::make_shared<const std::string>(encode(i, r));
  for (int rank = 1; rank < channel_.size(); ++rank) {
    if (rank != lost_) channel_.send(rank, Tag::folded, bytes);
  }
  call_.fold(i, r);
  ++next_fold_;
}

// Whether the run is stopping: asked for here or by a rank, or a rank with work is silent.
bool Coordinator::check_stop() {
  if (!stopping_ && call_.stop && call_.stop()) stopping_ = true;
  auto now = Clock::now();
  for (const auto& [number, rank] : owner_) {
    if (stopping_ || now - heard_[rank] <= silence_) continue;
    lost_ = rank;
    why_ = "rank " + std::to_string(rank) + " sent nothing for " +
           std::to_string(silence_.count()) + " s (lost)";
    stopping_ = true;
  }
  if (stopping_ && stopped_at_ == Clock::time_point{}) stopped_at_ = now;
  return stopping_;
}

bool Coordinator::done(const LocalWork& local) const {
  if (next_fold_ == call_.count) return true;
  if (!stopping_ || !local.finished()) return false;
  return owner_.empty() || Clock::now() - stopped_at_ > kGrace || lost_ >= 0;
}

void Coordinator::end() {
  for (int rank = 1; rank < channel_.size(); ++rank) {
    if (rank != lost_) channel_.send(rank, Tag::end, std::vector<int>{next_fold_});
  }
  channel_.progress();
}

}  // namespace ketensim::experiment::mpi
