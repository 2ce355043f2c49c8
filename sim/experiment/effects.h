// The answer first: the few largest effects of an alternative, relative to the base, in the
// last simulated year and in the year each effect peaks; each better or worse by the KPI's
// declared direction (model::Better in kpi_table.h). A KPI without a direction (a flow or a
// stock that says how busy the chain is) and a difference that is not significant, smaller
// than the material share of the base, or smaller than its unit's resolution (half a day,
// half a percentage point, half a family: resolution_of) are not called out.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sim/experiment/comparison.h"
#include "sim/model/kpi_table.h"

namespace ketensim::experiment {

// The smallest effect called out, as a share of the base, unless asked otherwise
// (compare --material).
inline constexpr double kDefaultMaterial = 0.05;

struct Effect {
  std::string kpi;
  std::string subject;
  std::string unit;
  model::Better better = model::Better::neither;
  std::string last_year;  // the last calendar period ("2025")
  double base = 0;        // the means in the last year
  double alternative = 0;
  double relative = 0;    // (alternative - base) / |base| in the last year; 0 if not significant
  std::string peak_year;  // the year of the largest significant relative difference
  double peak_relative = 0;
  double peak_difference = 0;  // alternative - base in the peak year (a share: in shares, not %)
  bool improves() const;       // by the direction of the larger of the two
};

// At most `most` effects of alternative `alternative` (0 = the first after the base) whose
// relative difference reaches `material` in the last year or at their peak: those material in
// the last year first, largest first, then those material only at an earlier peak.
std::vector<Effect> largest_effects(const Comparison& c, std::size_t alternative, double material,
                                    std::size_t most = 5);

// What an improvement costs: the alternative's extra cost in the last year (cost_total, a
// significant difference) divided by the improvement of a counted outcome in the same year
// (children or families, such as fewer children waiting more than 91 days on 31-12).
struct CostPerOutcome {
  Effect effect;                  // an improving effect, material in the last year
  double cost_difference = 0;     // euros, alternative - base, in the last year
  double outcome_difference = 0;  // alternative - base, in the effect's unit
  double euros_per_unit() const { return cost_difference / std::abs(outcome_difference); }
};

// For each of `effects` that improves a count in the last year, when cost_total differs
// significantly in that year; empty when the scenarios have no costs.
std::vector<CostPerOutcome> cost_per_outcome(const Comparison& c, std::size_t alternative,
                                             const std::vector<Effect>& effects);

}  // namespace ketensim::experiment
