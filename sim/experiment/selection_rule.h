// `compare --select`: the scenarios of a set as the alternatives of KN (ranking.h). The rule
// hands KN each replication's value of the chosen KPI in every scenario, in replication
// order, and ends the set at the replication where KN finishes, so where it stops depends on
// the replications alone, never on the threads or ranks (SequentialStop, scenario_set.h).
//
// A scenario KN eliminates after replication r runs no further replications: the set holds
// r of it (and its pairs with the base end there, all pairs where the base is eliminated).
#pragma once

#include <string>
#include <vector>

#include "sim/experiment/ranking.h"
#include "sim/experiment/scenario_set.h"

namespace ketensim::experiment {

// `kpi[s]`: the chosen KPI's index in scenario s's catalog; `names[s]` its name, `label` the
// KPI as written, for the error a value left undefined raises (RequestError: KN needs a
// value in every replication). `kn` must outlive the run.
SequentialStop selection_rule(KnSelection& kn, std::vector<std::size_t> kpi,
                              std::vector<std::string> names, std::string label);

}  // namespace ketensim::experiment
