#include "tests/bench/replication_bench.h"

#include <benchmark/benchmark.h>

#include <cstdint>
#include <deque>

#include "sim/experiment/experiment.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/chain_tables.h"
#include "sim/model/checked_scenario.h"

namespace ketensim::bench {
namespace {

struct Workload {
  model::ChainTables tables;
  stats::KpiCatalog catalog;
};

// Replications 0, 1, 2 ... one per iteration, in one thread, as a run's worker computes
// them: the model and its KPI observer, without the output a run writes. Each repetition
// starts again at replication 0, so repetitions time the same work.
void replications(benchmark::State& state, const Workload& w) {
  std::uint64_t replication = 0, events = 0;
  for (auto _ : state) {
    auto result = experiment::run_replication(w.tables, w.catalog, replication++);
    events += result.events;
    benchmark::DoNotOptimize(result.values.data());
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(events));
  state.counters["replications_per_second"] =
      benchmark::Counter(static_cast<double>(replication), benchmark::Counter::kIsRate);
  state.counters["events_per_replication"] =
      static_cast<double>(events) / static_cast<double>(replication);
}

}  // namespace

void register_replications(const std::string& path) {
  static std::deque<Workload> workloads;  // registered benchmarks refer to them until exit
  model::ChainTables tables = model::compile(model::load_checked(path));
  stats::KpiCatalog catalog = model::ChainStatistics::catalog(tables);
  const Workload& w = workloads.emplace_back(Workload{std::move(tables), std::move(catalog)});
  benchmark::RegisterBenchmark(("replications/" + w.tables.scenario_name).c_str(), replications, w)
      ->Unit(benchmark::kMillisecond);
}

}  // namespace ketensim::bench
