#include "sim/experiment/sweep.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "sim/experiment/parameter_path.h"
#include "sim/experiment/run_stopped.h"
#include "sim/model/chain_tables.h"
#include "sim/scenario/param_table.h"
#include "sim/scenario/parameter_path.h"

namespace ketensim::experiment {
namespace {

[[noreturn]] void fail(const std::string& text, const std::string& why) {
  throw RequestError(
      "sweep '" + text + "': " + why +
      " (expected PATH=FROM:TO:STEP or PATH=V1,V2,..., e.g. resources.jbw.fte=55:75:5)");
}

double number(const std::string& text, const std::string& part) {
  double x = 0;
  auto [end, ec] = std::from_chars(part.data(), part.data() + part.size(), x);
  if (part.empty() || ec != std::errc() || end != part.data() + part.size() || !std::isfinite(x)) {
    fail(text, "'" + part + "' is not a number");
  }
  return x;
}

std::vector<std::string> split(const std::string& s, char by) {
  std::vector<std::string> parts(1);
  for (char c : s) {
    if (c == by) {
      parts.emplace_back();
    } else {
      parts.back().push_back(c);
    }
  }
  return parts;
}

// Digits after the decimal point of a plain decimal ("0.05": 2); -1 for an exponent form.
int decimals_of(const std::string& part) {
  if (part.find_first_of("eE") != std::string::npos) return -1;
  std::size_t dot = part.find('.');
  return dot == std::string::npos ? 0 : static_cast<int>(part.size() - dot - 1);
}

// FROM, FROM + STEP, ... up to TO. Each value is rounded to the decimals written in FROM and
// STEP, so that 0:0.4:0.1 gives 0.3 and not 0.30000000000000004.
std::vector<double> range(const std::string& text, const std::vector<std::string>& p) {
  double from = number(text, p[0]), to = number(text, p[1]), step = number(text, p[2]);
  if (step <= 0 || to < from) fail(text, "needs FROM <= TO and STEP > 0");
  int decimals = std::min(decimals_of(p[0]) < 0 || decimals_of(p[2]) < 0
                              ? -1
                              : std::max(decimals_of(p[0]), decimals_of(p[2])),
                          15);
  double scale = decimals < 0 ? 0 : std::pow(10.0, decimals);
  std::vector<double> out;
  for (int i = 0; from + i * step <= to + 1e-9 * step; ++i) {
    if (i >= 10000) fail(text, "more than 10000 values");
    double x = from + i * step;
    out.push_back(scale > 0 ? std::round(x * scale) / scale : x);
  }
  return out;
}

std::vector<double> values_of(const std::string& text, const std::string& list) {
  std::vector<std::string> p = split(list, ':');
  if (p.size() == 3) return range(text, p);
  if (p.size() != 1) fail(text, "a range has three parts");
  std::vector<double> out;
  for (const auto& v : split(list, ',')) out.push_back(number(text, v));
  return out;
}

// Every point of the grid, the first axis varying slowest.
std::vector<std::vector<double>> grid(const std::vector<SweepAxis>& axes) {
  std::vector<std::vector<double>> points = {{}};
  for (const auto& axis : axes) {
    std::vector<std::vector<double>> next;
    for (const auto& p : points) {
      for (double v : axis.values) {
        next.push_back(p);
        next.back().push_back(v);
      }
    }
    points = std::move(next);
  }
  return points;
}

}  // namespace

SweepAxis parse_axis(const std::string& text) {
  auto eq = text.find('=');
  if (eq == std::string::npos || eq == 0) fail(text, "no '='");
  return {text.substr(0, eq), values_of(text, text.substr(eq + 1))};
}

std::vector<std::string> sweep_warnings(const scenario::Scenario& s,
                                        const std::vector<SweepAxis>& axes) {
  std::vector<std::string> lines;
  for (const auto& axis : axes) {
    scenario::ResolvedPath r = scenario::resolve_parameter(s, axis.parameter);
    if (!r.slot) continue;  // a policy's own value, or a path run_sweep reports
    for (auto& line : scenario::policies_also_setting(s, *r.slot, axis.parameter, "swept value")) {
      lines.push_back(std::move(line));
    }
  }
  return lines;
}

namespace {

// Refuses a grid that is not one: both axes on the same number (the second would overwrite
// the first at every point), or a fraction for a whole-number parameter (0.5 places would
// run as 0, labelled 0.5).
void check_axes(const scenario::Scenario& s, const std::vector<SweepAxis>& axes) {
  if (axes.empty() || axes.size() > 2) throw RequestError("a sweep has one or two parameters");
  if (axes.size() == 2 && same_parameter(s, axes[0].parameter, axes[1].parameter)) {
    throw RequestError("sweep: '" + axes[0].parameter + "' and '" + axes[1].parameter +
                       "' set the same number, so the grid would not be one; vary two "
                       "different parameters, or one with all the values");
  }
  for (const SweepAxis& axis : axes) {
    if (!whole_number_parameter(s, axis.parameter)) continue;
    for (double v : axis.values) {
      if (v == std::floor(v)) continue;
      throw RequestError("parameter '" + axis.parameter +
                         "': must be a whole number; the sweep gives " +
                         scenario::format_number(v));
    }
  }
}

}  // namespace

SweepResult run_sweep(const scenario::Scenario& s, const std::vector<SweepAxis>& axes,
                      const ExperimentOptions& options, const PointReport& report) {
  check_axes(s, axes);
  auto points = grid(axes);
  scenario::Scenario check = s;
  for (std::size_t a = 0; a < axes.size(); ++a)
    set_parameter(check, axes[a].parameter, points.front()[a]);
  SweepResult result{axes, stats::KpiCatalog({}), {}, s.run.replications, s.run.seed};
  ExperimentOptions quiet = options;
  quiet.keep_replications = false;
  quiet.on_replication = {};
  for (const auto& values : points) {
    scenario::Scenario point = s;
    for (std::size_t a = 0; a < axes.size(); ++a)
      set_parameter(point, axes[a].parameter, values[a]);
    ExperimentResult r = run_experiment(model::compile(point), quiet);
    if (!r.complete()) {
      throw Interrupted("the sweep stopped during point " +
                        std::to_string(result.points.size() + 1) + " of " +
                        std::to_string(points.size()));
    }
    result.points.push_back({values, summarise(r)});
    if (result.points.size() == 1) result.catalog = r.catalog;
    if (report) report(result.points.size(), points.size(), result.points.back());
  }
  return result;
}

}  // namespace ketensim::experiment
