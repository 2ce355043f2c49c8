// When replications stop, kept once for a single run (experiment.h) and a set of scenarios
// (scenario_set.h): after the most replications asked for; earlier when a stopping rule
// (sequential_stop.h) says enough at one of its looks; or when the caller asks to stop (an
// interrupt, ExperimentOptions::stop_requested). Once the rule has said enough, a replication
// that was already running is computed but left out, so the result holds exactly
// replications 0 .. n-1 at any thread count.
#pragma once

#include <functional>

#include "sim/experiment/experiment.h"
#include "sim/experiment/replication_pipeline.h"

namespace ketensim::experiment {

// How the replications ended.
struct RunEnd {
  bool stopped_by_rule = false;  // the rule said enough before the last replication
  double wall_seconds = 0;       // from the call until the last replication was folded
};

// Asked after replication n - 1 is folded: whether the rule looks at n replications and
// finds them enough.
using EnoughAfter = std::function<bool(int n)>;

// run_in_order over replications 0 .. count-1 (the saved ones read instead) on
// options.threads threads, stopping as above: `fold` sees each replication in order until
// `enough_after` says enough.
RunEnd run_until_enough(int count, const ExperimentOptions& options, const ReplicationWork& work,
                        const ReplicationFold& fold, const EnoughAfter& enough_after,
                        const SavedReplications& saved = {});

}  // namespace ketensim::experiment
