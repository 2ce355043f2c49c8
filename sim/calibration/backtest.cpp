#include "sim/calibration/backtest.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace ketensim::calibration {

namespace {

using scenario::period_year;

struct Observed {
  double value = 0;
  int known = 0;  // the year after which it could be known (scenario::year_known)
};
using Series = std::map<int, Observed>;  // year -> published value, for one kpi and subject
// (kpi, subject, period) -> the catalog index of the model's value.
using Cells = std::map<std::tuple<std::string, std::string, std::string>, std::size_t>;

std::map<std::pair<std::string, std::string>, Series> series_of(
    const scenario::FigureSet& figures) {
  std::map<std::pair<std::string, std::string>, Series> out;
  for (const auto& f : figures.items) {
    if (auto y = period_year(f.period); y && f.compare == scenario::FigureCompare::within)
      out[{f.kpi, f.subject}][*y] = {f.value, *scenario::year_known(f)};
  }
  return out;
}

// The naive and trend forecasts of `year` from the values of `s` known by the end of `last`.
void forecasts(const Series& s, int last, int year, BacktestRow& row) {
  std::vector<std::pair<int, double>> seen;
  for (auto it = s.begin(); it != s.end() && it->first <= last; ++it) {
    if (it->second.known <= last)
      seen.emplace_back(it->first, it->second.value);
    else
      row.later_data = std::max(row.later_data, it->second.known);
  }
  if (seen.empty()) return;
  auto [latest_year, latest] = seen.back();
  row.naive = latest;
  row.last_observed = latest_year;
  if (seen.size() < 2) return;
  auto [before_year, before] = seen[seen.size() - 2];
  double slope = (latest - before) / (latest_year - before_year);
  row.trend = std::max(0.0, latest + slope * (year - latest_year));
}

double ape(double forecast, double value) {
  return std::fabs(forecast - value) / value;
}

void score(Backtest& b) {
  double model = 0, naive = 0, trend = 0, model_t = 0, anchored = 0, naive_a = 0;
  for (const auto& r : b.rows) {
    double v = r.figure.value;
    if (r.scored() && !r.naive && r.later_data) ++b.withheld;
    if (!r.scored() || !(v > 0) || !r.naive || std::isnan(r.forecast.mean)) continue;
    double e_model = ape(r.forecast.mean, v), e_naive = ape(*r.naive, v);
    model += e_model;
    naive += e_naive;
    ++b.compared;
    b.beats_naive += e_model < e_naive;
    if (r.trend) {
      trend += ape(*r.trend, v);
      model_t += e_model;
      ++b.trend.rows;
    }
    if (r.anchored) {
      double e_anchored = ape(*r.anchored, v);
      anchored += e_anchored;
      naive_a += e_naive;
      ++b.anchored.rows;
      b.anchored_beats_naive += e_anchored < e_naive;
    }
  }
  b.model = {b.compared ? model / b.compared : 0, b.compared};
  b.naive = {b.compared ? naive / b.compared : 0, b.compared};
  b.trend.mape = b.trend.rows ? trend / b.trend.rows : 0;
  b.model_on_trend_rows = {b.trend.rows ? model_t / b.trend.rows : 0, b.trend.rows};
  b.skill = b.naive.mape > 0 ? 1 - b.model.mape / b.naive.mape : 0;
  int n = b.anchored.rows;
  b.anchored.mape = n ? anchored / n : 0;
  b.naive_on_anchored_rows = {n ? naive_a / n : 0, n};
  b.anchored_skill = naive_a > 0 ? 1 - anchored / naive_a : 0;
}

// The anchored forecast of `row` (backtest.h), from the model's value in its last observed year.
void anchor(BacktestRow& row, const Cells& cells, const std::vector<stats::Summary>& summaries) {
  if (!row.naive || std::isnan(row.forecast.mean)) return;
  auto then = cells.find({row.figure.kpi, row.figure.subject, std::to_string(row.last_observed)});
  if (then == cells.end()) return;
  double model_then = summaries[then->second].mean;
  if (model_then > 0) row.anchored = *row.naive * row.forecast.mean / model_then;
}

}  // namespace

Backtest backtest(const scenario::FigureSet& figures, int last_fit_year,
                  const stats::KpiCatalog& catalog, const std::vector<stats::Summary>& summaries) {
  Backtest b;
  b.last_fit_year = last_fit_year;
  auto series = series_of(figures);
  Cells cells;
  for (std::size_t k = 0; k < catalog.size(); ++k) {
    const auto& key = catalog.key(k);
    cells[{key.kpi, key.subject, key.period}] = k;
  }
  for (const auto& f : figures.items) {
    auto year = period_year(f.period);
    auto cell = cells.find({f.kpi, f.subject, f.period});
    if (!year || *year <= last_fit_year || cell == cells.end()) continue;
    BacktestRow row{f, summaries[cell->second], std::nullopt, std::nullopt, 0, 0, std::nullopt};
    if (f.compare == scenario::FigureCompare::within)
      forecasts(series[{f.kpi, f.subject}], last_fit_year, *year, row);
    anchor(row, cells, summaries);
    b.rows.push_back(row);
  }
  score(b);
  return b;
}

}  // namespace ketensim::calibration
