// The report page of one alternative of a comparison: its run, with the paired differences
// against the base. Made the same way by `ketensim compare` (report.html per alternative)
// and by `ketensim serve` (the page's report download), so both give the same page.
#pragma once

#include <string>
#include <vector>

#include "sim/experiment/comparison.h"
#include "sim/experiment/scenario_set.h"
#include "sim/model/chain_tables.h"
#include "sim/scenario/scenario.h"
#include "sim/scenario/translation.h"

namespace ketensim::tools {

// `a` (>= 1) indexes `scenarios`, `tables` and `files` (the path each was read from) as
// `set` and `c` do. The page opens with the answer first: the effects of at least `material`
// of the base (compare --material), as the console says them.
std::string comparison_report(const experiment::Comparison& c,
                              const experiment::ScenarioSetResult& set,
                              const std::vector<scenario::Scenario>& scenarios,
                              const std::vector<model::ChainTables>& tables,
                              const std::vector<std::string>& files, std::size_t a, double material,
                              scenario::Language language);

}  // namespace ketensim::tools
