#include "tools/ketensim/design_options.h"

#include <memory>

#include "sim/experiment/cluster.h"
#include "tools/ketensim/progress_line.h"

namespace ketensim::tools {

experiment::DesignRunOptions design_options(int threads, const std::string& what, bool quiet,
                                            const InterruptWatch& interrupt) {
  auto progress = std::make_shared<ProgressLine>(what, quiet || !experiment::writes_output());
  return {.threads = threads,
          .progress = with_test_signal([progress](int d, int t) { (*progress)(d, t); }),
          .stop_requested = [&interrupt] { return interrupt.requested(); }};
}

}  // namespace ketensim::tools
