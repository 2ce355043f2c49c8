#include "sim/experiment/effects.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "sim/experiment/difference_precision.h"

namespace ketensim::experiment {
namespace {

double size_of(const Effect& e) {
  return std::max(std::abs(e.relative), std::abs(e.peak_relative));
}

// The significant relative difference of one row for the alternative; 0 where there is none,
// or where the difference is below its unit's resolution (half a day, half a percentage point,
// half a family): 0.01 -> 0.02 days is +100% but nothing anyone would report.
double relative_difference(const ComparedKpi& row, std::size_t alternative) {
  const auto& base = row.scenarios[0];
  const auto& d = row.differences[alternative];
  if (!base || !d || !d->significant || !std::isfinite(base->mean) || base->mean == 0) return 0;
  if (std::abs(d->difference.mean) < resolution_of(row.key.unit)) return 0;
  double r = d->difference.mean / std::abs(base->mean);
  return std::isfinite(r) ? r : 0;
}

std::string last_calendar_period(const Comparison& c) {
  std::string last;
  for (const auto& row : c.kpis) {
    if (row.key.period != "all") last = std::max(last, row.key.period);
  }
  return last;
}

}  // namespace

bool Effect::improves() const {
  double r = std::abs(relative) >= std::abs(peak_relative) ? relative : peak_relative;
  return better == model::Better::lower ? r < 0 : better == model::Better::higher && r > 0;
}

std::vector<Effect> largest_effects(const Comparison& c, std::size_t alternative, double material,
                                    std::size_t most) {
  std::string last = last_calendar_period(c);
  std::map<std::pair<std::string, std::string>, Effect> by_subject;  // ordered: deterministic
  for (const auto& row : c.kpis) {
    model::Better better = model::better_direction(row.key.kpi);
    if (better == model::Better::neither || row.key.period == "all") continue;
    if (alternative >= row.differences.size()) continue;
    Effect& e = by_subject[{row.key.kpi, row.key.subject}];
    e.kpi = row.key.kpi;
    e.subject = row.key.subject;
    e.unit = row.key.unit;
    e.better = better;
    e.last_year = last;
    double r = relative_difference(row, alternative);
    if (row.key.period == last && row.scenarios[0] && row.scenarios[alternative + 1]) {
      e.base = row.scenarios[0]->mean;
      e.alternative = row.scenarios[alternative + 1]->mean;
      e.relative = r;
    }
    if (std::abs(r) > std::abs(e.peak_relative)) {
      e.peak_relative = r;
      e.peak_year = row.key.period;
      e.peak_difference = row.differences[alternative]->difference.mean;
    }
  }
  std::vector<Effect> out;
  for (auto& [name, e] : by_subject) {
    if (size_of(e) >= material && size_of(e) > 0) out.push_back(std::move(e));
  }
  // The last year's effects first (where the chain ends up), then those that only peak earlier.
  auto rank = [material](const Effect& e) {
    bool lasting = std::abs(e.relative) >= material && e.relative != 0;
    return std::pair(!lasting, -(lasting ? std::abs(e.relative) : size_of(e)));
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const Effect& a, const Effect& b) { return rank(a) < rank(b); });
  if (out.size() > most) out.resize(most);
  return out;
}

std::vector<CostPerOutcome> cost_per_outcome(const Comparison& c, std::size_t alternative,
                                             const std::vector<Effect>& effects) {
  std::vector<CostPerOutcome> out;
  std::string last = last_calendar_period(c);
  const KpiDifference* cost = nullptr;
  for (const auto& row : c.kpis) {
    if (row.key.kpi == "cost_total" && row.key.period == last &&
        alternative < row.differences.size() && row.differences[alternative] &&
        row.differences[alternative]->significant) {
      cost = &*row.differences[alternative];
    }
  }
  if (!cost) return out;
  for (const Effect& e : effects) {
    bool counted = e.unit == "children" || e.unit == "families";
    double outcome = e.alternative - e.base;
    if (!counted || e.relative == 0 || outcome == 0 || !e.improves()) continue;
    out.push_back({e, cost->difference.mean, outcome});
  }
  return out;
}

}  // namespace ketensim::experiment
