// The progress line long runs show on stderr: replications done, the rate and the time
// left, rewritten in place ("\r") at most a few times a second and finished with a newline.
// Silent when stderr is not a terminal (a pipe, a log file, CI) or with --quiet, so output
// files and captured logs never contain it.
#pragma once

#include <chrono>
#include <string>

namespace ketensim::tools {

class ProgressLine {
 public:
  // `label` names what is counted, e.g. "replications" or "2025: 150 places".
  ProgressLine(std::string label, bool quiet);

  // A `done` not above the last one starts a new count (the next candidate of a search).
  void operator()(int done, int total);

 private:
  using Clock = std::chrono::steady_clock;
  std::string label_;
  bool shown_;
  int last_done_ = 0;
  Clock::time_point started_, last_;
};

}  // namespace ketensim::tools
