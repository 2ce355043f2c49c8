#include "sim/experiment/run_until_enough.h"

#include <atomic>
#include <chrono>

namespace ketensim::experiment {

RunEnd run_until_enough(int count, const ExperimentOptions& options, const ReplicationWork& work,
                        const ReplicationFold& fold, const EnoughAfter& enough_after,
                        const SavedReplications& saved) {
  auto started = std::chrono::steady_clock::now();
  std::atomic<bool> enough = false;
  auto fold_until_enough = [&](int i, ReplicationResults& r) {
    if (enough) return;  // started before the rule said enough: left out
    fold(i, r);
    if (enough_after(i + 1)) enough = true;
  };
  // Asked while a fold may run on another thread, hence atomic.
  auto stop = [&] { return enough || (options.stop_requested && options.stop_requested()); };
  run_in_order(count, options.threads, work, fold_until_enough, stop, saved);
  return {enough,
          std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count()};
}

}  // namespace ketensim::experiment
