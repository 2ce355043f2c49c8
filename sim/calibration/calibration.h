// `ketensim calibrate`: the free parameters of a spec fitted to the published figures a
// calibration may use (role: fit), by a derivative-free optimiser over the same replications
// at every point (common random numbers), then the Jacobian at the fit for each value's
// uncertainty and the identifiability warnings. Deterministic for a spec's seed.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "sim/calibration/fit_statistics.h"
#include "sim/calibration/objective.h"
#include "sim/calibration/optimiser.h"
#include "sim/calibration/problem.h"

namespace ketensim::calibration {

struct CalibrateOptions {
  int threads = 0;
  // After each evaluation: (evaluations done, the most the optimiser may take, best objective).
  std::function<void(int, int, double)> progress = {};
  std::function<bool()> stop_requested = {};
  // Fit only figures of this year and before, and no value of a later year (a back-test).
  std::optional<int> last_year = {};
};

struct Calibration {
  scenario::CalibrationSpec spec;                  // as used (a back-test drops later years)
  std::vector<scenario::PublishedFigure> figures;  // the figures fitted
  std::vector<Unknown> unknowns;
  std::vector<double> start, fitted;
  Evaluation before, after;
  OptimiserResult optimiser;
  FitStatistics statistics;            // empty when interrupted
  std::vector<PlacedValue> placed;     // the values the overlay writes
  std::vector<std::string> fitted_to;  // per unknown: the figures it moves most
  std::vector<std::string> warnings;   // about the spec against the scenario
  int evaluations = 0;                 // all runs of the objective, the Jacobian's included
  std::uint64_t events = 0;
  double wall_seconds = 0;
  bool interrupted = false;
  scenario::Scenario scenario;  // the base with the fitted values
};

// The figures a calibration up to `last_year` may use: role fit, a calendar year up to it,
// resting on no later year's data (the figure's data_year).
std::vector<scenario::PublishedFigure> fit_figures(const scenario::FigureSet& figures,
                                                   std::optional<int> last_year);

// Throws scenario::ScenarioError for a spec that does not fit the scenario, RequestError-like
// std::invalid_argument when no figure may be fitted, experiment::UnstableScenario.
Calibration calibrate(const scenario::Scenario& base, scenario::CalibrationSpec spec,
                      const scenario::FigureSet& figures, const CalibrateOptions& options);

}  // namespace ketensim::calibration
