// A scenario run at many points of its uncertain inputs (scenario.h, UncertainInput): each
// point of the unit cube gives every input the value at that quantile of its distribution,
// and the scenario is run there with its replications. Sensitivity designs (Morris, Sobol')
// and the two-level runs of --uncertainty are such sets of points.
//
// All (point, replication) pairs go through run_in_order as one flat sequence, so they share
// the threads and, under mpirun, the ranks, and fold in order: the result is bit-identical at
// any thread or rank count. A stop request (Ctrl-C) throws Interrupted: a partial design is
// not kept.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/scenario/parameter_path.h"
#include "sim/scenario/scenario.h"
#include "sim/stats/kpi_catalog.h"

namespace ketensim::experiment {

// The scenario's uncertain inputs resolved to their slots, ready to put values in.
class UncertainInputs {
 public:
  explicit UncertainInputs(const scenario::Scenario& s);
  std::size_t size() const { return inputs_.size(); }
  const scenario::UncertainInput& input(std::size_t i) const { return inputs_[i]; }
  // The scenario with input i at the u[i] quantile of its distribution; `only`, if not
  // empty, names the inputs that move (the others keep the scenario's own values).
  scenario::Scenario at(const scenario::Scenario& s, const std::vector<double>& u,
                        const std::vector<int>& only = {}) const;
  // Input i's value at quantile u (a joint input's: the row number of its draws).
  double value(std::size_t i, double u) const { return inputs_[i].distribution.quantile(u); }

 private:
  std::vector<scenario::UncertainInput> inputs_;
  std::vector<std::vector<scenario::ParameterSlot>> slots_;  // per input, per path
};

// How the replications of the points are numbered.
enum class Replications {
  common,       // 0 .. R-1 at every point: common random numbers, points differ by inputs only
  independent,  // point p: p R .. p R + R - 1, so chance is independent between points
};

struct DesignRunOptions {
  int threads = 0;
  std::function<void(int done, int total)> progress = {};  // (point, replication) pairs
  std::function<bool()> stop_requested = {};
  Replications numbering = Replications::common;
};

struct DesignRuns {
  stats::KpiCatalog catalog{{}};
  std::vector<std::size_t> kpis;  // the catalog indices kept
  int replications = 0;
  // values[p][r][m]: at point p, replication r, the kept KPI m
  std::vector<std::vector<std::vector<double>>> values;
  std::uint64_t events = 0;
  double wall_seconds = 0;
  int threads = 1;

  // The mean of KPI m at point p, and the standard error of that mean.
  double mean(std::size_t p, std::size_t m) const;
  double standard_error(std::size_t p, std::size_t m) const;
  // The standard error of the mean paired difference between points p and q (replication r
  // against replication r: common random numbers).
  double paired_se(std::size_t p, std::size_t q, std::size_t m) const;
};

// Chooses the KPIs to keep from the scenario's catalog (they are the same at every point).
using KpiChoice = std::function<std::vector<std::size_t>(const stats::KpiCatalog&)>;

// Runs `s` (with s.run.replications each) at every point of `points` (unit cube, one
// coordinate per input of `inputs`, or per input of `only`). Throws Interrupted,
// UnstableScenario.
DesignRuns run_design(const scenario::Scenario& s, const UncertainInputs& inputs,
                      const std::vector<std::vector<double>>& points, const KpiChoice& choose,
                      const DesignRunOptions& options, const std::vector<int>& only = {});

}  // namespace ketensim::experiment
