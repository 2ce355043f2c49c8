// The names a scenario uses must refer to what it declares: `into` a stage; `to`, `then`
// and `after_max_visits` a stage or an exit; `acquire` and `release` a resource; attribute
// tests, draws and sets a declared attribute and one of its values. Stages, exits and
// resources share one name space. Whether the flow works as a graph (reachability, loops)
// is the model's check, not this one.
#pragma once

#include "sim/scenario/diagnostic.h"
#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

void check_references(const Scenario& s, Diagnostics& out);

}  // namespace ketensim::scenario
