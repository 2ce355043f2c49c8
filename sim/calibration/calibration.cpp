#include "sim/calibration/calibration.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <stdexcept>

#include "sim/scenario/param_table.h"

namespace ketensim::calibration {

namespace {

// A back-test fits no value of a year after the last one it may see: such a parameter keeps
// its last fitted year's value from then on.
void drop_later_years(scenario::CalibrationSpec& spec, int last_year) {
  for (auto& p : spec.parameters) {
    std::erase_if(p.years, [&](int y) { return y > last_year; });
  }
}

// One column of the Jacobian (per unit of the parameter): central differences over 1% of
// the optimiser's unit cube (one-sided at a bound).
std::vector<double> column(Objective& objective, std::vector<double> x, std::size_t k,
                           const Unknown& u) {
  double at = to_unit(u.min, u.max, x[k]);
  double up = from_unit(u.min, u.max, std::min(at + 0.01, 1.0)),
         down = from_unit(u.min, u.max, std::max(at - 0.01, 0.0));
  x[k] = up;
  std::vector<double> plus = objective(x).residuals;
  x[k] = down;
  std::vector<double> minus = objective(x).residuals;
  std::vector<double> d(plus.size());
  for (std::size_t i = 0; i < d.size(); ++i) d[i] = (plus[i] - minus[i]) / (up - down);
  return d;
}

std::string figure_key(const scenario::PublishedFigure& f) {
  return f.kpi + " " + f.subject + " " + f.period;
}

// The figures each unknown moves most (|d residual| over a tenth of its unit range), at most three.
std::vector<std::string> moved_most(const std::vector<std::vector<double>>& jacobian,
                                    const std::vector<scenario::PublishedFigure>& figures,
                                    const std::vector<Unknown>& unknowns,
                                    const std::vector<double>& x) {
  std::vector<std::string> out;
  for (std::size_t k = 0; k < unknowns.size(); ++k) {
    std::vector<std::pair<double, std::size_t>> effect;
    double scale = unit_scale(unknowns[k].min, unknowns[k].max, x[k]);
    for (std::size_t i = 0; i < figures.size(); ++i) {
      double e = std::fabs(jacobian[i][k]) * 0.1 * scale;
      if (e >= 0.05) effect.emplace_back(e, i);
    }
    std::sort(effect.begin(), effect.end(),
              [](const auto& a, const auto& b) { return a.first > b.first; });
    std::string text;
    for (std::size_t n = 0; n < std::min<std::size_t>(3, effect.size()); ++n) {
      text += (text.empty() ? "" : "; ") + figure_key(figures[effect[n].second]);
    }
    if (effect.size() > 3) text += "; and " + std::to_string(effect.size() - 3) + " more";
    out.push_back(text.empty() ? "none (it moves no figure)" : text);
  }
  return out;
}

// What holds an unknown with a prior: the figures it moves and the prior, or the prior alone.
void add_priors(std::vector<std::string>& fitted_to, const Problem& problem) {
  for (std::size_t k = 0; k < fitted_to.size(); ++k) {
    const auto& prior =
        problem.spec().parameters[static_cast<std::size_t>(problem.unknowns()[k].parameter)].prior;
    if (!prior) continue;
    std::string held = "its prior " + scenario::format_number(prior->value) + " (sd " +
                       scenario::format_number(prior->sd) + ": " + prior->source + ")";
    bool none = fitted_to[k].starts_with("none");
    fitted_to[k] = none ? "none of the figures; held by " + held : fitted_to[k] + "; and " + held;
  }
}

// Enough for the two-level runs and sensitivity designs that draw from them (a row at a
// time), few enough that the overlay's draws file stays small (docs/scenario-format.md).
constexpr int kJointDraws = 200;

void finish(Calibration& c, const Problem& problem, Objective& objective) {
  std::vector<std::vector<double>> columns;
  for (std::size_t k = 0; k < c.unknowns.size(); ++k)
    columns.push_back(column(objective, c.fitted, k, c.unknowns[k]));
  std::vector<std::vector<double>> jacobian(c.after.residuals.size(),
                                            std::vector<double>(c.unknowns.size()));
  for (std::size_t i = 0; i < jacobian.size(); ++i) {
    for (std::size_t k = 0; k < columns.size(); ++k) jacobian[i][k] = columns[k][i];
  }
  FitInput in{jacobian, c.figures.size(), c.after.residuals, c.fitted, {}, {}, {}, {}};
  in.draws = kJointDraws;
  in.seed = c.spec.seed;
  for (std::size_t k = 0; k < c.unknowns.size(); ++k) {
    const Unknown& u = c.unknowns[k];
    in.lower.push_back(u.min);
    in.upper.push_back(u.max);
    in.labels.push_back(u.label);
    in.unit_scale.push_back(unit_scale(u.min, u.max, c.fitted[k]));
  }
  c.statistics = fit_statistics(in);
  c.fitted_to = moved_most(jacobian, c.figures, c.unknowns, c.fitted);
  add_priors(c.fitted_to, problem);
}

// Six significant digits, within the bounds: what the overlay writes, so that the figures
// reported after the fit are those the overlay gives.
std::vector<double> rounded(std::vector<double> x, const std::vector<Unknown>& unknowns) {
  for (std::size_t k = 0; k < x.size(); ++k) {
    if (x[k] == 0) continue;
    double scale = std::pow(10.0, 5 - std::floor(std::log10(std::fabs(x[k]))));
    x[k] = std::clamp(std::round(x[k] * scale) / scale, unknowns[k].min, unknowns[k].max);
  }
  return x;
}

}  // namespace

std::vector<scenario::PublishedFigure> fit_figures(const scenario::FigureSet& figures,
                                                   std::optional<int> last_year) {
  std::vector<scenario::PublishedFigure> out;
  for (const auto& f : figures.items) {
    if (f.role != scenario::FigureRole::fit) continue;
    std::optional<int> known = scenario::year_known(f);
    if (last_year && (!known || *known > *last_year)) continue;
    out.push_back(f);
  }
  return out;
}

Calibration calibrate(const scenario::Scenario& base, scenario::CalibrationSpec spec,
                      const scenario::FigureSet& figures, const CalibrateOptions& options) {
  auto clock = std::chrono::steady_clock::now();
  if (options.last_year) drop_later_years(spec, *options.last_year);
  Calibration c;
  c.figures = fit_figures(figures, options.last_year);
  if (c.figures.empty()) {
    throw std::invalid_argument(
        "the figures file has no figure a calibration may use (role: fit" +
        std::string(options.last_year ? ", up to " + std::to_string(*options.last_year) : "") +
        ")");
  }
  Problem problem(base, spec);
  c.spec = spec;
  c.unknowns = problem.unknowns();
  c.warnings = problem.warnings();
  Objective objective(problem, c.figures, {options.threads, options.stop_requested});
  c.start = problem.start();
  c.before = objective(c.start);
  std::vector<double> lower, upper;
  for (const Unknown& u : c.unknowns) {
    lower.push_back(u.min);
    upper.push_back(u.max);
  }
  OptimiserSettings settings{.method = spec.method,
                             .max_evaluations = spec.max_evaluations,
                             .tolerance = spec.tolerance,
                             .scan = spec.scan};
  auto f = [&](const std::vector<double>& x) {
    double value = objective(x).objective;
    if (options.progress)
      options.progress(objective.evaluations(), spec.max_evaluations + 1, value);
    return value;
  };
  c.optimiser = minimise(f, c.start, lower, upper, settings, options.stop_requested);
  c.fitted = rounded(c.optimiser.x, c.unknowns);
  c.interrupted = c.optimiser.interrupted;
  c.after = objective(c.fitted);
  if (!c.interrupted) finish(c, problem, objective);
  c.placed = problem.placed(c.fitted);
  c.scenario = problem.scenario_at(c.fitted);
  c.evaluations = objective.evaluations();
  c.events = objective.events();
  c.wall_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - clock).count();
  return c;
}

}  // namespace ketensim::calibration
