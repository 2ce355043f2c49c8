#include "tools/ketensim/headlines.h"

#include <algorithm>
#include <cmath>

#include "output/report/kpi_labels.h"
#include "sim/experiment/difference_precision.h"
#include "sim/stats/confidence.h"
#include "tools/ketensim/console_text.h"
#include "tools/ketensim/language_option.h"

namespace ketensim::tools {

const std::vector<std::string>& comparison_headlines() {
  static const std::vector<std::string> names = {"exits",       "in_system_end", "lead_time_mean",
                                                 "wait_mean",   "waited_share",  "waited_over_90d",
                                                 "utilisation", "norm_met_share"};
  return names;
}

const std::vector<std::string>& run_headlines() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all = {"arrivals"};
    all.insert(all.end(), comparison_headlines().begin(), comparison_headlines().end());
    return all;
  }();
  return names;
}

std::string headline_name(const stats::KpiKey& key) {
  return output::report::short_name_of(key.kpi, chosen_language()) + " " + key.subject;
}

std::vector<std::size_t> headline_indices(const stats::KpiCatalog& c,
                                          const std::vector<std::string>& kpis) {
  std::vector<std::size_t> out;
  for (const auto& kpi : kpis) {
    for (std::size_t k = 0; k < c.size(); ++k) {
      if (c.key(k).kpi == kpi && c.key(k).period == "all") out.push_back(k);
    }
  }
  return out;
}

namespace {

// Whether the run took no family through the exit of `key` in any replication; a run that
// lacks the key does not count against it.
bool exit_unused(const stats::KpiKey& key, const experiment::ExperimentResult& r) {
  for (std::size_t k = 0; k < r.catalog.size(); ++k) {
    const stats::KpiKey& other = r.catalog.key(k);
    if (other.kpi != key.kpi || other.subject != key.subject || other.period != key.period)
      continue;
    const auto& m = r.kpis.moments(k);
    return m.count() > 0 && m.mean() == 0 && m.variance() == 0;
  }
  return true;
}

}  // namespace

std::vector<std::size_t> without_unused_exits(
    const std::vector<std::size_t>& indices, const stats::KpiCatalog& c,
    const std::vector<const experiment::ExperimentResult*>& runs) {
  std::vector<std::size_t> out;
  for (std::size_t k : indices) {
    bool unused = c.key(k).kpi == "exits" &&
                  std::all_of(runs.begin(), runs.end(),
                              [&](const auto* r) { return exit_unused(c.key(k), *r); });
    if (!unused) out.push_back(k);
  }
  return out;
}

std::vector<std::size_t> precision_indices(const stats::KpiCatalog& c) {
  std::vector<std::size_t> out = headline_indices(c, comparison_headlines());
  std::string last;
  for (const auto& p : c.periods())
    if (p != "all") last = p;  // the years in order, and "all"
  if (last.empty()) return out;
  for (const auto& kpi : comparison_headlines()) {
    for (std::size_t k = 0; k < c.size(); ++k) {
      if (c.key(k).kpi == kpi && c.key(k).period == last) out.push_back(k);
    }
  }
  return out;
}

namespace {

// The advice for one KPI not yet within its target, or "" when it is: relative to its mean,
// or within the unit's resolution where that is wider (a mean near 0), as the stopping rules
// of run and compare judge it (sim/experiment/mean_precision.h).
std::string advice_text(const stats::KpiKey& key, const stats::ReplicationAdvice& a,
                        const stats::Interval& i, double relative) {
  double target = experiment::precision_target(relative, std::fabs(i.mean), 1, key.unit);
  if (a.met() || i.half_width <= target) return "";
  int projected =
      static_cast<int>(std::ceil(a.n * (i.half_width / target) * (i.half_width / target)));
  return "+-" + percent_text(a.relative_half_width) + " after " + std::to_string(a.n) +
         " replications: about " + std::to_string(std::max(projected, a.n + 1)) + " needed";
}

}  // namespace

void print_precision(std::ostream& out, const stats::KpiCatalog& c,
                     const stats::CatalogAccumulator& kpis,
                     const std::vector<std::size_t>& indices) {
  const auto& goal = kpis.goal();
  out << said(
             "Precision (95% half-width within " + percent_text(goal.relative) +
             " of the mean, or half a day, half a percentage point or half a family where that is wider; "
             "Hoad-Robinson-Davies):")
      << '\n';
  int met = 0, latest = 0;
  for (std::size_t k : indices) {
    stats::ReplicationAdvice a = kpis.advice(k);
    if (a.n == 0) continue;
    std::string advice =
        advice_text(c.key(k), a, stats::interval_95(kpis.moments(k)), goal.relative);
    if (advice.empty()) {
      ++met;
      latest = std::max(latest, a.converged_at);
      continue;
    }
    out << "  " << padded(headline_name(c.key(k)), kNameWidth) << said(advice) << '\n';
  }
  if (met > 0) {
    std::string from = latest > 0 ? " from replication " + std::to_string(latest) + " on" : "";
    out << "  " << said(std::to_string(met) + " headline figures within the target" + from) << '\n';
  }
}

}  // namespace ketensim::tools
