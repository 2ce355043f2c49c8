#include "sim/experiment/experiment.h"

#include <chrono>
#include <mutex>
#include <tbb/global_control.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "sim/model/chain_model.h"
#include "sim/model/chain_statistics.h"

namespace ketensim::experiment {

std::uint64_t ExperimentResult::events() const {
  std::uint64_t n = 0;
  for (const auto& r : replications) n += r.events;
  return n;
}

std::vector<double> ExperimentResult::values_of(std::size_t kpi) const {
  std::vector<double> out;
  out.reserve(replications.size());
  for (const auto& r : replications) out.push_back(r.values[kpi]);
  return out;
}

ReplicationResult run_replication(const model::ChainTables& t, const stats::KpiCatalog& catalog,
                                  std::uint64_t replication) {
  model::ChainStatistics statistics(t, catalog);
  model::ChainModel m(t, replication, statistics);
  m.run();
  return {statistics.values(), m.events(), m.peak_families()};
}

ExperimentResult run_experiment(const model::ChainTables& t, const ExperimentOptions& options) {
  auto started = std::chrono::steady_clock::now();
  ExperimentResult result{model::ChainStatistics::catalog(t), {}, 0, 1};
  result.replications.resize(static_cast<std::size_t>(t.replications));
  int threads = options.threads > 0 ? options.threads : tbb::this_task_arena::max_concurrency();
  result.threads = threads;
  std::mutex progress_mutex;
  int done = 0;
  // Allow more threads than cores when asked (tests check 4 threads on 2 cores).
  tbb::global_control limit(tbb::global_control::max_allowed_parallelism, static_cast<std::size_t>(threads));
  tbb::task_arena arena(threads);
  arena.execute([&] {
    tbb::parallel_for(0, t.replications, [&](int i) {
      result.replications[i] = run_replication(t, result.catalog, static_cast<std::uint64_t>(i));
      if (!options.progress) return;
      std::lock_guard lock(progress_mutex);
      options.progress(++done, t.replications);
    });
  });
  result.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

std::vector<stats::Summary> summarise(const ExperimentResult& r) {
  std::vector<stats::Summary> out;
  out.reserve(r.catalog.size());
  for (std::size_t k = 0; k < r.catalog.size(); ++k) out.push_back(stats::summarise(r.values_of(k)));
  return out;
}

}  // namespace ketensim::experiment
