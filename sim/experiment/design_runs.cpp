#include "sim/experiment/design_runs.h"

#include <chrono>
#include <cmath>
#include <memory>
#include <mutex>

#include "sim/experiment/replication_pipeline.h"
#include "sim/experiment/request_error.h"
#include "sim/experiment/run_stopped.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/chain_tables.h"

namespace ketensim::experiment {

UncertainInputs::UncertainInputs(const scenario::Scenario& s) : inputs_(s.uncertain) {
  for (const auto& u : inputs_) {
    slots_.emplace_back();
    for (const auto& path : u.paths) {
      scenario::ResolvedPath r =
          scenario::resolve_parameter(s, path, scenario::Reach::policy_values);
      if (!r.slot) throw RequestError("uncertain input '" + u.name + "': " + r.problem.message);
      slots_.back().push_back(*r.slot);
    }
  }
}

scenario::Scenario UncertainInputs::at(const scenario::Scenario& s, const std::vector<double>& u,
                                       const std::vector<int>& only) const {
  std::vector<scenario::SlotValue> values;
  for (std::size_t c = 0; c < u.size(); ++c) {
    std::size_t i = only.empty() ? c : static_cast<std::size_t>(only[c]);
    const scenario::UncertainInput& input = inputs_[i];
    double x = value(i, u[c]);
    for (std::size_t p = 0; p < slots_[i].size(); ++p) {
      // A joint input's value is its row number, 1 .. rows.
      double at_path = input.rows.empty() ? x : input.rows[static_cast<std::size_t>(x) - 1][p];
      values.push_back({slots_[i][p], at_path});
    }
  }
  scenario::Scenario out = s;
  scenario::set_parameter_values(out, values);
  return out;
}

// NaN (a KPI not defined in that replication, such as a mean wait when nobody waited) is
// left out, as the run's summaries leave it out.
double DesignRuns::mean(std::size_t p, std::size_t m) const {
  double sum = 0;
  int n = 0;
  for (const auto& r : values[p]) {
    if (std::isnan(r[m])) continue;
    sum += r[m];
    ++n;
  }
  return n ? sum / n : std::nan("");
}

namespace {

double se_of(std::vector<double> xs) {
  std::erase_if(xs, [](double x) { return std::isnan(x); });
  double n = static_cast<double>(xs.size());
  if (xs.size() < 2) return 0;
  double mean = 0, ss = 0;
  for (double x : xs) mean += x / n;
  for (double x : xs) ss += (x - mean) * (x - mean);
  return std::sqrt(ss / (n - 1) / n);
}

}  // namespace

double DesignRuns::standard_error(std::size_t p, std::size_t m) const {
  std::vector<double> xs;
  for (const auto& r : values[p]) xs.push_back(r[m]);
  return se_of(xs);
}

double DesignRuns::paired_se(std::size_t p, std::size_t q, std::size_t m) const {
  std::vector<double> d;
  for (std::size_t r = 0; r < values[p].size(); ++r) d.push_back(values[q][r][m] - values[p][r][m]);
  return se_of(d);
}

DesignRuns run_design(const scenario::Scenario& s, const UncertainInputs& inputs,
                      const std::vector<std::vector<double>>& points, const KpiChoice& choose,
                      const DesignRunOptions& options, const std::vector<int>& only) {
  auto started = std::chrono::steady_clock::now();
  const int reps = s.run.replications;
  const int count = static_cast<int>(points.size()) * reps;
  DesignRuns out;
  out.replications = reps;
  out.threads = resolve_threads(options.threads);
  {
    model::ChainTables first = model::compile(s);
    out.catalog = model::ChainStatistics::catalog(first);
  }
  out.kpis = choose(out.catalog);
  out.values.assign(points.size(), std::vector<std::vector<double>>(reps));

  // Each point's tables, compiled by the first replication that needs them and dropped once
  // its last replication is folded.
  std::mutex mutex;
  std::vector<std::shared_ptr<const model::ChainTables>> tables(points.size());
  auto tables_of = [&](std::size_t p) {
    std::lock_guard<std::mutex> lock(mutex);
    if (!tables[p]) {
      tables[p] =
          std::make_shared<const model::ChainTables>(model::compile(inputs.at(s, points[p], only)));
    }
    return tables[p];
  };
  auto number = [&](std::size_t p, int r) {
    return options.numbering == Replications::common ? static_cast<std::uint64_t>(r)
                                                     : static_cast<std::uint64_t>(p) * reps + r;
  };
  auto work = [&](int i) {
    std::size_t p = static_cast<std::size_t>(i / reps);
    auto t = tables_of(p);
    return ReplicationResults{run_replication(*t, out.catalog, number(p, i % reps))};
  };
  auto fold = [&](int i, ReplicationResults& r) {
    check_stable(r);
    std::size_t p = static_cast<std::size_t>(i / reps);
    std::vector<double>& kept = out.values[p][i % reps];
    for (std::size_t k : out.kpis) kept.push_back(r.front().values[k]);
    out.events += r.front().events;
    if (i % reps == reps - 1) {
      std::lock_guard<std::mutex> lock(mutex);
      tables[p].reset();
    }
    if (options.progress) options.progress(i + 1, count);
  };
  int done = run_in_order(count, options.threads, work, fold, options.stop_requested);
  if (done < count) {
    throw Interrupted("stopped after " + std::to_string(done) + " of " + std::to_string(count) +
                      " runs (design points x replications)");
  }
  out.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return out;
}

}  // namespace ketensim::experiment
