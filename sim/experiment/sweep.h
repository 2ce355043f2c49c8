// A sensitivity sweep: the scenario run at every value (one parameter) or every pair of
// values (two parameters) of a grid, each point with the same seed and replications, so the
// points differ only through the parameters (common random numbers) and neighbouring points
// can be compared directly.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/experiment/request_error.h"
#include "sim/scenario/scenario.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::experiment {

struct SweepAxis {
  std::string parameter;  // a key path, see parameter_path.h
  std::vector<double> values;
};

// "resources.jbw.fte=55:75:5" (from, to, step; `to` included when the steps reach it) or
// "stages.jbt.next[0].p=0.6,0.65,0.7". Throws RequestError.
SweepAxis parse_axis(const std::string& text);

struct SweepPoint {
  std::vector<double> values;             // one per axis
  std::vector<stats::Summary> summaries;  // aligned with the sweep's catalog
};

struct SweepResult {
  std::vector<SweepAxis> axes;
  stats::KpiCatalog catalog{{}};   // the same at every point: parameters change numbers, not shape
  std::vector<SweepPoint> points;  // the first axis varies slowest
  int replications = 0;
  std::uint64_t seed = 0;
};

// Where the sweep cannot answer as asked: one line for each axis that a dated policy of the
// scenario also sets, so its value acts only before the policy's date (naming the policy's
// date and file:line).
std::vector<std::string> sweep_warnings(const scenario::Scenario& s,
                                        const std::vector<SweepAxis>& axes);

using PointReport = std::function<void(std::size_t done, std::size_t total, const SweepPoint&)>;

// One or two axes; every path is checked before anything runs (RequestError). Throws
// Interrupted when options.stop_requested stops a point, UnstableScenario for an unstable one.
SweepResult run_sweep(const scenario::Scenario& s, const std::vector<SweepAxis>& axes,
                      const ExperimentOptions& options, const PointReport& report = {});

}  // namespace ketensim::experiment
