#include "output/backtest_writer.h"

#include <cmath>
#include <sstream>

#include "output/atomic_file.h"
#include "output/calibration_writer.h"
#include "output/number_format.h"
#include "output/validation_writer.h"
#include "output/words.h"

namespace ketensim::output {

namespace {

std::string percent(double share, const Words& say) {
  return say.number(fixed_decimals(100 * share, 1)) + "%";
}

std::string readable(double x, const Words& say) {
  if (std::isnan(x)) return say("n/a");
  return say.number(fixed_decimals(x, std::fabs(x) < 10 ? 3 : std::fabs(x) < 1000 ? 1 : 0));
}

std::string error_of(std::optional<double> forecast, double value, const Words& say) {
  if (!forecast || !(value > 0)) return "";
  return percent(std::fabs(*forecast - value) / value, say);
}

// A bound ("no waiting list": at most 10 waiting) is met or not; a percentage error from its
// bound would read a model of 0 waiting as 100% wrong.
std::string published_cell(const scenario::PublishedFigure& f, const Words& say) {
  return f.compare == scenario::FigureCompare::within ? say.number(format_number(f.value))
                                                      : criterion(f, say.language);
}

std::string model_error(const calibration::BacktestRow& r, const Words& say) {
  if (r.figure.compare == scenario::FigureCompare::within)
    return error_of(r.forecast.mean, r.figure.value, say);
  return say(experiment::meets(r.figure, r.forecast.mean) ? "met" : "not met");
}

// The naive forecast with the year it repeats, or why there is none to show.
std::string naive_cell(const calibration::BacktestRow& r, const Words& say) {
  if (r.naive) return readable(*r.naive, say) + " (" + std::to_string(r.last_observed) + ")";
  if (r.later_data) return say("withheld: rests on {} data", {std::to_string(r.later_data)});
  return "";
}

void table(std::ostream& out, const calibration::Backtest& b, const Words& say) {
  out << say("| kpi | subject | period | published | model (95% CI) | naive | trend | error model | error naive | "
             "error trend | anchored | error anchored |")
      << "\n|---|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n";
  for (const auto& r : b.rows) {
    const auto& f = r.figure;
    out << "| " << f.kpi << (r.scored() ? "" : say(" (input)")) << " | " << f.subject << " | "
        << f.period << " | " << published_cell(f, say) << " | " << readable(r.forecast.mean, say)
        << " (" << readable(r.forecast.ci_low, say) << " .. " << readable(r.forecast.ci_high, say)
        << ") | " << naive_cell(r, say) << " | " << (r.trend ? readable(*r.trend, say) : "")
        << " | " << model_error(r, say) << " | " << error_of(r.naive, f.value, say) << " | "
        << error_of(r.trend, f.value, say) << " | "
        << (r.anchored ? readable(*r.anchored, say) : "") << " | "
        << error_of(r.anchored, f.value, say) << " |\n";
  }
}

}  // namespace

std::string backtest_verdict(const calibration::Backtest& b, scenario::Language language) {
  Words say{calibration_phrases(), language};
  auto count = [](auto n) { return std::to_string(n); };
  std::string last = count(b.last_fit_year);
  std::string withheld =
      b.withheld == 0
          ? ""
          : say(" {} more have none: the values before them rest on data after {} (their data_year), "
                "and repeating those would hand the naive forecast the answer.",
                {count(b.withheld), last});
  if (b.compared == 0)
    return say("No figure after {} has a naive forecast to compare with.", {last}) + withheld;
  std::string o =
      say("Over {} figures after {}: model MAPE {}, naive (last observed year) {}",
          {count(b.compared), last, percent(b.model.mape, say), percent(b.naive.mape, say)});
  if (b.trend.rows > 0) {
    o += say("; on the {} with a trend: model {}, trend {}",
             {count(b.trend.rows), percent(b.model_on_trend_rows.mape, say),
              percent(b.trend.mape, say)});
  }
  o += say(
      ". The model beats the naive forecast on {} of {} figures; skill {} (1 - MAPE model / MAPE naive).",
      {count(b.beats_naive), count(b.compared), say.number(fixed_decimals(b.skill, 2))});
  if (!b.beats())
    o += say(" **The baseline does not beat the naive forecast \"next year = this year\".**");
  if (b.anchored.rows > 0) {
    o += say(
        " Anchored (the model's change since the last year observed, applied to that year's figure), on {} figures: "
        "MAPE {} against naive {}; it beats the naive forecast on {} of them; skill {}.",
        {count(b.anchored.rows), percent(b.anchored.mape, say),
         percent(b.naive_on_anchored_rows.mape, say), count(b.anchored_beats_naive),
         say.number(fixed_decimals(b.anchored_skill, 2))});
  }
  return o + withheld;
}

std::string backtest_markdown(const calibration::Backtest& b, const calibration::Calibration& c,
                              const std::string& scenario_name, int replications,
                              scenario::Language language) {
  Words say{calibration_phrases(), language};
  std::string last = std::to_string(b.last_fit_year);
  std::ostringstream out;
  out << say("# Back-test of {}: calibrated up to {}, forecast after", {scenario_name, last})
      << "\n\n"
      << say("Calibrated on the {} figures with role fit up to {} ({} free parameters; {} after {} evaluations), then "
             "run forward with {} replications. A value per year keeps its {} value after it: the demand of a later "
             "year is forecast flat, as the last year fitted.",
             {std::to_string(c.figures.size()), last, std::to_string(c.unknowns.size()),
              say.matched(c.optimiser.stopped_because), std::to_string(c.optimiser.evaluations),
              std::to_string(replications), last})
      << "\n\n"
      << backtest_verdict(b, language) << "\n\n";
  table(out, b, say);
  out << "\n"
      << say("naive: the figure of the last year observed up to {} (in brackets); trend: the straight line through "
             "the last two observed years, at least 0; anchored: the naive figure times the model's forecast over the "
             "model's own value in that year, so the model's change and not its level. (input): a figure the scenario "
             "is given (role input), listed but not scored. A bound (\"at most\", \"at least\", a statement in words) "
             "is met or not; it is not in the MAPE.",
             {last})
      << "\n";
  return out.str();
}

void write_backtest_csv(const std::filesystem::path& path, const calibration::Backtest& b) {
  write_atomically(path, [&](std::ostream& out) {
    out << "kpi,subject,period,published,forecast,ci95_low,ci95_high,naive,naive_year,trend,anchored,"
           "naive_withheld_data_year\n";
    for (const auto& r : b.rows) {
      const auto& f = r.figure;
      out << f.kpi << ',' << f.subject << ',' << f.period << ',' << format_number(f.value) << ','
          << format_number(r.forecast.mean) << ',' << format_number(r.forecast.ci_low) << ','
          << format_number(r.forecast.ci_high) << ',' << (r.naive ? format_number(*r.naive) : "")
          << ',' << (r.naive ? std::to_string(r.last_observed) : "") << ','
          << (r.trend ? format_number(*r.trend) : "") << ','
          << (r.anchored ? format_number(*r.anchored) : "") << ','
          << (r.later_data && !r.naive ? std::to_string(r.later_data) : "") << '\n';
    }
  });
}

}  // namespace ketensim::output
