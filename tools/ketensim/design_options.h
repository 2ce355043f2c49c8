// How the commands that run a design over the uncertain inputs (sensitivity, and run and
// compare with --uncertainty) run it: on the threads asked for, with a progress line on
// standard error (none when quiet, or on an MPI rank that does not write), stopping at Ctrl-C.
#pragma once

#include <string>

#include "sim/experiment/design_runs.h"
#include "tools/ketensim/interrupt.h"

namespace ketensim::tools {

// `what` names what the progress line counts ("runs"); `interrupt` must outlive the runs.
experiment::DesignRunOptions design_options(int threads, const std::string& what, bool quiet,
                                            const InterruptWatch& interrupt);

}  // namespace ketensim::tools
