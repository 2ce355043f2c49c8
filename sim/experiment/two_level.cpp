#include "sim/experiment/two_level.h"

#include <algorithm>
#include <cmath>

#include "sim/experiment/request_error.h"
#include "sim/stats/sobol.h"
#include "sim/stats/summary.h"

namespace ketensim::experiment {
namespace {

double variance(std::vector<double> xs) {
  std::erase_if(xs, [](double x) { return std::isnan(x); });
  double n = static_cast<double>(xs.size()), mean = 0, ss = 0;
  for (double x : xs) mean += x / n;
  for (double x : xs) ss += (x - mean) * (x - mean);
  return xs.size() > 1 ? ss / (n - 1) : 0;
}

}  // namespace

TwoLevelKpi split_variance(const std::vector<std::vector<double>>& values) {
  TwoLevelKpi k;
  double r = static_cast<double>(values.front().size());
  for (const auto& draw : values) {  // NaN (not defined in a replication) is left out
    double sum = 0;
    int defined = 0;
    for (double x : draw) {
      if (std::isnan(x)) continue;
      sum += x;
      ++defined;
    }
    if (defined < 2) continue;
    k.draw_means.push_back(sum / defined);
    k.chance_variance += variance(draw);
  }
  double n = static_cast<double>(k.draw_means.size());
  if (k.draw_means.empty()) {
    k.mean = k.low = k.high = std::nan("");
    return k;
  }
  for (double m : k.draw_means) k.mean += m / n;
  k.chance_variance /= n;
  double between = variance(k.draw_means);
  k.assumption_variance = std::max(0.0, between - k.chance_variance / r);
  double total = k.assumption_variance + k.chance_variance / r;
  k.assumption_share = total > 0 ? k.assumption_variance / total : 0;
  std::vector<double> sorted = k.draw_means;
  std::sort(sorted.begin(), sorted.end());
  k.low = stats::percentile_sorted(sorted, 0.025);
  k.high = stats::percentile_sorted(sorted, 0.975);
  return k;
}

TwoLevelResult run_two_level(const scenario::Scenario& s, int draws, const KpiChoice& choose,
                             const DesignRunOptions& options) {
  UncertainInputs inputs(s);
  if (inputs.size() == 0) {
    throw RequestError("--uncertainty: scenario '" + s.name +
                       "' has no uncertain inputs: list them under `uncertain:` "
                       "(docs/scenario-format.md, Uncertain inputs)");
  }
  if (draws < 2) throw RequestError("--uncertainty needs at least 2 draws");
  if (s.run.replications < 2) {
    throw RequestError("--uncertainty needs at least 2 replications per draw (--inner)");
  }
  TwoLevelResult result;
  result.draws = draws;
  result.replications = s.run.replications;
  result.design = stats::latin_hypercube(draws, static_cast<int>(inputs.size()), s.run.seed, 7);
  DesignRunOptions independent = options;
  independent.numbering = Replications::independent;
  DesignRuns runs = run_design(s, inputs, result.design, choose, independent);
  for (std::size_t m = 0; m < runs.kpis.size(); ++m) {
    std::vector<std::vector<double>> values;
    for (const auto& draw : runs.values) {
      values.emplace_back();
      for (const auto& rep : draw) values.back().push_back(rep[m]);
    }
    result.kpis.push_back(split_variance(values));
    result.kpis.back().kpi = runs.kpis[m];
  }
  result.events = runs.events;
  result.wall_seconds = runs.wall_seconds;
  return result;
}

}  // namespace ketensim::experiment
