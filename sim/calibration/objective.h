// The calibration's objective: the scenario run at a point of its free parameters, its means
// held against the published figures a calibration may use (role: fit). Each figure's
// residual is (simulated mean - published) / (tolerance x published), so the tolerances are
// the weights; a bound (at_most, at_least) counts only when it is broken. Values per year
// add residuals pulling them toward their mean (the spec's constancy), and a parameter with a
// prior one pulling each of its values toward the prior's. Every evaluation runs
// the same replications with the same seed (common random numbers), so the objective moves
// only with the parameters, not with chance.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "sim/calibration/problem.h"
#include "sim/scenario/figures.h"

namespace ketensim::calibration {

struct Evaluation {
  std::vector<double> means;      // per figure
  std::vector<double> sds;        // per figure: between replications
  std::vector<double> residuals;  // figures first, then the constancy terms, then the priors
  double objective = 0;           // sum of squared residuals
};

struct RunSettings {
  int threads = 0;
  std::function<bool()> stop_requested = {};
};

class Objective {
 public:
  // `figures`: the ones to fit (checked against the scenario's catalog: throws ScenarioError
  // naming a figure the run does not have).
  Objective(const Problem& problem, std::vector<scenario::PublishedFigure> figures,
            RunSettings run);

  Evaluation operator()(const std::vector<double>& x);
  const std::vector<scenario::PublishedFigure>& figures() const { return figures_; }
  int evaluations() const { return evaluations_; }
  std::uint64_t events() const { return events_; }

 private:
  std::vector<double> figure_residuals(const std::vector<double>& means) const;
  std::vector<double> constancy_residuals(const std::vector<double>& x) const;
  std::vector<double> prior_residuals(const std::vector<double>& x) const;

  const Problem& problem_;
  std::vector<scenario::PublishedFigure> figures_;
  RunSettings run_;
  std::vector<std::size_t> cells_;  // catalog index of each figure
  double horizon_ = 0;
  int evaluations_ = 0;
  std::uint64_t events_ = 0;
};

// The scale a figure's deviation is divided by: its tolerance x the value (at least 1), and
// for a count (families, children) together with the count's Poisson spread, sqrt(value).
double figure_scale(const scenario::PublishedFigure& f);

}  // namespace ketensim::calibration
