#include "output/validation_writer.h"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "output/atomic_file.h"
#include "output/number_format.h"

namespace ketensim::output {
namespace {

// Enough digits for a share (0.165) as for a count (26089).
std::string shown(double x) {
  double a = std::fabs(x);
  return fixed_decimals(x, a < 10 ? 3 : a < 1000 ? 1 : 0);
}

std::string status(const experiment::ValidationRow& r) {
  if (r.within) return "ok";
  return r.figure.must_match ? "**OUTSIDE**" : "outside";
}

void table(std::ostream& out, const experiment::Validation& v, scenario::FigureRole role) {
  out << "| kpi | subject | period | published | simulated mean | 95% CI | deviation | criterion | status | source |\n"
      << "|---|---|---|---:|---:|---|---:|---|---|---|\n";
  for (const auto& r : v.rows) {
    const auto& f = r.figure;
    if (f.role != role) continue;
    out << "| " << f.kpi << " | " << f.subject << " | " << f.period << " | " << format_number(f.value) << " | "
        << shown(r.simulated.mean) << " | " << shown(r.simulated.ci_low) << " .. "
        << shown(r.simulated.ci_high) << " | " << fixed_decimals(100 * r.deviation, 1) << "% | "
        << criterion(f) << (f.must_match ? " (must match)" : "") << " | " << status(r)
        << " | " << f.source << (f.statement.empty() ? "" : ": \"" + f.statement + "\"") << " |\n";
  }
}

// Fitted figures first: their match shows that the calibration worked, nothing more; the
// tested ones, on which nothing was tuned, are the evidence.
void tables(std::ostream& out, const experiment::Validation& v) {
  using R = scenario::FigureRole;
  if (v.fitted.total > 0) {
    out << "## Fitted figures (role: fit)\n\nA calibration may tune parameters on these; that "
        << "they match shows the fit worked, not that the model is right.\n\n";
    table(out, v, R::fit);
    out << "\n";
  }
  out << "## Tested figures (role: test)\n\nNothing was tuned on these: they are the evidence.\n\n";
  if (v.tested.total > 0) {
    table(out, v, R::test);
  } else {
    out << "None: every figure of this file was available to the calibration.\n";
  }
  if (v.inputs.total > 0) {
    out << "\n## Inputs (role: input)\n\nThe scenario takes these as given (written into it per "
        << "year); that they match shows only that they were copied in.\n\n";
    table(out, v, R::input);
  }
}

void assumptions(std::ostream& out, const scenario::Scenario& s) {
  out << "\n## Assumptions (parameters no source gives)\n\n";
  if (s.assumptions.empty()) out << "The scenario lists none.\n";
  for (const auto& a : s.assumptions) out << "- `" << a.param << "`: " << a.note << "\n";
}

}  // namespace

std::string validation_markdown(const experiment::Validation& v, const scenario::Scenario& s,
                                const scenario::FigureSet& figures, int replications, double years) {
  std::ostringstream out;
  out << "# Validation of " << s.name << " against " << figures.name << "\n\n";
  if (!figures.description.empty()) out << figures.description << ".\n\n";
  out << replications << " replications of " << fixed_decimals(years, 2) << " years from "
      << engine::format_date(s.run.start) << ", seed " << s.run.seed
      << ". A figure is within tolerance when |simulated mean - published| <= tolerance x "
      << "published (a published 0: when the mean is within the tolerance of 0).\n\n";
  if (s.calibrated) {
    out << "Calibrated (`ketensim calibrate`, spec " << s.calibrated->spec << "): " << s.calibrated->free_parameters
        << " free parameters fitted to " << s.calibrated->fit_figures << " figures with role fit of "
        << s.calibrated->figures << ".\n\n";
  } else {
    out << "Not calibrated by `ketensim calibrate`: the scenario records no free parameters.\n\n";
  }
  out << summary_line(v) << "\n\n";
  tables(out, v);
  out << "\n" << v.rows.size() - static_cast<std::size_t>(v.outside) << " of " << v.rows.size()
      << " figures within tolerance; " << v.must_match_outside << " must-match figure(s) outside.\n";
  assumptions(out, s);
  return out.str();
}

std::string criterion(const scenario::PublishedFigure& f) {
  using C = scenario::FigureCompare;
  std::string tolerance = f.tolerance > 0 ? " (+" + fixed_decimals(100 * f.tolerance, 0) + "%)" : "";
  if (f.compare == C::at_most) return "at most " + format_number(f.value) + tolerance;
  if (f.compare == C::at_least) return "at least " + format_number(f.value) + tolerance;
  return "+-" + fixed_decimals(100 * f.tolerance, 0) + "%";
}

std::string summary_line(const experiment::Validation& v) {
  std::string line = "Fitted " + std::to_string(v.fitted.within) + " of " + std::to_string(v.fitted.total) +
                     " within tolerance; tested " + std::to_string(v.tested.within) + " of " +
                     std::to_string(v.tested.total) + ".";
  if (v.inputs.total > 0)
    line += " (" + std::to_string(v.inputs.total) + " inputs the scenario is given are not counted.)";
  return line;
}

void write_validation_csv(const std::filesystem::path& path, const experiment::Validation& v) {
  write_atomically(path, [&](std::ostream& out) {
    out << "kpi,subject,period,role,compare,published,mean,ci95_low,ci95_high,deviation,tolerance,must_match,within,source\n";
    for (const auto& r : v.rows) {
      const auto& f = r.figure;
      out << f.kpi << ',' << f.subject << ',' << f.period << ',' << scenario::role_name(f.role) << ','
          << scenario::compare_name(f.compare) << ',' << format_number(f.value) << ','
          << format_number(r.simulated.mean) << ',' << format_number(r.simulated.ci_low) << ','
          << format_number(r.simulated.ci_high) << ',' << format_number(r.deviation) << ','
          << format_number(f.tolerance) << ',' << (f.must_match ? "yes" : "no") << ','
          << (r.within ? "yes" : "no") << ",\"" << f.source << "\"\n";
    }
  });
}

}  // namespace ketensim::output
