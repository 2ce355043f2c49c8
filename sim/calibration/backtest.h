// A back-test: a baseline calibrated on the figures up to a year, run forward, and each later
// figure set beside three forecasts of it - the model's, the naive one ("next year = the last
// year observed") and a linear trend through the last two observed years - with the mean
// absolute percentage error (MAPE) of each and the model's skill against the naive forecast,
// 1 - MAPE(model) / MAPE(naive): above 0 the model beats "next year = this year".
//
// Beside them the anchored forecast: the model's own change since the last year observed,
// applied to that year's figure (the intercept correction of econometric forecasting). It
// judges where the model says things go, apart from its level: a figure the model counts
// otherwise than the source (a definition it cannot share) has an error in level that no
// forecast horizon changes. It is reported with its own skill; the verdict stays the
// model's.
#pragma once

#include <optional>
#include <vector>

#include "sim/scenario/figures.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::calibration {

struct BacktestRow {
  scenario::PublishedFigure figure;
  stats::Summary forecast;
  std::optional<double> naive, trend;
  int last_observed = 0;  // the year the naive forecast repeats; 0: none
  // The latest data year of an earlier value left out because it rests on data after the
  // last year fitted (PublishedFigure::data_year); 0: none left out. Repeating such a value
  // would hand the naive forecast the answer.
  int later_data = 0;
  // naive x forecast / the model's value in last_observed; none where that is not above 0.
  std::optional<double> anchored;
  bool scored() const {
    return figure.role != scenario::FigureRole::input;
  }  // an input proves nothing
};

struct ForecastError {
  double mape = 0;  // over the rows compared, as a share (0.12 is 12%)
  int rows = 0;
};

struct Backtest {
  int last_fit_year = 0;
  std::vector<BacktestRow> rows;  // every figure after last_fit_year the run has
  // Over the scored rows (not role input) with a published value above 0 and a naive forecast:
  ForecastError model, naive, trend;  // trend: over the rows that have one as well
  ForecastError model_on_trend_rows;
  int beats_naive = 0;  // rows where the model's error is the smaller
  int compared = 0;
  int withheld = 0;  // scored rows without a naive forecast because of later_data
  double skill = 0;  // 1 - MAPE(model) / MAPE(naive)
  // Over the scored rows compared that have an anchored forecast (normally all of them):
  ForecastError anchored, naive_on_anchored_rows;
  int anchored_beats_naive = 0;
  double anchored_skill = 0;  // 1 - MAPE(anchored) / MAPE(naive), on those rows
  bool beats() const { return skill > 0; }
};

Backtest backtest(const scenario::FigureSet& figures, int last_fit_year,
                  const stats::KpiCatalog& catalog, const std::vector<stats::Summary>& summaries);

}  // namespace ketensim::calibration
