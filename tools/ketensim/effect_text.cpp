#include "tools/ketensim/effect_text.h"

#include <cmath>

#include "output/report/kpi_labels.h"
#include "sim/experiment/effects.h"
#include "tools/ketensim/console_text.h"
#include "tools/ketensim/headlines.h"
#include "tools/ketensim/language_option.h"

namespace ketensim::tools {
namespace {

// A change as the summary says it: a share in percentage points ("3.1 percentage points
// lower"), any other KPI relative to the base ("42.1% lower").
std::string effect_change(const experiment::Effect& e, double relative, double difference) {
  std::string direction = relative < 0 ? " lower" : " higher";
  if (e.unit == "share")
    return short_number(100 * std::abs(difference)) + " " + unit_text("percentage points") +
           direction;
  return percent_text(std::abs(relative)) + direction;
}

// "wait_mean jbw: better, 42.1% lower in 2025 (9.12 days -> 5.28 days); at its peak 55.0% lower, in
// 2023"
std::string effect_text(const experiment::Effect& e) {
  std::string name = name_of({e.kpi, e.subject, e.last_year, e.unit});
  std::string text = name + ": " + (e.improves() ? "better" : "worse") + ", ";
  text += e.relative != 0
              ? effect_change(e, e.relative, e.alternative - e.base) + " in " + e.last_year + " (" +
                    value_text(e.base, e.unit) + " -> " + value_text(e.alternative, e.unit) + ")"
              : "no material difference in " + e.last_year;
  if (e.peak_year != e.last_year && std::abs(e.peak_relative) > std::abs(e.relative))
    text += "; at its peak " + effect_change(e, e.peak_relative, e.peak_difference) + ", in " +
            e.peak_year;
  return said(text);
}

// "in 2028 it costs 5.45 mln euro more for 120 fewer children (waiting_over_end ...): 45400 euro
// each"
std::string cost_line(const experiment::CostPerOutcome& p) {
  const experiment::Effect& e = p.effect;
  std::string name = name_of({e.kpi, e.subject, e.last_year, e.unit});
  std::string count = short_number(std::abs(p.outcome_difference)) +
                      (p.outcome_difference < 0 ? " fewer " : " more ") + unit_text(e.unit);
  std::string line = p.cost_difference > 0
                         ? "in " + e.last_year + " it costs " +
                               value_text(p.cost_difference, "euro") + " more for " + count + " (" +
                               name + "): " + value_text(p.euros_per_unit(), "euro") + " each"
                         : "in " + e.last_year + " it saves " +
                               value_text(-p.cost_difference, "euro") + " as well as " + count +
                               " (" + name + ")";
  return said(line);
}

}  // namespace

std::string name_of(const stats::KpiKey& k) {
  return k.subject == "all" ? output::report::short_name_of(k.kpi, chosen_language())
                            : headline_name(k);
}

AnswerFirst answer_first(const experiment::Comparison& c, std::size_t a, double material) {
  AnswerFirst out;
  out.intro = said(c.scenarios[a + 1].name + " against " + c.scenarios[0].name +
                   ", the largest effects of at least " + percent_text(material) +
                   " of the base (significant, by year):");
  out.none = said("none: no figure with a better direction changes that much");
  auto effects = experiment::largest_effects(c, a, material);
  for (const auto& e : effects) out.effects.push_back({effect_text(e), e.improves()});
  for (const auto& p : experiment::cost_per_outcome(c, a, effects))
    out.costs.push_back(cost_line(p));
  return out;
}

}  // namespace ketensim::tools
