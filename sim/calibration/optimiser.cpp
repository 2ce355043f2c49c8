#include "sim/calibration/optimiser.h"

#include <algorithm>
#include <cmath>
#include <exception>
#include <limits>
#include <nlopt.hpp>
#include <optional>

namespace ketensim::calibration {

namespace {

bool log_scaled(double lower, double upper) {
  return lower > 0 && upper >= 10 * lower;
}

nlopt::algorithm algorithm_of(const std::string& method) {
  if (method == "sbplx") return nlopt::LN_SBPLX;
  if (method == "neldermead") return nlopt::LN_NELDERMEAD;
  if (method == "cobyla") return nlopt::LN_COBYLA;
  return nlopt::LN_BOBYQA;
}

// What the optimiser sees: the unit cube; it keeps the best point, since a forced stop may
// leave NLopt's own answer undefined.
struct Scaled {
  const std::function<double(const std::vector<double>&)>& f;
  const std::vector<double>& lower;
  const std::vector<double>& upper;
  const std::function<bool()>& stop_requested;
  int evaluations = 0;
  bool interrupted = false;
  std::vector<double> best_x = {};
  double best = std::numeric_limits<double>::infinity();
  std::exception_ptr failure = nullptr;  // thrown by f: passed on once NLopt has stopped

  std::vector<double> unit(const std::vector<double>& x) const {
    std::vector<double> u(x.size());
    for (std::size_t i = 0; i < x.size(); ++i)
      u[i] = std::clamp(to_unit(lower[i], upper[i], x[i]), 0.0, 1.0);
    return u;
  }

  std::vector<double> natural(const std::vector<double>& u) const {
    std::vector<double> x(u.size());
    for (std::size_t i = 0; i < u.size(); ++i)
      x[i] = from_unit(lower[i], upper[i], std::clamp(u[i], 0.0, 1.0));
    return x;
  }

