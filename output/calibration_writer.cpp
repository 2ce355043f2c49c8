#include "output/calibration_writer.h"

#include <algorithm>
#include <cmath>
#include <iomanip>
#include <sstream>

#include "output/atomic_file.h"
#include "output/number_format.h"
#include "output/words.h"
#include "sim/scenario/parameter_path.h"

namespace ketensim::output {

namespace {

using calibration::Calibration;
using scenario::Language;

std::string quoted(const std::string& text) {
  std::string out = "\"";
  for (char c : text) out += c == '"' ? std::string("\\\"") : std::string(1, c);
  return out + "\"";
}

// Four significant digits, for tables a person reads.
std::string readable(double x) {
  if (std::isnan(x)) return "n/a";
  std::ostringstream o;
  o << std::setprecision(4) << x;
  return o.str();
}

std::string readable(double x, const Words& say) {
  return std::isnan(x) ? say("n/a") : say.number(readable(x));
}

// The value's path as an uncertain input names it: a value from a date is its policy's.
std::string input_path(const calibration::PlacedValue& v) {
  return v.from ? scenario::policy_value_path(*v.from, v.path) : v.path;
}

// The placed values the joint draws carry: those of an unknown with a standard deviation,
// except a path the base already lists as uncertain (its expert range stays the one claim).
std::vector<const calibration::PlacedValue*> drawn_values(const Calibration& c) {
  std::vector<const calibration::PlacedValue*> out;
  if (c.statistics.draws.empty()) return out;
  for (const auto& v : c.placed) {
    if (v.unknown < 0) continue;
    double sd = c.statistics.sd[static_cast<std::size_t>(v.unknown)];
    bool listed = std::any_of(c.scenario.uncertain.begin(), c.scenario.uncertain.end(),
                              [&](const scenario::UncertainInput& u) {
                                return std::count(u.paths.begin(), u.paths.end(), input_path(v));
                              });
    if (sd > 0 && !listed) out.push_back(&v);
  }
  return out;
}

void overlay_value(std::ostream& out, const Calibration& c, const calibration::PlacedValue& v) {
  out << "    - {path: " << quoted(v.path);
  if (v.from) out << ", from: " << engine::format_date(*v.from);
  out << ", value: " << format_number(v.value);
  if (v.unknown < 0) {
    out << ", fitted_to: \"the rest of the stage's probability\"}\n";
    return;
  }
  auto k = static_cast<std::size_t>(v.unknown);
  if (k < c.statistics.sd.size() && !std::isnan(c.statistics.sd[k])) {
    out << ", sd: " << format_number(std::stod(readable(c.statistics.sd[k])));
  }
  if (k < c.fitted_to.size()) out << ", fitted_to: " << quoted(c.fitted_to[k]);
  out << "}\n";
}

// "a scan of 8 positions per parameter after each local run: 2 escapes, moved a then b; 496
// probe evaluations": what the scans cost and which parameters they moved out of a basin.
std::string scans(const Calibration& c, const Words& say) {
  const auto& escapes = c.optimiser.escapes;
  std::string o = say("a scan of {} positions per parameter after each local run: ",
                      {std::to_string(c.spec.scan)});
  if (c.optimiser.scan_evaluations == 0)
    return o + say("none ran (no evaluations left, or interrupted)");
  std::string moved;
  for (std::size_t n = 0; n < escapes.size(); ++n)
    moved += (n == 0 ? "" : say(" then ")) + c.unknowns[escapes[n]].label;
  if (escapes.empty())
    o += say("no escape");
  else
    o += say(escapes.size() == 1 ? "{} escape, moved {}" : "{} escapes, moved {}",
             {std::to_string(escapes.size()), moved});
  return o + say("; {} probe evaluations", {std::to_string(c.optimiser.scan_evaluations)});
}

std::string summary(const Calibration& c, const Words& say) {
  std::string o = say(
      "{} free parameters fitted to {} figures (role: fit); weighted squared error {} before, {} "
      "after; {} after {} evaluations",
      {std::to_string(c.unknowns.size()), std::to_string(c.figures.size()),
       readable(c.before.objective, say), readable(c.after.objective, say),
       say.matched(c.optimiser.stopped_because), std::to_string(c.optimiser.evaluations)});
  if (c.optimiser.restarts > 0) {
    o += say(c.optimiser.restarts == 1 ? " ({} restart from the best point)"
                                       : " ({} restarts from the best point)",
             {std::to_string(c.optimiser.restarts)});
  }
  if (c.spec.scan > 0) o += "; " + scans(c, say);
  std::size_t priors = std::count_if(c.unknowns.begin(), c.unknowns.end(), [&](const auto& u) {
    auto k = static_cast<std::size_t>(u.parameter);
    return k < c.spec.parameters.size() && c.spec.parameters[k].prior.has_value();
  });
  if (priors > 0)
    o += say("; {} of the values also held toward a stated prior", {std::to_string(priors)});
  return o;
}

void figure_table(std::ostream& out, const Calibration& c, const Words& say) {
  out << say("| kpi | subject | period | published | before | after | deviation after | tolerance |")
      << "\n"
      << "|---|---|---|---:|---:|---:|---:|---:|\n";
  for (std::size_t i = 0; i < c.figures.size(); ++i) {
    const auto& f = c.figures[i];
    double dev = f.value != 0 ? (c.after.means[i] - f.value) / f.value : c.after.means[i];
    out << "| " << f.kpi << " | " << f.subject << " | " << f.period << " | "
        << say.number(format_number(f.value)) << " | " << readable(c.before.means[i], say) << " | "
        << readable(c.after.means[i], say) << " | " << say.number(fixed_decimals(100 * dev, 1))
        << "% | " << fixed_decimals(100 * f.tolerance, 0) << "% |\n";
  }
}

void parameter_table(std::ostream& out, const Calibration& c, const Words& say) {
  out << say("| parameter | start | fitted | sd | 95% interval | bounds | fitted to (the figures it moves most) |")
      << "\n|---|---:|---:|---:|---|---|---|\n";
  for (std::size_t k = 0; k < c.unknowns.size(); ++k) {
    const auto& u = c.unknowns[k];
    bool stats = k < c.statistics.sd.size();
    out << "| " << u.label << " | " << readable(c.start[k], say) << " | "
        << readable(c.fitted[k], say) << " | "
        << (stats ? readable(c.statistics.sd[k], say) : say("n/a")) << " | "
        << (stats
                ? readable(c.statistics.low[k], say) + " .. " + readable(c.statistics.high[k], say)
                : say("n/a"))
        << " | " << readable(u.min, say) << " .. " << readable(u.max, say) << " | "
        << (k < c.fitted_to.size() ? say.matched(c.fitted_to[k]) : "") << " |\n";
  }
}

void warnings(std::ostream& out, const Calibration& c, const Words& say) {
  out << say("## Warnings") << "\n\n";
  if (c.statistics.warnings.empty() && c.warnings.empty()) {
    out << say("None: every parameter moves the figures, none trades off against another.") << "\n";
  }
  for (const auto& w : c.warnings) out << "- " << say.matched(w) << "\n";
  for (const auto& w : c.statistics.warnings) out << "- " << say.matched(w) << "\n";
}

}  // namespace

std::string calibrated_overlay(const Calibration& c, const std::string& name,
                               const OverlayPaths& paths, const std::string& command) {
  std::ostringstream out;
  if (!paths.schema.empty()) out << "# yaml-language-server: $schema=" << paths.schema << "\n";
  out << "# Calibrated values, written by:\n#   " << command << "\n"
      << "# Run that command again rather than edit the numbers here. "
      << summary(c, Words{calibration_phrases(), Language::en}) << ".\n";
  if (c.interrupted)
    out << "# INTERRUPTED before the fit converged: these are the best values found so far.\n";
  out << "# The fit report (calibration.md) gives every figure before and after and each value's\n"
      << "# uncertainty; the figures with role: test were not used.\n\n"
      << "scenario: " << name << "\n"
      << "extend: " << paths.base << "\n\n"
      << "calibrated:\n"
      << "  spec: " << paths.spec << "\n"
      << "  figures: " << paths.figures << "\n"
      << "  fit_figures: " << c.figures.size() << "\n"
      << "  free_parameters: " << c.unknowns.size() << "\n"
      << "  objective: " << format_number(std::stod(readable(c.after.objective))) << "\n";
  if (!paths.draws.empty()) out << "  draws: " << paths.draws << "\n";
  out << "  values:\n";
  for (const auto& v : c.placed) overlay_value(out, c, v);
  return out.str();
}

std::string calibration_markdown(const Calibration& c, const std::string& scenario_name,
                                 const std::string& command, FitTable figures, Language language) {
  Words say{calibration_phrases(), language};
  std::ostringstream out;
  out << say("# Calibration of {} ({})", {scenario_name, c.spec.name}) << "\n\n"
      << "`" << command << "`\n\n"
      << summary(c, say)
      << say("; {} replications per evaluation with seed {} (the same at every evaluation: common random numbers), "
             "method {}, {} s.",
             {std::to_string(c.spec.replications), std::to_string(c.spec.seed), c.spec.method,
              say.number(fixed_decimals(c.wall_seconds, 1))})
      << "\n\n";
  if (c.interrupted) {
    out << say("**Interrupted** before the fit converged: the values are the best found so far, and no "
               "uncertainty was estimated.")
        << "\n\n";
  }
  warnings(out, c, say);
  out << "\n"
      << say("## Parameters") << "\n\n"
      << say("sd: approximate standard deviation from the Jacobian at the fit (Gauss-Newton, residual variance {} "
             "on {} degrees of freedom); the 95% interval uses Student's t, cut at the bounds.",
             {readable(c.statistics.residual_variance, say),
              std::to_string(c.statistics.degrees_of_freedom)})
      << "\n\n";
  parameter_table(out, c, say);
  if (figures == FitTable::left_out) return out.str();
  out << "\n"
      << say("## Figures fitted (role: fit)") << "\n\n"
      << say("These were used to choose the values: that they match shows that the fit worked, not that the model "
             "is right. `ketensim validate` holds the scenario against the figures with role: test.")
      << "\n\n";
  figure_table(out, c, say);
  return out.str();
}

void write_parameters_csv(const std::filesystem::path& path, const Calibration& c) {
  write_atomically(path, [&](std::ostream& out) {
    out << "parameter,year,start,fitted,sd,ci95_low,ci95_high,min,max,fitted_to\n";
    for (std::size_t k = 0; k < c.unknowns.size(); ++k) {
      const auto& u = c.unknowns[k];
      bool stats = k < c.statistics.sd.size();
      out << quoted(c.spec.parameters[static_cast<std::size_t>(u.parameter)].name) << ','
          << (u.year ? std::to_string(u.year) : "") << ',' << format_number(c.start[k]) << ','
          << format_number(c.fitted[k]) << ',' << (stats ? format_number(c.statistics.sd[k]) : "")
          << ',' << (stats ? format_number(c.statistics.low[k]) : "") << ','
          << (stats ? format_number(c.statistics.high[k]) : "") << ',' << format_number(u.min)
          << ',' << format_number(u.max) << ','
          << quoted(k < c.fitted_to.size() ? c.fitted_to[k] : "") << '\n';
    }
  });
}

bool write_draws_csv(const std::filesystem::path& path, const calibration::Calibration& c) {
  std::vector<const calibration::PlacedValue*> drawn = drawn_values(c);
  if (drawn.empty()) return false;
  write_atomically(path, [&](std::ostream& out) {
    for (std::size_t k = 0; k < drawn.size(); ++k)
      out << (k ? "," : "") << quoted(input_path(*drawn[k]));
    out << '\n' << std::setprecision(6);
    for (const auto& draw : c.statistics.draws) {
      for (std::size_t k = 0; k < drawn.size(); ++k)
        out << (k ? "," : "") << draw[static_cast<std::size_t>(drawn[k]->unknown)];
      out << '\n';
    }
  });
  return true;
}

void write_fit_csv(const std::filesystem::path& path, const Calibration& c) {
  write_atomically(path, [&](std::ostream& out) {
    out << "kpi,subject,period,published,tolerance,before,after,residual_after\n";
    for (std::size_t i = 0; i < c.figures.size(); ++i) {
      const auto& f = c.figures[i];
      out << f.kpi << ',' << f.subject << ',' << f.period << ',' << format_number(f.value) << ','
          << format_number(f.tolerance) << ',' << format_number(c.before.means[i]) << ','
          << format_number(c.after.means[i]) << ',' << format_number(c.after.residuals[i]) << '\n';
    }
  });
}

}  // namespace ketensim::output
