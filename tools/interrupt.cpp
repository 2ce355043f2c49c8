#include "tools/interrupt.h"

#include <unistd.h>

#include <atomic>
#include <csignal>
#include <cstdlib>
#include <cstring>

namespace ketensim::tools {
namespace {

// The first signal caught; a handler may only touch lock-free atomics.
std::atomic<int> caught{0};
static_assert(std::atomic<int>::is_always_lock_free);

struct sigaction previous_int, previous_term;

extern "C" void on_signal(int signal) {
  int none = 0;
  if (!caught.compare_exchange_strong(none, signal)) return;
  struct sigaction dfl = {};
  dfl.sa_handler = SIG_DFL;  // the next one ends the program
  ::sigaction(SIGINT, &dfl, nullptr);
  ::sigaction(SIGTERM, &dfl, nullptr);
  const char text[] =
      "\nketensim: interrupted: finishing the replications in progress, then saving what is "
      "done (interrupt again to quit at once)\n";
  ssize_t written = ::write(STDERR_FILENO, text, sizeof text - 1);
  (void)written;
}

}  // namespace

InterruptWatch::InterruptWatch() {
  caught = 0;
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
  const char* setting = std::getenv("KETENSIM_TEST_SIGNAL_AFTER");
  if (setting == nullptr || std::atoi(setting) != done) return;
  std::raise(std::strstr(setting, ":TERM") ? SIGTERM : SIGINT);  // handled before it returns
}

std::function<void(int, int)> with_test_signal(std::function<void(int, int)> progress) {
  return [progress = std::move(progress)](int done, int total) {
    progress(done, total);
    signal_for_test(done);
  };
}

}  // namespace ketensim::tools
