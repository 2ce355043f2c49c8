// Ctrl-C and kill during a run. While an InterruptWatch lives, the first SIGINT or SIGTERM
// asks the run to stop: no new replication starts, those running finish, and the commands
// save what is done (`run` as a partial result it can resume, see output/partial_run.h).
// In an MPI job a stop on any rank stops the run (sim/experiment/cluster.h); mpirun turns a
// Ctrl-C, or a rank that dies, into SIGTERM for every rank.
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

// Test support, for tests that interrupt a run at a known point instead of racing a timer.
// With KETENSIM_TEST_SIGNAL_AFTER=N (or N:TERM) in the environment, the process (rank 0 of
// an MPI job) sends itself SIGINT (or SIGTERM) once N replications are folded; with
// N:TWICE (or N:TERM:TWICE) it sends it twice, as an impatient user does. With
// KETENSIM_TEST_LOSE_RANK=R:N, rank R of an MPI job kills itself (SIGKILL) once it has
// folded N, as a crashed node vanishes; with R:N:STOP it freezes (SIGSTOP), as a hung one
// does. Call after each replication; without the variables nothing happens.
// with_test_signal gives a command's progress callback these hooks.
void signal_for_test(int done);
std::function<void(int, int)> with_test_signal(std::function<void(int, int)> progress);

}  // namespace ketensim::tools
