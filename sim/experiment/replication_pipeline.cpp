#include "sim/experiment/replication_pipeline.h"

#include <tbb/global_control.h>
#include <tbb/parallel_pipeline.h>
#include <tbb/task_arena.h>

#include <atomic>
#include <exception>

#include "sim/experiment/cluster.h"

#if defined(__SANITIZE_THREAD__)  // g++; clang tells through __has_feature
#define KETENSIM_THREAD_SANITIZER
#elif defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define KETENSIM_THREAD_SANITIZER
#endif
#endif
#ifdef KETENSIM_THREAD_SANITIZER
#include <sanitizer/tsan_interface.h>
#endif

namespace ketensim::experiment {
namespace {

// ThreadSanitizer cannot see the synchronisation inside oneTBB, which is not instrumented
// (tests/sanitizers/), and would report every read of data written before the run or
// handed from filter to filter. These mark the happens-before edges the pipeline
// guarantees, no more, so a thread-sanitizer build still reports races between
// replications. They do nothing in any other build.
#ifdef KETENSIM_THREAD_SANITIZER
void handed_over(const void* token) {
  __tsan_release(const_cast<void*>(token));
}
void taken_over(const void* token) {
  __tsan_acquire(const_cast<void*>(token));
}
#else
void handed_over(const void*) {}
void taken_over(const void*) {}
#endif

// Handed over by the caller before the pipeline starts; a filter takes it over before it
// reads anything, even its own captures.
const char run_start = 0;

struct Item {
  int replication = 0;
  ReplicationResults results;
  std::exception_ptr failure;  // what work() threw
};

}  // namespace

int resolve_threads(int requested) {
  return requested > 0 ? requested : tbb::this_task_arena::max_concurrency();
}

void run_pipeline(int threads, const ReplicationSource& next, const ReplicationWork& work,
                  const ReplicationFold& done) {
  threads = resolve_threads(threads);
  // Allow more threads than cores when asked (tests check 4 threads on 2 cores).
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism,
                            static_cast<std::size_t>(threads));
  tbb::task_arena arena(threads);
  // An exception never leaves a filter: oneTBB would cancel the pipeline and leak the items
  // in flight. The first one in replication order is kept instead; no replication starts
  // after it, those running are dropped, and it is rethrown once the pipeline is done.
  std::exception_ptr failure;
  std::atomic<bool> failed{false};
  auto source = [&](tbb::flow_control& control) -> int {
    taken_over(&run_start);
    taken_over(&next);  // the previous call, perhaps on another thread
    int i = failed ? -1 : next();
    handed_over(&next);
    if (i < 0) control.stop();
    return i;
  };
  auto run = [&](int i) {
    taken_over(&run_start);
    Item item{i, {}, {}};
    try {
      item.results = work(i);
    } catch (...) {
      item.failure = std::current_exception();
    }
    handed_over(item.results.data());  // the buffer moves with the item to its merge
    return item;
  };
  auto merge = [&](Item item) {
    taken_over(&run_start);
    taken_over(item.results.data());
    taken_over(&done);  // the previous merge
    if (!failure) failure = item.failure;
    try {
      if (!failure) done(item.replication, item.results);
    } catch (...) {
      failure = std::current_exception();
    }
    failed = failure != nullptr;
    handed_over(&done);
  };
  handed_over(&run_start);
  arena.execute([&] {
    tbb::parallel_pipeline(
        static_cast<std::size_t>(2 * threads),
        tbb::make_filter<void, int>(tbb::filter_mode::serial_in_order, source) &
            tbb::make_filter<int, Item>(tbb::filter_mode::parallel, run) &
            tbb::make_filter<Item, void>(tbb::filter_mode::serial_in_order, merge));
  });
  taken_over(&next);
  taken_over(&done);
  if (failure) std::rethrow_exception(failure);
}

int run_in_order(int count, int threads, const ReplicationWork& work, const ReplicationFold& fold,
                 const StopRequest& stop, const SavedReplications& saved) {
  if (Distributor* d = distributor())
    return d->run_in_order(count, threads, work, fold, stop, saved);
  for (int i = 0; i < saved.count; ++i) {
    ReplicationResults r = saved.read(i);
    fold(i, r);
  }
  int next = saved.count;
  auto source = [&] { return next < count && !(stop && stop()) ? next++ : -1; };
  run_pipeline(threads, source, work, fold);
  return next;
}

}  // namespace ketensim::experiment
