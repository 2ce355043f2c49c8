#include "sim/calibration/objective.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "sim/experiment/experiment.h"
#include "sim/experiment/run_stopped.h"
#include "sim/experiment/validation.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/kpi_table.h"

namespace ketensim::calibration {

namespace {
// A bound with no tolerance of its own is weighed as a figure off by 10% of its value.
constexpr double kBoundTolerance = 0.10;
}  // namespace

namespace {

bool is_count(const std::string& kpi) {
  for (const auto& row : model::kpi_table()) {
    if (row.def.name == kpi) return row.def.unit == "families" || row.def.unit == "children";
  }
  return false;
}

}  // namespace

double figure_scale(const scenario::PublishedFigure& f) {
  double tolerance = f.tolerance > 0 ? f.tolerance : kBoundTolerance;
  double scale = tolerance * std::max(std::fabs(f.value), 1.0);
  // A published count is itself one draw of a chancy year: a stock of 5 is no closer to 5
  // than its Poisson spread of about 2, whatever the tolerance says.
  return is_count(f.kpi) ? std::sqrt(scale * scale + std::fabs(f.value)) : scale;
}

Objective::Objective(const Problem& problem, std::vector<scenario::PublishedFigure> figures,
                     RunSettings run)
    : problem_(problem), figures_(std::move(figures)), run_(std::move(run)) {
  model::ChainTables t = model::compile(problem_.scenario_at(problem_.start()));
  scenario::FigureSet set{"fit", "", figures_, ""};
  experiment::check_figures(set, model::ChainStatistics::catalog(t));
  // Each evaluation stops after the last year fitted; its catalog then has fewer periods, so
  // the figures' cells are looked up in the catalog of that shorter run.
  horizon_ = experiment::validation_horizon(set, t);
  t.horizon_days = horizon_;
  stats::KpiCatalog catalog = model::ChainStatistics::catalog(t);
  for (const auto& f : figures_) {
    for (std::size_t k = 0; k < catalog.size(); ++k) {
      const auto& key = catalog.key(k);
      if (key.kpi == f.kpi && key.subject == f.subject && key.period == f.period) {
        cells_.push_back(k);
        break;
      }
    }
  }
  if (cells_.size() != figures_.size())
    throw std::logic_error("calibration: a checked figure has no KPI cell");
}

Evaluation Objective::operator()(const std::vector<double>& x) {
  model::ChainTables t = model::compile(problem_.scenario_at(x));
  t.replications = problem_.spec().replications;
  t.seed = problem_.spec().seed;
  t.horizon_days = horizon_;
  experiment::ExperimentOptions options;
  options.threads = run_.threads;
  options.keep_replications = false;
  options.stop_requested = run_.stop_requested;
  auto result = experiment::run_experiment(t, options);
  if (!result.complete()) throw experiment::Interrupted("calibration interrupted");
  auto summaries = experiment::summarise(result);
  if (result.catalog.size() != summaries.size() || summaries.size() <= cells_.back()) {
    throw std::logic_error(
        "calibration: the run's KPI catalog is not the one the figures were looked up in");
  }
  ++evaluations_;
  events_ += result.events();
  Evaluation e;
  for (std::size_t cell : cells_) {
    e.means.push_back(summaries[cell].mean);
    e.sds.push_back(summaries[cell].sd);
  }
  e.residuals = figure_residuals(e.means);
  for (double r : constancy_residuals(x)) e.residuals.push_back(r);
  for (double r : prior_residuals(x)) e.residuals.push_back(r);
  for (double r : e.residuals) e.objective += r * r;
  return e;
}

std::vector<double> Objective::figure_residuals(const std::vector<double>& means) const {
  using C = scenario::FigureCompare;
  std::vector<double> r;
  for (std::size_t i = 0; i < figures_.size(); ++i) {
    const auto& f = figures_[i];
    double d = std::isnan(means[i]) ? 0 : means[i] - f.value;
    if (f.compare == C::at_most) d = std::max(0.0, d);
    if (f.compare == C::at_least) d = std::min(0.0, d);
    r.push_back(d / figure_scale(f));
  }
  return r;
}

// sqrt(constancy) x (value - mean of its years) / mean, for each value of a per-year parameter.
std::vector<double> Objective::constancy_residuals(const std::vector<double>& x) const {
  std::vector<double> r;
  double weight = std::sqrt(problem_.spec().constancy);
  for (const auto& group : problem_.yearly_groups()) {
    double mean = 0;
    for (int k : group) mean += x[static_cast<std::size_t>(k)];
    mean /= static_cast<double>(group.size());
    double scale = std::max(std::fabs(mean), 1e-9);
    for (int k : group) r.push_back(weight * (x[static_cast<std::size_t>(k)] - mean) / scale);
  }
  return r;
}

// (value - prior) / sd, for each unknown of a parameter with a prior.
std::vector<double> Objective::prior_residuals(const std::vector<double>& x) const {
  std::vector<double> r;
  const auto& unknowns = problem_.unknowns();
  for (std::size_t k = 0; k < unknowns.size(); ++k) {
    const auto& prior =
        problem_.spec().parameters[static_cast<std::size_t>(unknowns[k].parameter)].prior;
    if (prior) r.push_back((x[k] - prior->value) / prior->sd);
  }
  return r;
}

}  // namespace ketensim::calibration
