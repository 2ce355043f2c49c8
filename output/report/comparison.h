// The comparison section of a report: for each KPI, the base scenario, the alternative and
// their paired difference (alternative - base, replication by replication; both scenarios
// draw the same random numbers per family, so the difference's interval is much narrower
// than the two intervals side by side). `ketensim compare` computes the differences; this
// only presents them, as a chart per KPI and one plain-language line per KPI and subject.
#pragma once

#include <string>
#include <vector>

#include "sim/scenario/translation.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::output::report {

struct KpiDifference {
  stats::KpiKey key;
  stats::Summary base;         // the KPI over the base scenario's replications
  stats::Summary alternative;  // the same KPI in the alternative
  stats::Summary difference;   // alternative - base, per replication pair
};

// The answer first, as `ketensim compare` prints it (tools/ketensim/effect_text.h): the largest
// effects, each better or worse by its KPI's direction, and what an improvement costs.
struct Headline {
  std::string text;
  bool better = false;
};
struct AnswerFirst {
  std::string intro;
  std::vector<Headline> effects;
  std::string none;  // said when there are no effects
  std::vector<std::string> costs;
};

struct Comparison {
  std::string base;  // scenario names, as the reader knows them
  std::string alternative;
  std::vector<KpiDifference> kpis;
  AnswerFirst answer = {};
};

// One sentence a policy maker reads, e.g. "lower-norm cuts the mean wait for jbw
// jeugdbeschermers from 9.1 to 3.2 days (difference -5.9 days, 95% CI -6.5 to -5.3)."
// When the interval holds 0 it says there is no clear difference. Shares are written as
// percentages and their differences in percentage points. In Dutch the sentence, the
// units and the decimal sign are Dutch (report_text_nl.cpp, kpi_labels_nl.cpp).
std::string plain_language(const Comparison& c, const KpiDifference& d,
                           const stats::KpiDefinition& def,
                           scenario::Language language = scenario::Language::en);

}  // namespace ketensim::output::report
