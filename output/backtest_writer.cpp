#include "output/backtest_writer.h"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "output/atomic_file.h"
#include "output/number_format.h"
#include "output/validation_writer.h"

namespace ketensim::output {

namespace {

std::string percent(double share) {
  std::ostringstream o;
  o << std::fixed << std::setprecision(1) << 100 * share << "%";
  return o.str();
}

std::string readable(double x) {
  if (std::isnan(x)) return "n/a";
  std::ostringstream o;
  o << std::fixed << std::setprecision(std::fabs(x) < 10 ? 3 : std::fabs(x) < 1000 ? 1 : 0) << x;
  return o.str();
}

std::string error_of(std::optional<double> forecast, double value) {
  if (!forecast || !(value > 0)) return "";
  return percent(std::fabs(*forecast - value) / value);
}

// A bound ("no waiting list": at most 10 waiting) is met or not; a percentage error from its
// bound would read a model of 0 waiting as 100% wrong.
std::string published_cell(const scenario::PublishedFigure& f) {
  return f.compare == scenario::FigureCompare::within ? format_number(f.value) : criterion(f);
}

std::string model_error(const calibration::BacktestRow& r) {
  if (r.figure.compare == scenario::FigureCompare::within) return error_of(r.forecast.mean, r.figure.value);
  return experiment::meets(r.figure, r.forecast.mean) ? "met" : "not met";
}

void table(std::ostream& out, const calibration::Backtest& b) {
  out << "| kpi | subject | period | published | model (95% CI) | naive | trend | error model | error naive | error trend |\n"
      << "|---|---|---|---:|---|---:|---:|---:|---:|---:|\n";
  for (const auto& r : b.rows) {
    const auto& f = r.figure;
    out << "| " << f.kpi << (r.scored() ? "" : " (input)") << " | " << f.subject << " | " << f.period << " | "
        << published_cell(f) << " | "
        << readable(r.forecast.mean) << " (" << readable(r.forecast.ci_low) << " .. " << readable(r.forecast.ci_high)
        << ") | " << (r.naive ? readable(*r.naive) + " (" + std::to_string(r.last_observed) + ")" : "") << " | "
        << (r.trend ? readable(*r.trend) : "") << " | " << model_error(r) << " | "
        << error_of(r.naive, f.value) << " | " << error_of(r.trend, f.value) << " |\n";
  }
}

}  // namespace

std::string backtest_verdict(const calibration::Backtest& b) {
  std::ostringstream o;
  if (b.compared == 0) return "No figure after " + std::to_string(b.last_fit_year) + " has a naive forecast to compare with.";
  o << "Over " << b.compared << " figures after " << b.last_fit_year << ": model MAPE " << percent(b.model.mape)
    << ", naive (last observed year) " << percent(b.naive.mape);
  if (b.trend.rows > 0) {
    o << "; on the " << b.trend.rows << " with a trend: model " << percent(b.model_on_trend_rows.mape) << ", trend "
      << percent(b.trend.mape);
  }
  o << ". The model beats the naive forecast on " << b.beats_naive << " of " << b.compared << " figures; skill "
    << std::fixed << std::setprecision(2) << (std::abs(b.skill) < 0.005 ? 0.0 : b.skill)  // no "-0.00"
    << " (1 - MAPE model / MAPE naive).";
  if (!b.beats()) o << " **The baseline does not beat the naive forecast \"next year = this year\".**";
  return o.str();
}

std::string backtest_markdown(const calibration::Backtest& b, const calibration::Calibration& c,
                              const std::string& scenario_name, int replications) {
  std::ostringstream out;
  out << "# Back-test of " << scenario_name << ": calibrated up to " << b.last_fit_year << ", forecast after\n\n"
      << "Calibrated on the " << c.figures.size() << " figures with role fit up to " << b.last_fit_year << " ("
      << c.unknowns.size() << " free parameters; " << c.optimiser.stopped_because << " after "
      << c.optimiser.evaluations << " evaluations), then run forward with "
      << replications << " replications. A value per year keeps its " << b.last_fit_year
      << " value after it: the demand of a later year is forecast flat, as the last year fitted.\n\n"
      << backtest_verdict(b) << "\n\n";
  table(out, b);
  out << "\nnaive: the figure of the last year observed up to " << b.last_fit_year
      << " (in brackets); trend: the straight line through the last two observed years, at least 0. "
      << "(input): a figure the scenario is given (role input), listed but not scored. A bound (\"at most\", "
      << "\"at least\", a statement in words) is met or not; it is not in the MAPE.\n";
  return out.str();
}

void write_backtest_csv(const std::filesystem::path& path, const calibration::Backtest& b) {
  write_atomically(path, [&](std::ostream& out) {
    out << "kpi,subject,period,published,forecast,ci95_low,ci95_high,naive,naive_year,trend\n";
    for (const auto& r : b.rows) {
      const auto& f = r.figure;
      out << f.kpi << ',' << f.subject << ',' << f.period << ',' << format_number(f.value) << ','
          << format_number(r.forecast.mean) << ',' << format_number(r.forecast.ci_low) << ','
          << format_number(r.forecast.ci_high) << ',' << (r.naive ? format_number(*r.naive) : "") << ','
          << (r.naive ? std::to_string(r.last_observed) : "") << ',' << (r.trend ? format_number(*r.trend) : "") << '\n';
    }
  });
}

}  // namespace ketensim::output
