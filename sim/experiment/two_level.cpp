#include "sim/experiment/two_level.h"

#include <algorithm>
#include <cmath>

#include "sim/experiment/request_error.h"
#include "sim/stats/sobol.h"
#include "sim/stats/summary.h"

namespace ketensim::experiment {
namespace {

// The alternative's inputs start with the base's, by name and in order; after them it may
// add its own (an overlay's assumed effect sizes, which the base has no place for).
void check_base_inputs_first(const scenario::Scenario& base,
                             const scenario::Scenario& alternative) {
  auto names = [](const scenario::Scenario& s) {
    std::vector<std::string> out;
    for (const auto& u : s.uncertain) out.push_back(u.name);
    return out;
  };
  std::vector<std::string> b = names(base), a = names(alternative);
  if (a.size() < b.size() || !std::equal(b.begin(), b.end(), a.begin())) {
    throw RequestError("--uncertainty: '" + alternative.name +
                       "' lacks or reorders uncertain inputs of '" + base.name +
                       "'; an alternative for compare --uncertainty extends the base, keeps "
                       "its inputs and may add its own after them");
  }
}

// The first `n` quantiles of each draw: the base's inputs. A Latin hypercube draws its columns
// one after another, so these are the same whatever the alternative adds after them.
std::vector<std::vector<double>> first_columns(const std::vector<std::vector<double>>& design,
                                               std::size_t n) {
  std::vector<std::vector<double>> out;
  for (const auto& row : design)
    out.emplace_back(row.begin(), row.begin() + static_cast<std::ptrdiff_t>(n));
  return out;
}

double draw_mean(const std::vector<std::vector<double>>& draw, std::size_t m) {
  double sum = 0;
  int defined = 0;
  for (const auto& rep : draw) {
    if (std::isnan(rep[m])) continue;
    sum += rep[m];
    ++defined;
  }
  return defined > 0 ? sum / defined : std::nan("");
}

PairedDrawKpi paired_kpi(const DesignRuns& base, std::size_t m, const DesignRuns& alt,
                         std::size_t n) {
  PairedDrawKpi k{base.kpis[m], alt.kpis[n], 0, 0, 0, 0, 0, {}};
  for (std::size_t d = 0; d < base.values.size(); ++d) {
    double diff = draw_mean(alt.values[d], n) - draw_mean(base.values[d], m);
    if (!std::isnan(diff)) k.differences.push_back(diff);
  }
  if (k.differences.empty()) {
    k.mean = k.low = k.high = std::nan("");
    return k;
  }
  double count = static_cast<double>(k.differences.size());
  for (double x : k.differences) {
    k.mean += x / count;
    k.share_higher += x > 0 ? 1 / count : 0;
    k.share_lower += x < 0 ? 1 / count : 0;
  }
  std::vector<double> sorted = k.differences;
  std::sort(sorted.begin(), sorted.end());
  k.low = stats::percentile_sorted(sorted, 0.025);
  k.high = stats::percentile_sorted(sorted, 0.975);
  return k;
}

double variance(std::vector<double> xs) {
  std::erase_if(xs, [](double x) { return std::isnan(x); });
  double n = static_cast<double>(xs.size()), mean = 0, ss = 0;
  for (double x : xs) mean += x / n;
  for (double x : xs) ss += (x - mean) * (x - mean);
  return xs.size() > 1 ? ss / (n - 1) : 0;
}

}  // namespace

void check_uncertainty_request(const std::string& scenario, int draws, std::size_t inputs,
                               int replications) {
  if (inputs == 0) {
    throw RequestError("--uncertainty: scenario '" + scenario +
                       "' has no uncertain inputs: list them under `uncertain:` "
                       "(docs/scenario-format.md, Uncertain inputs)");
  }
  if (draws < 2) throw RequestError("--uncertainty needs at least 2 draws");
  if (replications < 2) {
    throw RequestError("--uncertainty needs at least 2 replications per draw");
  }
}

std::vector<std::vector<double>> uncertainty_draws(int draws, std::size_t inputs,
                                                   std::uint64_t seed) {
  return stats::latin_hypercube(draws, static_cast<int>(inputs), seed, 7);
}

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
  check_uncertainty_request(s.name, draws, inputs.size(), s.run.replications);
  TwoLevelResult result;
  result.draws = draws;
  result.replications = s.run.replications;
  result.design = uncertainty_draws(draws, inputs.size(), s.run.seed);
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

PairedTwoLevelResult run_paired_two_level(const scenario::Scenario& base,
                                          const scenario::Scenario& alternative, int draws,
                                          const KpiChoice& choose,
                                          const DesignRunOptions& options) {
  UncertainInputs base_inputs(base), alternative_inputs(alternative);
  check_uncertainty_request(base.name, draws, base_inputs.size(), base.run.replications);
  check_base_inputs_first(base, alternative);
  PairedTwoLevelResult result;
  result.draws = draws;
  result.replications = base.run.replications;
  result.design = uncertainty_draws(draws, alternative_inputs.size(), base.run.seed);
  DesignRunOptions common = options;
  common.numbering = Replications::common;
  DesignRuns b = run_design(base, base_inputs, first_columns(result.design, base_inputs.size()),
                            choose, common);
  scenario::Scenario alt = alternative;
  alt.run.replications = base.run.replications;
  alt.run.seed = base.run.seed;
  DesignRuns a = run_design(alt, alternative_inputs, result.design, choose, common);
  for (std::size_t m = 0; m < b.kpis.size(); ++m) {
    const stats::KpiKey& key = b.catalog.key(b.kpis[m]);
    for (std::size_t n = 0; n < a.kpis.size(); ++n) {
      const stats::KpiKey& other = a.catalog.key(a.kpis[n]);
      if (other.kpi == key.kpi && other.subject == key.subject && other.period == key.period) {
        result.kpis.push_back(paired_kpi(b, m, a, n));
      }
    }
  }
  result.events = b.events + a.events;
  return result;
}

}  // namespace ketensim::experiment
