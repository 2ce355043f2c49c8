// Ctrl-C and kill during a run. While an InterruptWatch lives, the first SIGINT or SIGTERM
// asks the run to stop: no new replication starts, those running finish, and the commands
// save what is done (`run` as a partial result it can resume, see output/partial_run.h).
// A second signal ends the program at once, with the signal's default action: the files
// already written stay whole (each is renamed into place), a temporary may be left behind.
#pragma once

#include <functional>
#include <string>

namespace ketensim::tools {

class InterruptWatch {
 public:
  InterruptWatch();   // installs the handlers
  ~InterruptWatch();  // puts the previous ones back
  InterruptWatch(const InterruptWatch&) = delete;
  InterruptWatch& operator=(const InterruptWatch&) = delete;

  bool requested() const;
  std::string signal_name() const;  // "SIGINT" or "SIGTERM"; empty before a signal
};

// Test support, for tests that interrupt a run at a known point instead of racing a timer:
// with KETENSIM_TEST_SIGNAL_AFTER=N (or N:TERM) in the environment, the process sends itself
// SIGINT (or SIGTERM) once N replications are done; call after each one. No effect without
// the variable. with_test_signal gives a command's progress callback that hook.
void signal_for_test(int done);
std::function<void(int, int)> with_test_signal(std::function<void(int, int)> progress);

}  // namespace ketensim::tools
