// Global sensitivity analysis of a scenario's uncertain inputs (ketensim sensitivity):
// Morris screening of every input (sim/stats/morris.h), then, with Method::sobol, Sobol'
// indices (sim/stats/sobol.h) for the inputs whose Morris effect is above the replication
// noise floor for some chosen KPI; the others keep the scenario's own values there.
//
// Every design point runs the same replications, 0 .. R-1 (common random numbers), so two
// points differ only through the inputs and a step's paired difference is measured against
// its own replication noise: that noise sets each input's floor.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sim/experiment/design_runs.h"
#include "sim/stats/morris.h"
#include "sim/stats/sobol.h"

namespace ketensim::experiment {

struct SensitivityRequest {
  enum class Method { morris, sobol };
  Method method = Method::morris;
  int trajectories = 10;  // Morris: r
  int sobol_rows = 64;    // Sobol': N; the runs are N (k + 2) x replications
};

struct KpiSensitivity {
  std::size_t kpi = 0;                      // index in the catalog
  std::vector<stats::MorrisIndex> morris;   // one per input
  std::optional<stats::SobolResult> sobol;  // one per input of SensitivityResult::sobol_inputs
};

struct SensitivityResult {
  std::vector<scenario::UncertainInput> inputs;
  stats::KpiCatalog catalog{{}};
  std::vector<KpiSensitivity> kpis;
  std::vector<int> sobol_inputs;  // the inputs the Sobol' step varied (empty: none run)
  int trajectories = 0, sobol_rows = 0, replications = 0;
  std::uint64_t seed = 0;
  std::uint64_t events = 0;
  double wall_seconds = 0;
  int threads = 1;
  int runs = 0;  // design points x replications, both steps
};

// Called when a step starts: "morris", "sobol" with its number of design points.
using StepReport = std::function<void(const std::string& step, int points)>;

// Throws RequestError when the scenario has no uncertain inputs, Interrupted, UnstableScenario.
SensitivityResult run_sensitivity(const scenario::Scenario& s, const SensitivityRequest& request,
                                  const KpiChoice& choose, const DesignRunOptions& options,
                                  const StepReport& report = {});

}  // namespace ketensim::experiment
