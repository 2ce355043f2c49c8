// The paired comparison the page asks for, streamed: the base and the alternative run with
// common random numbers (sim/experiment/scenario_set.h), and after every batch of
// replications the headline KPIs' means, paired differences and 95% intervals go out, so the
// intervals narrow as the page watches. It stops at the precision rule of `ketensim compare`
// (sim/experiment/difference_precision.h: every headline difference known well enough, looked
// at after whole batches in replication order), at the replication limit, or when cancelled.
// Replication i is the same whatever stops the run, so `ketensim compare` with the same seed
// and precision stops at the same replication and gives the same numbers.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "sim/scenario/scenario.h"
#include "sim/scenario/translation.h"

namespace ketensim::tools::serve {

struct StreamSettings {
  int max_replications = 200;
  int batch = 4;            // replications between two updates
  double precision = 0.05;  // as `ketensim compare --precision`; 0: no stopping rule
  int threads = 0;          // 0: all cores
  scenario::Language language = scenario::Language::en;
};

// Calls `send` with one update per batch and a last one with "final": true, "stopped"
// ("precision", "limit" or "cancelled") and "flow": the alternative's flow coloured by its
// mean waits, an <svg> (none where Graphviz is not installed). `cancelled` is asked before
// each replication starts.
// Throws what the run throws (experiment::UnstableScenario).
void stream_comparison(const scenario::Scenario& base, const scenario::Scenario& alternative,
                       const StreamSettings& settings, const std::function<bool()>& cancelled,
                       const std::function<void(const nlohmann::json&)>& send);

// The same comparison run to the same stop, as the report page `ketensim compare` writes for
// the alternative (tools/ketensim/comparison_report.h): what the page's "report" download returns.
// Throws experiment::Interrupted when cancelled, and what the run throws.
std::string comparison_report_page(const scenario::Scenario& base,
                                   const scenario::Scenario& alternative,
                                   const StreamSettings& settings,
                                   const std::function<bool()>& cancelled);

// The same comparison as the workbook `ketensim compare --xlsx` writes (compare.xlsx): its
// bytes, for the page's Excel download. Throws as comparison_report_page does.
std::string comparison_workbook(const scenario::Scenario& base,
                                const scenario::Scenario& alternative,
                                const StreamSettings& settings,
                                const std::function<bool()>& cancelled);

}  // namespace ketensim::tools::serve
