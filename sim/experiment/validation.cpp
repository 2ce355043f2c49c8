#include "sim/experiment/validation.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace ketensim::experiment {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;

std::map<Key, std::size_t> index_catalog(const stats::KpiCatalog& catalog) {
  std::map<Key, std::size_t> index;
  for (std::size_t k = 0; k < catalog.size(); ++k) {
    const auto& key = catalog.key(k);
    index[{key.kpi, key.subject, key.period}] = k;
  }
  return index;
}

scenario::Diagnostic unknown_kpi(const scenario::PublishedFigure& f) {
  return {f.location,
          "items",
          "the run has no KPI '" + f.kpi + "' for subject '" + f.subject + "' in period '" +
              f.period + "'",
          "a kpi, subject and period from the run's summary.csv",
          f.kpi + " / " + f.subject + " / " + f.period,
          ""};
}

}  // namespace

double validation_horizon(const scenario::FigureSet& figures, const model::ChainTables& t) {
  int last = 0;
  for (const auto& f : figures.items) {
    bool year = f.period.size() == 4 && std::all_of(f.period.begin(), f.period.end(),
                                                    [](char c) { return c >= '0' && c <= '9'; });
    if (!year) return t.horizon_days;  // "all", or a period check_figures will name
    last = std::max(last, std::stoi(f.period));
  }
  if (last == 0) return t.horizon_days;
  double end = engine::Calendar(t.start).year_start(last + 1);
  return std::min(t.horizon_days, std::max(end, 0.0));
}

void check_figures(const scenario::FigureSet& figures, const stats::KpiCatalog& catalog) {
  auto index = index_catalog(catalog);
  std::vector<scenario::Diagnostic> problems;
  for (const auto& f : figures.items) {
    if (!index.count({f.kpi, f.subject, f.period})) problems.push_back(unknown_kpi(f));
  }
  if (!problems.empty()) throw scenario::ScenarioError(std::move(problems));
}

bool meets(const scenario::PublishedFigure& f, double mean) {
  using C = scenario::FigureCompare;
  if (std::isnan(mean)) return false;
  if (f.compare == C::at_most) return mean <= f.value * (1 + f.tolerance) + 1e-12;
  if (f.compare == C::at_least) return mean >= f.value * (1 - f.tolerance) - 1e-12;
  double deviation = f.value != 0 ? (mean - f.value) / f.value : mean;
  return std::fabs(deviation) <= f.tolerance + 1e-12;
}

Validation validate(const scenario::FigureSet& figures, const stats::KpiCatalog& catalog,
                    const std::vector<stats::Summary>& summaries) {
  check_figures(figures, catalog);
  auto index = index_catalog(catalog);
  Validation v;
  for (const auto& f : figures.items) {
    auto it = index.find({f.kpi, f.subject, f.period});
    ValidationRow row{f, summaries[it->second], 0, false};
    row.deviation = f.value != 0 ? (row.simulated.mean - f.value) / f.value : row.simulated.mean;
    row.within = meets(f, row.simulated.mean);
    v.outside += !row.within;
    v.must_match_outside += !row.within && f.must_match;
    RoleCount& count = f.role == scenario::FigureRole::fit     ? v.fitted
                       : f.role == scenario::FigureRole::input ? v.inputs
                                                               : v.tested;
    ++count.total;
    count.within += row.within;
    v.rows.push_back(row);
  }
  return v;
}

}  // namespace ketensim::experiment
