#include "sim/experiment/scenario_set.h"

#include <algorithm>
#include <atomic>
#include <limits>
#include <stdexcept>

#include "sim/experiment/replication_pipeline.h"
#include "sim/experiment/run_until_enough.h"

namespace ketensim::experiment {
namespace {

void check_same_runs(const std::vector<model::ChainTables>& scenarios) {
  if (scenarios.empty()) throw std::invalid_argument("a scenario set needs at least one scenario");
  for (const auto& t : scenarios) {
    if (t.replications != scenarios[0].replications || t.seed != scenarios[0].seed) {
      throw std::invalid_argument("scenario '" + t.scenario_name +
                                  "' does not share the base's replications and seed");
    }
  }
}

ScenarioSetResult empty_set(const std::vector<model::ChainTables>& scenarios,
                            const ExperimentOptions& options) {
  ScenarioSetResult set;
  for (const auto& t : scenarios) set.scenarios.push_back(empty_result(t, options));
  for (std::size_t s = 1; s < scenarios.size(); ++s) {
    set.alternatives.emplace_back(set.scenarios[0].catalog, set.scenarios[s].catalog);
  }
  set.threads = set.scenarios[0].threads;
  return set;
}

// Which replications each scenario still runs: all, until a rule drops it
// (SequentialStop::needed). Lowered by the fold while the work reads it on other threads,
// hence atomic; it only ever falls, so a replication the fold finds dropped stays dropped.
class Needed {
 public:
  explicit Needed(std::size_t scenarios) : until_(scenarios) {
    for (auto& u : until_) u = std::numeric_limits<int>::max();
  }
  bool runs(std::size_t s, int replication) const { return replication < until_[s]; }
  void update(const SequentialStop& rule) {
    if (!rule.needed) return;
    for (std::size_t s = 0; s < until_.size(); ++s)
      until_[s] = std::min(until_[s].load(), rule.needed(s));
  }

 private:
  std::vector<std::atomic<int>> until_;
};

}  // namespace

ScenarioSetResult run_scenario_set(const std::vector<model::ChainTables>& scenarios,
                                   const ExperimentOptions& options,
                                   const std::function<void(const ScenarioSetResult&)>& folded,
                                   const SequentialStop& rule) {
  check_same_runs(scenarios);
  ScenarioSetResult set = empty_set(scenarios, options);
  Needed needed(scenarios.size());
  auto work = [&](int i) {
    ReplicationResults out;
    for (std::size_t s = 0; s < scenarios.size(); ++s) {
      out.push_back(needed.runs(s, i) ? run_replication(scenarios[s], set.scenarios[s].catalog,
                                                        static_cast<std::uint64_t>(i))
                                      : ReplicationResult{});
    }
    return out;
  };
  auto fold = [&](int i, ReplicationResults& r) {
    // A scenario dropped before replication i: a result computed before the drop is left out.
    for (std::size_t s = 0; s < r.size(); ++s)
      if (!needed.runs(s, i)) r[s] = ReplicationResult{};
    check_stable(r);
    for (std::size_t s = 1; s < r.size(); ++s)
      if (needed.runs(0, i) && needed.runs(s, i))
        set.alternatives[s - 1].add(r[0].values, r[s].values);
    if (rule.each) rule.each(r);
    for (std::size_t s = 0; s < r.size(); ++s)
      if (needed.runs(s, i)) set.scenarios[s].add(std::move(r[s]), options.keep_replications);
    set.replications = i + 1;
    needed.update(rule);
    if (options.progress) options.progress(i + 1, scenarios[0].replications);
    if (folded) folded(set);
  };
  auto enough = [&](int n) { return rule.looks_at(n) && rule.enough(set); };
  RunEnd end = run_until_enough(scenarios[0].replications, options, work, fold, enough);
  set.stopped_by_rule = end.stopped_by_rule;
  set.wall_seconds = end.wall_seconds;
  return set;
}

}  // namespace ketensim::experiment
