// Numbers of a scenario addressed by key path, as policies address them
// (docs/scenario-format.md, "Policies"): the sweep and the capacity search set a value for
// the whole run by editing the loaded scenario before it is compiled. Paths:
//
//   resources.<r>.places | fte | caseload_norm | absence | turnover_per_year
//   resources.<r>.caseload_norm_by_measure.<m>
//   arrivals.<a>.families_per_year | trend
//   stages.<s>.next[i].p           the other `p` branches are rescaled to keep the sum 1
//   stages.<s>.max_wait.days
//   stages.<s>.timers[i].days
#pragma once

#include <string>

#include "sim/experiment/request_error.h"
#include "sim/scenario/scenario.h"

namespace ketensim::experiment {

// Both throw RequestError for a path that names nothing settable (suggesting the nearest
// name: `did you mean 'jbw'?`), and set_parameter for a value out of range.
double get_parameter(const scenario::Scenario& s, const std::string& path);
void set_parameter(scenario::Scenario& s, const std::string& path, double value);

}  // namespace ketensim::experiment
