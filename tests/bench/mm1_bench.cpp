// The engine's M/M/1 workload (sim/engine/mm1_model.h) at rho 0.9 with 10^6 customers, in one
// thread: the customers and events per second per core that tools/bench sets beside SimPy.
#include <benchmark/benchmark.h>

#include <cstdint>

#include "sim/engine/mm1_model.h"

namespace ketensim::engine {
namespace {

constexpr std::uint64_t kCustomers = 1'000'000;

void mm1(benchmark::State& state) {
  std::uint64_t customers = 0, events = 0, seed = 1;
  double wait = 0;
  for (auto _ : state) {
    Simulator sim;
    Mm1Model queue(sim, 0.9, 1.0, kCustomers, seed++);
    events += queue.run();
    customers += queue.served();
    wait += queue.mean_wait();
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(events));
  state.counters["customers_per_second"] =
      benchmark::Counter(static_cast<double>(customers), benchmark::Counter::kIsRate);
  state.counters["mean_wait"] = wait / static_cast<double>(state.iterations());
}

BENCHMARK(mm1)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace ketensim::engine
