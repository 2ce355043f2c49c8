#include "tools/ketensim/interrupt.h"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>

#include "sim/experiment/cluster.h"

namespace ketensim::tools {
namespace {

// The first signal caught; a handler may only touch lock-free atomics.
std::atomic<int> caught{0};
std::atomic<bool> announce{true};  // only rank 0 of an MPI job says it was interrupted
static_assert(std::atomic<int>::is_always_lock_free && std::atomic<bool>::is_always_lock_free);

struct sigaction previous_int, previous_term;

extern "C" void on_signal(int signal) {
  int none = 0;
  if (!caught.compare_exchange_strong(none, signal)) return;
  struct sigaction dfl = {};
  dfl.sa_handler = SIG_DFL;  // the next one ends the program
  ::sigaction(SIGINT, &dfl, nullptr);
  ::sigaction(SIGTERM, &dfl, nullptr);
  const char text[] =
      "\nketensim: interrupted: finishing the replications in progress, then stopping "
      "(interrupt again to quit at once)\n";
  if (!announce) return;
  ssize_t written = ::write(STDERR_FILENO, text, sizeof text - 1);
  (void)written;
}

}  // namespace

InterruptWatch::InterruptWatch() {
  caught = 0;
  announce = experiment::writes_output();
  struct sigaction action = {};
  action.sa_handler = on_signal;
  sigemptyset(&action.sa_mask);
  ::sigaction(SIGINT, &action, &previous_int);
  ::sigaction(SIGTERM, &action, &previous_term);
}

InterruptWatch::~InterruptWatch() {
  ::sigaction(SIGINT, &previous_int, nullptr);
  ::sigaction(SIGTERM, &previous_term, nullptr);
}

bool InterruptWatch::requested() const {
  return caught != 0;
}

std::string InterruptWatch::signal_name() const {
  int s = caught;
  return s == SIGINT    ? "SIGINT"
         : s == SIGTERM ? "SIGTERM"
         : s != 0       ? "signal " + std::to_string(s)
                        : "";
}

void signal_for_test(int done) {
  const char* signal = std::getenv("KETENSIM_TEST_SIGNAL_AFTER");
  if (signal && std::atoi(signal) == done && experiment::writes_output()) {
    int which = std::strstr(signal, ":TERM") ? SIGTERM : SIGINT;
    std::raise(which);                                     // handled before it returns
    if (std::strstr(signal, ":TWICE")) std::raise(which);  // the default action: the end
  }
  const char* lose = std::getenv("KETENSIM_TEST_LOSE_RANK");
  const char* after = lose ? std::strchr(lose, ':') : nullptr;
  if (after && std::atoi(lose) == experiment::rank() && std::atoi(after + 1) == done) {
    std::raise(std::strstr(after, ":STOP") ? SIGSTOP : SIGKILL);
  }
}

std::function<void(int, int)> with_test_signal(std::function<void(int, int)> progress) {
  return [progress = std::move(progress)](int done, int total) {
    progress(done, total);
    signal_for_test(done);
  };
}

}  // namespace ketensim::tools
