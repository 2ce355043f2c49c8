// The messages of a distributed run between rank 0 and the other ranks, over
// MPI_COMM_WORLD: the one class here that calls MPI for them. Only the thread that
// initialised MPI uses it (MPI_THREAD_FUNNELED); replications run on other threads.
// Errors return (MPI_ERRORS_RETURN) and are thrown as std::runtime_error naming the call.
#pragma once

#include <mpi.h>

#include <list>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace ketensim::experiment::mpi {

// What a message is; its MPI tag is this plus kKinds x the run number.
inline constexpr int kKinds = 8;
enum class Tag : int {
  request = 1,  // rank > 0 -> 0: up to n replication numbers, please
  assign,       // 0 -> rank: these numbers; none: there is no more work for you
  result,       // rank > 0 -> 0: a replication's results
  folded,       // 0 -> rank > 0: a result rank 0 folded, in replication order
  end,          // 0 -> rank > 0: the run is over after k folded replications
  stop,         // rank > 0 -> 0: this rank was interrupted; stop the run
  heartbeat,    // rank > 0 -> 0: still here (sent when nothing else was for a second)
};

struct Message {
  int from = 0;
  Tag tag = Tag::request;
  std::string bytes;
};

class Channel {
 public:
  Channel();
  // Waits for the messages still on their way: after a run that ended normally every send
  // has a receiver and every receive a living sender. (After one that did not, the job is aborted
  // instead, see cluster.h.)
  ~Channel();
  Channel(const Channel&) = delete;
  Channel& operator=(const Channel&) = delete;
  int rank() const { return rank_; }
  int size() const { return size_; }

  // Every rank calls this at the start of each distributed run (they run the same runs in
  // the same order). A message sent in an earlier run that arrives late (a heartbeat, a
  // request) is then dropped instead of being taken for one of this run.
  void begin_run() { run_ = (run_ + 1) % runs_; }

  // A message that has arrived whole, if any; never waits, also not for a sender that died
  // while its message was on its way.
  std::optional<Message> poll();
  // Sends without waiting; the bytes are kept until MPI is done with them.
  void send(int to, Tag tag, std::shared_ptr<const std::string> bytes);
  void send(int to, Tag tag, const std::vector<int>& numbers);
  // Lets MPI make progress and frees the sends that completed.
  void progress();

 private:
  struct Pending {
    MPI_Request request;
    std::shared_ptr<const std::string> bytes;
  };
  struct Incoming {
    MPI_Request request = MPI_REQUEST_NULL;
    int run = 0;
    Message message;
  };
  void start_receives();
  bool receiving_from(int rank) const;

  int rank_ = 0;
  int size_ = 1;
  int run_ = 0;
  int runs_ = 1;  // run numbers that fit in an MPI tag beside the message kind
  std::list<Pending> sending_;
  std::list<Incoming> receiving_;  // at most one per sender
};

// The numbers of an assign, request, end or stop message.
std::vector<int> numbers(const std::string& bytes);

}  // namespace ketensim::experiment::mpi
