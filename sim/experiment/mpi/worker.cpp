#include "sim/experiment/mpi/worker.h"

#include <algorithm>

#include "sim/experiment/mpi/replication_codec.h"

namespace ketensim::experiment::mpi {
namespace {
constexpr auto kIdle = std::chrono::milliseconds(1);
constexpr auto kHeartbeat = std::chrono::seconds(1);
}  // namespace

int Worker::run() {
  LocalWork local(call_.threads, call_.work);
  for (;;) {
    while (auto m = channel_.poll()) {
      if (!receive(*m, local)) return folded_;
    }
    send_results(local);
    local.rethrow_if_failed();
    if (!told_stop_ && call_.stop && call_.stop()) {
      channel_.send(0, Tag::stop, std::vector<int>{});
      told_stop_ = true;
    }
    ask(local);
    keep_in_touch();
    channel_.progress();
    local.wait(kIdle);
  }
}

bool Worker::receive(const Message& m, LocalWork& local) {
  if (m.tag == Tag::assign) {
    std::vector<int> given = numbers(m.bytes);
    asked_ = false;
    no_more_ = given.empty();
    if (no_more_) local.close();
    for (int i : given) local.give(i);
  } else if (m.tag == Tag::folded) {
    int i = 0;
    ReplicationResults r = decode(m.bytes, i);
    call_.fold(i, r);
    ++folded_;
  } else if (m.tag == Tag::end) {
    folded_ = numbers(m.bytes).at(0);
    return false;
  }
  return true;
}

void Worker::send_results(LocalWork& local) {
  for (auto& [i, r] : local.take_done()) {
    channel_.send(0, Tag::result, std::make_shared<const std::string>(encode(i, r)));
    last_sent_ = Coordinator::Clock::now();
  }
}

// One request at a time, for as many numbers as make twice the threads busy, once half of
// them are free: the quicker a rank, the more it asks for.
void Worker::ask(LocalWork& local) {
  int threads = std::max(call_.threads, 1);
  if (asked_ || no_more_ || local.unfinished() >= threads) return;
  channel_.send(0, Tag::request, std::vector<int>{2 * threads - local.unfinished()});
  asked_ = true;
  last_sent_ = Coordinator::Clock::now();
}

void Worker::keep_in_touch() {
  if (Coordinator::Clock::now() - last_sent_ < kHeartbeat) return;
  channel_.send(0, Tag::heartbeat, std::vector<int>{});
  last_sent_ = Coordinator::Clock::now();
}

}  // namespace ketensim::experiment::mpi
