#include "sim/experiment/experiment.h"

#include <algorithm>
#include <atomic>
#include <chrono>

#include "sim/experiment/replication_pipeline.h"
#include "sim/experiment/run_stopped.h"
#include "sim/model/chain_model.h"
#include "sim/model/chain_statistics.h"
#include "sim/stats/kpi_bounds.h"

namespace ketensim::experiment {

std::vector<double> ExperimentResult::values_of(std::size_t kpi) const {
  std::vector<double> out;
  out.reserve(replications.size());
  for (const auto& r : replications) out.push_back(r.values[kpi]);
  return out;
}

void ExperimentResult::add(ReplicationResult r, bool keep) {
  kpis.add(r.values);
  ++replication_count;
  event_count += r.events;
  peak_families = std::max(peak_families, r.peak_families);
  if (keep) replications.push_back(std::move(r));
}

void check_stable(const ReplicationResults& r) {
  for (const ReplicationResult& one : r) {
    if (!one.unstable.empty()) throw UnstableScenario(one.unstable);
  }
}

ReplicationResult run_replication(const model::ChainTables& t, const stats::KpiCatalog& catalog,
                                  std::uint64_t replication) {
  model::ChainStatistics statistics(t, catalog);
  model::ChainModel m(t, replication, statistics);
  m.run();
  std::string stopped;
  if (m.never_served()) {
    stopped = model::describe(*m.never_served());
  } else if (std::optional<model::Instability> unstable = m.instability()) {
    stopped = model::describe(*unstable);
  }
  return {statistics.values(), m.events(), m.peak_families(), std::move(stopped)};
}

ExperimentResult empty_result(const model::ChainTables& t, const ExperimentOptions& options) {
  auto catalog = model::ChainStatistics::catalog(t);
  stats::CatalogAccumulator kpis(catalog.size(), options.precision);
  return {std::move(catalog), std::move(kpis), {}, 0, 0, 0, 0, resolve_threads(options.threads),
          t.replications};
}

namespace {

// The restored replications as the pipeline reads them; their events, known only as one sum,
// come with the first, so that the fold adds them up as it does for computed ones.
SavedReplications saved(const RestoredReplications& restored) {
  return {restored.count, [&restored](int i) {
            return ReplicationResults{{restored.values(i), i == 0 ? restored.events : 0}};
          }};
}

}  // namespace

ExperimentResult run_experiment(const model::ChainTables& t, const ExperimentOptions& options,
                                const RunStop& rule) {
  auto started = std::chrono::steady_clock::now();
  ExperimentResult result = empty_result(t, options);
  std::atomic<bool> enough = false;
  auto work = [&](int i) {
    return ReplicationResults{run_replication(t, result.catalog, static_cast<std::uint64_t>(i))};
  };
  auto fold = [&](int i, ReplicationResults& r) {
    if (enough) return;  // started before the rule said enough: left out
    check_stable(r);
    if (options.on_replication) options.on_replication(i, r.front());
    result.add(std::move(r.front()), options.keep_replications);
    if (options.progress) options.progress(i + 1, t.replications);
    if (rule.looks_at(i + 1) && rule.enough(result)) enough = true;
  };
  // Asked while a fold may run on another thread, hence atomic.
  auto stop = [&] { return enough || (options.stop_requested && options.stop_requested()); };
  run_in_order(t.replications, options.threads, work, fold, stop, saved(options.restored));
  result.stopped_by_rule = enough;
  result.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

std::vector<stats::Summary> summarise(const ExperimentResult& r) {
  std::vector<stats::Summary> out = r.kpis.summaries();
  for (std::size_t k = 0; k < out.size(); ++k) out[k] = stats::within_bounds(out[k], r.catalog.key(k).unit);
  return out;
}

}  // namespace ketensim::experiment
