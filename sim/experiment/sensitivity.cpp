#include "sim/experiment/sensitivity.h"

#include <chrono>

#include "sim/experiment/request_error.h"

namespace ketensim::experiment {
namespace {

std::vector<std::vector<double>> morris_points(const std::vector<stats::MorrisTrajectory>& design) {
  std::vector<std::vector<double>> points;
  for (const auto& t : design) points.insert(points.end(), t.points.begin(), t.points.end());
  return points;
}

void screen(const std::vector<stats::MorrisTrajectory>& design, const DesignRuns& runs,
            SensitivityResult& result) {
  std::size_t per = design.front().points.size();
  for (std::size_t m = 0; m < runs.kpis.size(); ++m) {
    std::vector<std::vector<double>> outputs, step_se;
    for (std::size_t t = 0; t < design.size(); ++t) {
      outputs.emplace_back();
      step_se.emplace_back();
      for (std::size_t j = 0; j < per; ++j) {
        outputs.back().push_back(runs.mean(t * per + j, m));
        if (j + 1 < per) step_se.back().push_back(runs.paired_se(t * per + j, t * per + j + 1, m));
      }
    }
    result.kpis.push_back({runs.kpis[m], stats::morris_indices(design, outputs, step_se), {}});
  }
}

// The inputs whose Morris effect is above the noise floor for at least one KPI.
std::vector<int> that_matter(const SensitivityResult& r) {
  std::vector<int> inputs;
  for (std::size_t i = 0; i < r.inputs.size(); ++i) {
    for (const auto& k : r.kpis) {
      if (!k.morris[i].below_noise) {
        inputs.push_back(static_cast<int>(i));
        break;
      }
    }
  }
  return inputs;
}

void variance_based(const scenario::Scenario& s, const UncertainInputs& inputs,
                    const SensitivityRequest& request, const DesignRunOptions& options,
                    const StepReport& report, SensitivityResult& result) {
  const std::vector<int>& only = result.sobol_inputs;
  int k = static_cast<int>(only.size());
  stats::SobolDesign design = stats::sobol_design(k, request.sobol_rows, s.run.seed);
  if (report) report("sobol", static_cast<int>(design.points.size()));
  std::vector<std::size_t> kept;
  for (const auto& kpi : result.kpis) kept.push_back(kpi.kpi);
  DesignRuns runs = run_design(
      s, inputs, design.points, [&](const auto&) { return kept; }, options, only);
  result.events += runs.events;
  result.runs += static_cast<int>(design.points.size()) * runs.replications;
  for (std::size_t m = 0; m < kept.size(); ++m) {
    std::vector<double> y, se;
    for (std::size_t p = 0; p < design.points.size(); ++p) {
      y.push_back(runs.mean(p, m));
      se.push_back(runs.standard_error(p, m));
    }
    std::vector<std::vector<double>> ab_se(design.rows, std::vector<double>(k));
    for (int j = 0; j < design.rows; ++j) {
      for (int i = 0; i < k; ++i)
        ab_se[j][i] = runs.paired_se(design.at_a(j), design.at_ab(j, i), m);
    }
    result.kpis[m].sobol = stats::sobol_indices(design, y, se, ab_se, s.run.seed);
  }
}

}  // namespace

SensitivityResult run_sensitivity(const scenario::Scenario& s, const SensitivityRequest& request,
                                  const KpiChoice& choose, const DesignRunOptions& options,
                                  const StepReport& report) {
  UncertainInputs inputs(s);
  if (inputs.size() == 0) {
    throw RequestError("scenario '" + s.name +
                       "' has no uncertain inputs: list them under `uncertain:` "
                       "(docs/scenario-format.md, Uncertain inputs)");
  }
  auto started = std::chrono::steady_clock::now();
  SensitivityResult result;
  result.inputs = s.uncertain;
  result.trajectories = request.trajectories;
  result.replications = s.run.replications;
  result.seed = s.run.seed;
  auto design =
      stats::morris_design(static_cast<int>(inputs.size()), request.trajectories, s.run.seed);
  auto points = morris_points(design);
  if (report) report("morris", static_cast<int>(points.size()));
  DesignRunOptions common = options;
  common.numbering = Replications::common;
  DesignRuns runs = run_design(s, inputs, points, choose, common);
  if (runs.kpis.empty())
    throw RequestError("no KPI chosen: the scenario's catalog has none of them");
  result.catalog = runs.catalog;
  result.events = runs.events;
  result.threads = runs.threads;
  result.runs = static_cast<int>(points.size()) * runs.replications;
  screen(design, runs, result);
  if (request.method == SensitivityRequest::Method::sobol) {
    result.sobol_inputs = that_matter(result);
    result.sobol_rows = request.sobol_rows;
    if (!result.sobol_inputs.empty()) variance_based(s, inputs, request, common, report, result);
  }
  result.wall_seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return result;
}

}  // namespace ketensim::experiment
