#include "sim/experiment/experiment.h"

#include <algorithm>

#include "sim/experiment/replication_pipeline.h"
#include "sim/experiment/run_stopped.h"
#include "sim/experiment/run_until_enough.h"
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

double ExperimentResult::events_per_second() const {
  return wall_seconds > 0 ? static_cast<double>(events_run_now()) / wall_seconds : 0;
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
  ExperimentResult result = empty_result(t, options);
  auto work = [&](int i) {
    return ReplicationResults{run_replication(t, result.catalog, static_cast<std::uint64_t>(i))};
  };
  auto fold = [&](int i, ReplicationResults& r) {
    check_stable(r);
    if (options.on_replication) options.on_replication(i, r.front());
    if (i < options.restored.count) {
      ++result.restored_count;
      result.restored_events += r.front().events;
    }
    result.add(std::move(r.front()), options.keep_replications);
    if (options.progress) options.progress(i + 1, t.replications);
  };
  auto enough = [&](int n) { return rule.looks_at(n) && rule.enough(result); };
  RunEnd end =
      run_until_enough(t.replications, options, work, fold, enough, saved(options.restored));
  result.stopped_by_rule = end.stopped_by_rule;
  result.wall_seconds = end.wall_seconds;
  return result;
}

std::vector<stats::Summary> summarise(const ExperimentResult& r) {
  std::vector<stats::Summary> out = r.kpis.summaries();
  for (std::size_t k = 0; k < out.size(); ++k)
    out[k] = stats::within_bounds(out[k], r.catalog.key(k).unit);
  return out;
}

}  // namespace ketensim::experiment
