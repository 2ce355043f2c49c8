// The answer first, in words: the largest effects of an alternative against the base
// (sim/experiment/effects.h), each "better" or "worse" by its KPI's declared direction, and
// what an improvement costs, in the chosen language. The console of `ketensim compare` prints
// them and the report opens with them, so both say the same.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "sim/experiment/comparison.h"
#include "sim/stats/kpi_catalog.h"

namespace ketensim::tools {

// A KPI as the command line names it: "wait_mean jbw_jeugdbeschermers", or its short name
// for the whole chain.
std::string name_of(const stats::KpiKey& k);

struct EffectLine {
  std::string text;  // "wait_mean jbw: better, 42.1% lower in 2025 (9.12 days -> 5.28 days)"
  bool better = false;
};

struct AnswerFirst {
  std::string intro;                // "b against a, the largest effects of at least 5% ..."
  std::vector<EffectLine> effects;  // largest first
  std::string none;                 // what to say when there are none
  std::vector<std::string> costs;   // "in 2028 it costs 5.45 mln euro more for ..."
};

// For alternative `a` (0 = the first after the base); effects under `material` of the base are
// not called out.
AnswerFirst answer_first(const experiment::Comparison& c, std::size_t a, double material);

}  // namespace ketensim::tools
