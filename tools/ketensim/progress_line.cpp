#include "tools/ketensim/progress_line.h"

#include <unistd.h>

#include <cstdio>

#include "output/number_format.h"
#include "tools/ketensim/language_option.h"

namespace ketensim::tools {
namespace {

// "42 s", "3 min 5 s", "1 h 2 min"
std::string duration_text(double seconds) {
  auto s = static_cast<long>(seconds + 0.5);
  if (s < 60) return std::to_string(s) + " s";
  if (s < 3600) return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
  return std::to_string(s / 3600) + " h " + std::to_string(s % 3600 / 60) + " min";
}

}  // namespace

ProgressLine::ProgressLine(std::string label, bool quiet)
    : label_(std::move(label)),
      shown_(!quiet && ::isatty(STDERR_FILENO)),
      started_(Clock::now()),
      last_() {}

void ProgressLine::operator()(int done, int total) {
  if (!shown_) return;
  auto now = Clock::now();
  if (done <= last_done_) {
    started_ = now;
    last_ = {};
  }
  last_done_ = done;
  if (done < total && now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double elapsed = std::chrono::duration<double>(now - started_).count();
  double rate = elapsed > 0 ? done / elapsed : 0;
  std::string left =
      rate > 0 && done < total
          ? scenario::filled(said(", about {} left"), {duration_text((total - done) / rate)})
          : "";
  std::string line = said(label_) + ": " + std::to_string(done) + " / " + std::to_string(total) +
                     " (" + decimal(output::fixed_decimals(rate, 1)) + " per s" + left + ")";
  std::fprintf(stderr, "\r  %s\033[K", line.c_str());
  if (done == total) std::fprintf(stderr, "\n");
}

}  // namespace ketensim::tools
