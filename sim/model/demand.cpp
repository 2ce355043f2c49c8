#include "sim/model/demand.h"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "sim/scenario/param_table.h"

namespace ketensim::model {

namespace {

std::string rate(double families_per_year) {
  return scenario::format_number(std::round(families_per_year * 10) / 10);
}

std::string percent(double trend) {
  std::ostringstream o;
  o << std::showpos << std::fixed << std::setprecision(1) << 100 * trend << "%";
  return o.str();
}

// What follows a base rate in `from_year`: flat, or the trend (to trend_until, then flat).
std::string after(const CompiledArrival& a, int from_year, int last_year) {
  if (a.trend == 0 || a.trend_until <= from_year) return "flat";
  std::string text = "changing " + percent(a.trend) + " a year";
  if (a.trend_until < last_year) {
    text += " to " + std::to_string(a.trend_until) + ", then flat";
  } else {
    text += " to the end of the run";
  }
  return text;
}

// Dated changes of the stream's rate or trend: "; from 2020-01-01 237.9 a year", or
// "; from 2022-01-01 on, instead, changing -3.2% a year" (to the stream's trend_until where
// that comes later, as ChainModel::set_arrival_trend runs it).
std::string policies_on(const ChainTables& t, int stream, int last_year) {
  using Target = CompiledChange::Target;
  engine::Calendar calendar(t.start);
  int until = t.arrivals[stream].trend_until;
  std::string text;
  for (const CompiledPolicy& p : t.policies) {
    for (const CompiledChange& c : p.changes) {
      if (c.index != stream ||
          (c.target != Target::arrival_rate && c.target != Target::arrival_trend))
        continue;
      engine::Date from = calendar.date_at(p.from);
      text += "; from " + engine::format_date(from) + " ";
      if (c.target == Target::arrival_rate) {
        text += rate(c.value) + " a year";
      } else {
        text += "on, instead, changing " + percent(c.value) + " a year";
        if (until >= from.year && until < last_year)
          text += " to " + std::to_string(until) + ", then flat";
      }
      if (p.over_days > 0)
        text += " (phased in over " + scenario::format_number(p.over_days) + " days)";
    }
  }
  return text;
}

}  // namespace

std::vector<StreamDemand> describe_demand(const ChainTables& t) {
  int last_year = engine::Calendar(t.start).year_at(std::nextafter(t.horizon_days, 0.0));
  std::vector<StreamDemand> out;
  for (const CompiledArrival& a : t.arrivals) {
    std::string text;
    if (a.rate_by_year.empty() || a.rate_by_year.front().first > t.start.year) {
      text = rate(a.families_per_year) + " a year in " + std::to_string(t.start.year) + ", " +
             after(a, t.start.year, last_year);
    }
    if (!a.rate_by_year.empty()) {
      if (!text.empty()) text += "; then ";
      for (std::size_t i = 0; i < a.rate_by_year.size(); ++i) {
        text += (i ? ", " : "") + std::to_string(a.rate_by_year[i].first) + ": " +
                rate(a.rate_by_year[i].second);
      }
      int listed = a.rate_by_year.back().first;
      text += " a year (listed)";
      if (listed < last_year)
        text += "; from " + std::to_string(listed + 1) + " " + after(a, listed, last_year);
    }
    text += policies_on(t, static_cast<int>(&a - t.arrivals.data()), last_year);
    out.push_back({a.name, text});
  }
  return out;
}

}  // namespace ketensim::model
