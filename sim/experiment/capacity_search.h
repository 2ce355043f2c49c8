// Capacity planning by simulation: the smallest number of places (or fte) of one resource
// that meets a service level, for the whole run or year by year.
//
// Every candidate capacity is simulated with the same seed and replication streams (common
// random numbers), so candidates differ only through the capacity and the search moves through a
// nearly monotone landscape (see monotone_search.h). Per year, the search runs in calendar
// order: year Y's capacity takes effect on 1 January of Y as a dated policy, with the
// answers for the earlier years already in place (years before the first keep the
// scenario's own capacity), and the target is measured in year Y. A KPI that is undefined
// in a year (nobody obtained the resource) counts as missing the target.
//
// The answer is a guarantee: `capacity` is the smallest capacity whose whole 95% interval
// meets the target (its upper bound for a "<=" or "<" target, its lower bound for ">=" or
// ">"), so a mean that meets the target with an interval that misses it is not an answer.
// `on_mean` is the smallest whose mean meets it, and `plausible` the smallest whose
// interval still reaches it (with less than that the target is missed with 95%
// confidence). The plan for later years uses `capacity`.
//
// A candidate is decided early only on strong evidence: looked at after 10, 20, 40, 80, ...
// replications (in replication order), it stops when its interval at confidence
// 1 - 0.05 / L (L: the number of such looks before the last replication) lies wholly on one
// side of the target, so that all early looks together decide wrongly at most 5% of the time
// (Bonferroni); it may be found to meet the target only from the 40th replication on. An
// undecided one runs all the replications and is judged by its 95% interval. Candidates far
// below the answer take 10 or 20; the answer is reported with the replications it was judged
// on.
//
// A candidate whose replication stops as unstable (more families alive than
// run.max_families) has no KPI value and so misses the target, like an undefined one.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/experiment/kpi_target.h"
#include "sim/scenario/scenario.h"
#include "sim/stats/confidence.h"

namespace ketensim::experiment {

struct CapacityQuestion {
  std::string resource;    // a places resource (searched in places) or caseload (in fte)
  KpiTarget target;        // measured for the resource
  std::vector<int> years;  // searched in order; empty: one capacity for the whole run
  int max_capacity = 100000;
};

struct CapacityCandidate {
  int capacity = 0;
  stats::Interval kpi;  // the target's KPI in the step's period
};

// The answer for one year (or, with no years, for the whole run: period "all").
struct CapacityStep {
  std::string period;
  int capacity = -1;  // -1: no capacity up to the maximum meets the target with its interval
  int on_mean = -1;
  int plausible = -1;
  // When none meets the target: the smallest capacity simulated from which every larger one,
  // the maximum included, has its KPI mean within the maximum's 95% interval (more capacity
  // no longer moves it; what decides it lies elsewhere, such as a backlog of earlier years);
  // -1 when the KPI still moves up to the maximum, or a capacity meets the target.
  int flat_from = -1;
  std::vector<CapacityCandidate> candidates;  // every capacity simulated, ascending
};

struct CapacityAnswer {
  std::string resource;
  std::string parameter;  // the key path searched: resources.<r>.places or .fte
  std::string unit;       // "places" or "fte"
  double current = 0;     // the scenario's own value
  KpiTarget target;
  std::vector<CapacityStep> steps;
  int replications = 0;
  std::uint64_t seed = 0;
};

// Called after each candidate is simulated (for a progress display).
using CandidateReport = std::function<void(const std::string& period, const CapacityCandidate&)>;

// Throws RequestError for an unknown resource, a KPI the model does not measure, a year
// outside the run, or a scenario policy that changes the searched capacity on or after the
// first searched year's 1 January (any such policy, for a whole-run search); throws
// Interrupted when options.stop_requested stops a candidate.
CapacityAnswer find_capacity(const scenario::Scenario& s, const CapacityQuestion& q,
                             const ExperimentOptions& options, const CandidateReport& report = {});

}  // namespace ketensim::experiment
