// The engine's hold benchmark (sim/engine/hold_model.h) at a constant number of pending
// events, in one thread: the events per second per core of DESIGN.md's engine target.
#include <benchmark/benchmark.h>

#include <cstdint>

#include "sim/engine/hold_model.h"

namespace ketensim::engine {
namespace {

constexpr std::uint64_t kBatch = 100'000;  // events per timed iteration

void hold(benchmark::State& state) {
  const auto pending = static_cast<std::size_t>(state.range(0));
  Simulator sim;
  HoldModel model(sim, 1);
  model.prime(pending);
  // Every event is rescheduled about twice before timing starts, so the event times have
  // settled from the primed distribution into the hold model's steady state.
  model.run(2 * pending + kBatch);
  for (auto _ : state) benchmark::DoNotOptimize(model.run(kBatch));
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * kBatch));
  state.counters["pending"] = static_cast<double>(sim.pending());
}

BENCHMARK(hold)->Arg(100)->Arg(10'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace ketensim::engine
