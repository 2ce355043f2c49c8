#include "sim/experiment/mpi/channel.h"

#include <algorithm>
#include <cstring>
#include <stdexcept>

namespace ketensim::experiment::mpi {
namespace {

void check(int code, const char* call) {
  if (code == MPI_SUCCESS) return;
  char text[MPI_MAX_ERROR_STRING];
  int length = 0;
  MPI_Error_string(code, text, &length);
  throw std::runtime_error(std::string(call) + " failed: " + std::string(text, length));
}

}  // namespace

Channel::Channel() {
  check(MPI_Comm_set_errhandler(MPI_COMM_WORLD, MPI_ERRORS_RETURN), "MPI_Comm_set_errhandler");
  check(MPI_Comm_rank(MPI_COMM_WORLD, &rank_), "MPI_Comm_rank");
  check(MPI_Comm_size(MPI_COMM_WORLD, &size_), "MPI_Comm_size");
  int* tag_ub = nullptr;
  int found = 0;
  check(MPI_Comm_get_attr(MPI_COMM_WORLD, MPI_TAG_UB, &tag_ub, &found), "MPI_Comm_get_attr");
  runs_ = found ? std::max(1, *tag_ub / kKinds) : 32767 / kKinds;  // MPI promises 32767
}

Channel::~Channel() {
  for (Pending& p : sending_) MPI_Wait(&p.request, MPI_STATUS_IGNORE);
  for (Incoming& in : receiving_) MPI_Wait(&in.request, MPI_STATUS_IGNORE);
}

// A message found by a matched probe is received without blocking: its sender may die while
// the bytes are on their way (Open MPI's shared memory then fails its read, and a blocking
// receive would never return), and rank 0 must stay free to stop the run and save it. Each
// sender has at most one receive in flight, so its messages arrive in the order sent.
std::optional<Message> Channel::poll() {
  start_receives();
  for (auto r = receiving_.begin(); r != receiving_.end(); ++r) {
    int done = 0;
    check(MPI_Test(&r->request, &done, MPI_STATUS_IGNORE), "MPI_Test");
    if (!done) continue;
    Incoming in = std::move(*r);
    receiving_.erase(r);
    if (in.run != run_) return poll();  // from an earlier run: dropped
    return std::move(in.message);
  }
  return std::nullopt;
}

void Channel::start_receives() {
  for (int from = 0; from < size_; ++from) {
    if (from == rank_ || receiving_from(from)) continue;
    int arrived = 0;
    MPI_Message handle;
    MPI_Status status;
    check(MPI_Improbe(from, MPI_ANY_TAG, MPI_COMM_WORLD, &arrived, &handle, &status),
          "MPI_Improbe");
    if (!arrived) continue;
    int length = 0;
    check(MPI_Get_count(&status, MPI_BYTE, &length), "MPI_Get_count");
    Incoming& in = receiving_.emplace_back();
    in.run = status.MPI_TAG / kKinds;
    in.message = {from, static_cast<Tag>(status.MPI_TAG % kKinds), std::string(length, '\0')};
    check(MPI_Imrecv(in.message.bytes.data(), length, MPI_BYTE, &handle, &in.request),
          "MPI_Imrecv");
  }
}

bool Channel::receiving_from(int rank) const {
  return std::any_of(receiving_.begin(), receiving_.end(),
                     [rank](const Incoming& in) { return in.message.from == rank; });
}

void Channel::send(int to, Tag tag, std::shared_ptr<const std::string> bytes) {
  sending_.push_back({MPI_REQUEST_NULL, std::move(bytes)});
  Pending& p = sending_.back();
  check(MPI_Isend(p.bytes->data(), static_cast<int>(p.bytes->size()), MPI_BYTE, to,
                  static_cast<int>(tag) + kKinds * run_, MPI_COMM_WORLD, &p.request),
        "MPI_Isend");
}

void Channel::send(int to, Tag tag, const std::vector<int>& numbers) {
  auto bytes = std::make_shared<std::string>(numbers.size() * sizeof(int), '\0');
  if (!numbers.empty()) std::memcpy(bytes->data(), numbers.data(), bytes->size());
  send(to, tag, std::move(bytes));
}

void Channel::progress() {
  for (auto p = sending_.begin(); p != sending_.end();) {
    int done = 0;
    check(MPI_Test(&p->request, &done, MPI_STATUS_IGNORE), "MPI_Test");
    p = done ? sending_.erase(p) : std::next(p);
  }
}

std::vector<int> numbers(const std::string& bytes) {
  std::vector<int> out(bytes.size() / sizeof(int));
  if (!out.empty()) std::memcpy(out.data(), bytes.data(), out.size() * sizeof(int));
  return out;
}

}  // namespace ketensim::experiment::mpi