  double operator()(const std::vector<double>& u) {
    if (stop_requested && stop_requested()) {
      interrupted = true;
      throw nlopt::forced_stop();
    }
    std::vector<double> x = natural(u);
    double value = 0;
    try {
      value = f(x);
    } catch (...) {
      failure = std::current_exception();
      throw nlopt::forced_stop();
    }
    ++evaluations;
    if (value < best) {
      best = value;
      best_x = x;
    }
    return value;
  }
};

double call(const std::vector<double>& u, std::vector<double>& /*gradient*/, void* data) {
  return (*static_cast<Scaled*>(data))(u);
}

std::string reason(nlopt::result r) {
  switch (r) {
    case nlopt::XTOL_REACHED:
      return "converged (step below tolerance)";
    case nlopt::FTOL_REACHED:
      return "converged (objective change below tolerance)";
    case nlopt::MAXEVAL_REACHED:
      return "maximum evaluations reached";
    case nlopt::STOPVAL_REACHED:
      return "objective reached zero";
    case nlopt::ROUNDOFF_LIMITED:
      return "stopped by round-off";
    case nlopt::SUCCESS:
      return "converged";
    default:
      return "stopped";
  }
}

}  // namespace

double from_unit(double lower, double upper, double u) {
  if (log_scaled(lower, upper))
    return std::exp(std::log(lower) + u * (std::log(upper) - std::log(lower)));
  return lower + u * (upper - lower);
}

double to_unit(double lower, double upper, double x) {
  if (log_scaled(lower, upper))
    return (std::log(x) - std::log(lower)) / (std::log(upper) - std::log(lower));
  return (x - lower) / (upper - lower);
}

double unit_scale(double lower, double upper, double x) {
  return log_scaled(lower, upper) ? x * (std::log(upper) - std::log(lower)) : upper - lower;
}

namespace {

// One optimiser run from `u` (the unit cube) with the evaluations left; the reason it stopped.
std::string run_once(Scaled& scaled, const OptimiserSettings& settings, std::vector<double> u,
                     double step) {
  const auto n = static_cast<unsigned>(u.size());
  nlopt::opt opt(algorithm_of(settings.method), n);
  opt.set_lower_bounds(std::vector<double>(n, 0.0));
  opt.set_upper_bounds(std::vector<double>(n, 1.0));
  opt.set_min_objective(call, &scaled);
  opt.set_maxeval(settings.max_evaluations - scaled.evaluations);
  opt.set_xtol_rel(settings.tolerance);
  opt.set_xtol_abs(settings.tolerance);
  opt.set_stopval(0);
  opt.set_initial_step(step);
  double value = 0;
  try {
    return reason(opt.optimize(u, value));
  } catch (const nlopt::forced_stop&) {
    return "interrupted";
  } catch (const nlopt::roundoff_limited&) {
    return "stopped by round-off";
  }
}

// A simulated objective is not smooth (common random numbers make it a fine staircase), so a
// trust-region or simplex method may stop short of the minimum; it is restarted from the best
// point with the first step again, as long as a restart improves the best value and
// evaluations are left (at most kMaxRestarts times). Returns why the last run stopped.
std::string descend(Scaled& scaled, const OptimiserSettings& settings, std::vector<double> u,
                    int& restarts) {
  constexpr int kMaxRestarts = 4;
  std::string stopped;
  double previous = std::numeric_limits<double>::infinity();
  for (int round = 0; round <= kMaxRestarts; ++round) {
    stopped = run_once(scaled, settings, u, settings.initial_step);
    if (scaled.failure) std::rethrow_exception(scaled.failure);
    bool improved = scaled.best < previous * (1 - settings.tolerance);
    if (scaled.interrupted || !improved || scaled.evaluations >= settings.max_evaluations) break;
    if (!stopped.starts_with("converged") && stopped != "stopped") break;
    previous = scaled.best;
    u = scaled.unit(scaled.best_x);
    ++restarts;
  }
  return stopped;
}

// One scan from the best point (settings.scan positions per parameter, in parameter order):
// the parameter whose probe beat the best value by more than the tolerance, if one did. It
// stops early at a requested stop or at the evaluation budget; the best point is kept anyway.
std::optional<std::size_t> scan(Scaled& scaled, const OptimiserSettings& settings, int& probes) {
  const std::vector<double> from = scaled.unit(scaled.best_x);
  double lowest =
      scaled.best - settings.tolerance * std::fabs(scaled.best);  // a probe must beat this
  std::optional<std::size_t> moved;
  for (std::size_t i = 0; i < from.size(); ++i) {
    for (int k = 0; k < settings.scan; ++k) {
      if (scaled.evaluations >= settings.max_evaluations) return moved;
      std::vector<double> u = from;
      u[i] = (k + 0.5) / settings.scan;
      double value = 0;
      try {
        value = scaled(u);
      } catch (const nlopt::forced_stop&) {
        if (scaled.failure) std::rethrow_exception(scaled.failure);
        return moved;
      }
      ++probes;
      if (value < lowest) {
        lowest = value;
        moved = i;
      }
    }
  }
  return moved;
}

bool may_go_on(const Scaled& scaled, const OptimiserSettings& settings) {
  return !scaled.interrupted && !scaled.best_x.empty() &&
         scaled.evaluations < settings.max_evaluations;
}

}  // namespace

OptimiserResult minimise(const std::function<double(const std::vector<double>&)>& f,
                         const std::vector<double>& start, const std::vector<double>& lower,
                         const std::vector<double>& upper, const OptimiserSettings& settings,
                         const std::function<bool()>& stop_requested) {
  Scaled scaled{f, lower, upper, stop_requested};
  OptimiserResult out;
  out.stopped_because = descend(scaled, settings, scaled.unit(start), out.restarts);
  while (settings.scan > 0 && may_go_on(scaled, settings)) {
    std::optional<std::size_t> moved = scan(scaled, settings, out.scan_evaluations);
    if (moved) out.escapes.push_back(*moved);
    if (!may_go_on(scaled, settings)) {
      out.stopped_because = scaled.interrupted ? "interrupted" : reason(nlopt::MAXEVAL_REACHED);
      break;
    }
    if (!moved) break;
    out.stopped_because = descend(scaled, settings, scaled.unit(scaled.best_x), out.restarts);
  }
  out.interrupted = scaled.interrupted;
  out.evaluations = scaled.evaluations;
  out.x = scaled.best_x.empty() ? start : scaled.best_x;
  out.value = scaled.best;
  return out;
}

}  // namespace ketensim::calibration
