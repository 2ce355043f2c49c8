// The capacity a plan needs when its assumptions are uncertain (capacity --uncertainty N):
// the search of capacity_search.h repeated at N draws of the scenario's uncertain inputs (the
// Latin hypercube of run --uncertainty, two_level.h), every draw with the scenario's seed and
// replications, so draws differ by their assumptions only. Each draw's answer is the smallest
// capacity whose whole 95% interval meets the target at that draw's values.
//
// Per period, the capacity that meets the target in at least a share `coverage` of the draws
// is the ceil(coverage x N)-th smallest of the draws' answers: a draw meets the target from
// its own answer up (the search assumes so), so at that capacity at least that many draws do.
// A draw without an answer up to the maximum counts as needing more than any. An uncertain
// input that sets the searched capacity itself is overridden by the search at every draw.
#pragma once

#include <string>
#include <vector>

#include "sim/experiment/capacity_search.h"

namespace ketensim::experiment {

struct CapacityOverDraws {
  std::vector<std::string> inputs;          // the uncertain inputs' names
  std::vector<std::vector<double>> values;  // per draw, each input's value
  std::vector<CapacityAnswer> answers;      // per draw
  std::vector<std::string> overridden;      // inputs that set the searched capacity itself

  // The periods searched (a per-year search stops at a year without an answer, so a draw
  // may have fewer), and draw d's answer in period p: -1 when it has none there.
  std::vector<std::string> periods() const;
  int capacity(std::size_t draw, std::size_t period) const;
};

struct CapacityCoverage {
  std::string period;
  double coverage = 0;
  int capacity =
      -1;  // meets the target in at least `coverage` of the draws; -1: not below the maximum
  int median = -1;                // the median draw's answer (-1 as above)
  int lowest = -1, highest = -1;  // over the draws with an answer; -1 when none has one
  int without_answer = 0;         // draws that need more than the maximum
  int flat = 0;  // of those, the draws where more capacity no longer moves the KPI (flat_from)
};

// Called before each draw's search, with (draw, draws).
using DrawReport = std::function<void(int draw, int draws)>;

// Throws what find_capacity throws, and RequestError when the scenario has no uncertain
// inputs or draws < 2.
CapacityOverDraws find_capacity_over_draws(const scenario::Scenario& s, const CapacityQuestion& q,
                                           int draws, const ExperimentOptions& options,
                                           const CandidateReport& report = {},
                                           const DrawReport& draw_report = {});

// One row per period searched, in order. `coverage` in (0, 1].
std::vector<CapacityCoverage> coverage_of(const CapacityOverDraws& d, double coverage);

}  // namespace ketensim::experiment
