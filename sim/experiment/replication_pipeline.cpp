#include "sim/experiment/replication_pipeline.h"

#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

namespace ketensim::experiment {
namespace {

struct Item {
  int replication = 0;
  ReplicationResults results;
};

}  // namespace

int resolve_threads(int requested) {
  return requested > 0 ? requested : tbb::this_task_arena::max_concurrency();
}

void run_in_order(int count, int threads, const ReplicationWork& work,
                  const ReplicationFold& fold) {
  threads = resolve_threads(threads);
  // Allow more threads than cores when asked (tests check 4 threads on 2 cores).
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism,
                            static_cast<std::size_t>(threads));
  tbb::task_arena arena(threads);
  int next = 0;
  auto source = [&](tbb::flow_control& control) -> int {
    if (next < count) return next++;
    control.stop();
    return 0;
  };
  auto run = [&](int i) { return Item{i, work(i)}; };
  auto merge = [&](Item item) { fold(item.replication, item.results); };
  arena.execute([&] {
    tbb::parallel_pipeline(
        static_cast<std::size_t>(2 * threads),
        tbb::make_filter<void, int>(tbb::filter_mode::serial_in_order, source) &
            tbb::make_filter<int, Item>(tbb::filter_mode::parallel, run) &
            tbb::make_filter<Item, void>(tbb::filter_mode::serial_in_order, merge));
  });
}

}  // namespace ketensim::experiment
