#include "output/validation_writer.h"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "output/atomic_file.h"
#include "output/number_format.h"
#include "output/words.h"

namespace ketensim::output {
namespace {

using scenario::Language;

// Enough digits for a share (0.165) as for a count (26089).
std::string shown(double x) {
  double a = std::fabs(x);
  return fixed_decimals(x, a < 10 ? 3 : a < 1000 ? 1 : 0);
}

std::string status(const experiment::ValidationRow& r, const Words& say) {
  if (r.within) return "ok";
  return say(r.figure.must_match ? "**OUTSIDE**" : "outside");
}

void table(std::ostream& out, const experiment::Validation& v, scenario::FigureRole role,
           const Words& say) {
  out << say("| kpi | subject | period | published | simulated mean | 95% CI | deviation | criterion | status | source |")
      << "\n|---|---|---|---:|---:|---|---:|---|---|---|\n";
  for (const auto& r : v.rows) {
    const auto& f = r.figure;
    if (f.role != role) continue;
    out << "| " << f.kpi << " | " << f.subject << " | " << f.period << " | "
        << say.number(format_number(f.value)) << " | " << say.number(shown(r.simulated.mean))
        << " | " << say.number(shown(r.simulated.ci_low)) << " .. "
        << say.number(shown(r.simulated.ci_high)) << " | "
        << say.number(fixed_decimals(100 * r.deviation, 1)) << "% | " << criterion(f, say.language)
        << (f.must_match ? say(" (must match)") : "") << " | " << status(r, say) << " | "
        << f.source << (f.statement.empty() ? "" : ": \"" + f.statement + "\"") << " |\n";
  }
}

// Fitted figures first: their match shows that the calibration worked, nothing more; the
// tested ones, on which nothing was tuned, are the evidence.
void tables(std::ostream& out, const experiment::Validation& v, const Words& say) {
  using R = scenario::FigureRole;
  if (v.fitted.total > 0) {
    out << say("## Fitted figures (role: fit)") << "\n\n"
        << say("A calibration may tune parameters on these; that they match shows the fit worked, not that the "
               "model is right.")
        << "\n\n";
    table(out, v, R::fit, say);
    out << "\n";
  }
  out << say("## Tested figures (role: test)") << "\n\n"
      << say("Nothing was tuned on these: they are the evidence.") << "\n\n";
  if (v.tested.total > 0) {
    table(out, v, R::test, say);
  } else {
    out << say("None: every figure of this file was available to the calibration.") << "\n";
  }
  if (v.inputs.total > 0) {
    out << "\n"
        << say("## Inputs (role: input)") << "\n\n"
        << say("The scenario takes these as given (written into it per year); that they match shows only that "
               "they were copied in.")
        << "\n\n";
    table(out, v, R::input, say);
  }
}

void assumptions(std::ostream& out, const scenario::Scenario& s, const Words& say) {
  out << "\n" << say("## Assumptions (parameters no source gives)") << "\n\n";
  if (s.assumptions.empty()) out << say("The scenario lists none.") << "\n";
  for (const auto& a : s.assumptions) out << "- `" << a.param << "`: " << a.note << "\n";
}

void calibration_line(std::ostream& out, const scenario::Scenario& s, const Words& say) {
  if (s.calibrated) {
    out << say(
        "Calibrated (`ketensim calibrate`, spec {}): {} free parameters fitted to {} figures with role fit of {}.",
        {s.calibrated->spec, std::to_string(s.calibrated->free_parameters),
         std::to_string(s.calibrated->fit_figures), s.calibrated->figures});
  } else {
    out << say("Not calibrated by `ketensim calibrate`: the scenario records no free parameters.");
  }
  out << "\n\n";
}

}  // namespace

std::string validation_markdown(const experiment::Validation& v, const scenario::Scenario& s,
                                const scenario::FigureSet& figures, int replications, double years,
                                Language language) {
  Words say{validation_phrases(), language};
  std::ostringstream out;
  out << say("# Validation of {} against {}", {s.name, figures.name}) << "\n\n";
  if (!figures.description.empty()) out << figures.description << ".\n\n";
  out << say("{} replications of {} years from {}, seed {}. A figure is within tolerance when |simulated mean - "
             "published| <= tolerance x published (a published 0: when the mean is within the tolerance of 0).",
             {std::to_string(replications), say.number(fixed_decimals(years, 2)),
              engine::format_date(s.run.start), std::to_string(s.run.seed)})
      << "\n\n";
  calibration_line(out, s, say);
  out << summary_line(v, language) << "\n\n";
  tables(out, v, say);
  out << "\n"
      << say("{} of {} figures within tolerance; {} must-match figure(s) outside.",
             {std::to_string(v.rows.size() - static_cast<std::size_t>(v.outside)),
              std::to_string(v.rows.size()), std::to_string(v.must_match_outside)})
      << "\n";
  assumptions(out, s, say);
  return out.str();
}

std::string criterion(const scenario::PublishedFigure& f, Language language) {
  using C = scenario::FigureCompare;
  Words say{validation_phrases(), language};
  std::string tolerance =
      f.tolerance > 0 ? " (+" + fixed_decimals(100 * f.tolerance, 0) + "%)" : "";
  if (f.compare == C::at_most)
    return say("at most {}", {say.number(format_number(f.value))}) + tolerance;
  if (f.compare == C::at_least)
    return say("at least {}", {say.number(format_number(f.value))}) + tolerance;
  return "+-" + fixed_decimals(100 * f.tolerance, 0) + "%";
}

std::string summary_line(const experiment::Validation& v, Language language) {
  Words say{validation_phrases(), language};
  std::string line = say("Fitted {} of {} within tolerance; tested {} of {}.",
                         {std::to_string(v.fitted.within), std::to_string(v.fitted.total),
                          std::to_string(v.tested.within), std::to_string(v.tested.total)});
  if (v.inputs.total > 0)
    line += say(" ({} inputs the scenario is given are not counted.)",
                {std::to_string(v.inputs.total)});
  return line;
}

void write_validation_csv(const std::filesystem::path& path, const experiment::Validation& v) {
  write_atomically(path, [&](std::ostream& out) {
    out << "kpi,subject,period,role,compare,published,mean,ci95_low,ci95_high,deviation,tolerance,must_match,within,source\n";
    for (const auto& r : v.rows) {
      const auto& f = r.figure;
      out << f.kpi << ',' << f.subject << ',' << f.period << ',' << scenario::role_name(f.role)
          << ',' << scenario::compare_name(f.compare) << ',' << format_number(f.value) << ','
          << format_number(r.simulated.mean) << ',' << format_number(r.simulated.ci_low) << ','
          << format_number(r.simulated.ci_high) << ',' << format_number(r.deviation) << ','
          << format_number(f.tolerance) << ',' << (f.must_match ? "yes" : "no") << ','
          << (r.within ? "yes" : "no") << ",\"" << f.source << "\"\n";
    }
  });
}

}  // namespace ketensim::output
