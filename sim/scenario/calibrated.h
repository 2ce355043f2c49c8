// The values a calibration fitted, as an overlay carries them (`calibrated:`, written by
// `ketensim calibrate`): each a number at a parameter path, from the start or from a date,
// with its standard deviation and the figures it was fitted to. Applying them is the one
// definition of what a fitted value does to a scenario: a value from the start replaces the
// number itself; a value from a date is a policy of that date.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sim/engine/time.h"
#include "sim/scenario/diagnostic.h"
#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

// Puts the values in `s`; problems (a path that names nothing settable, a value out of
// range, probabilities of a stage that no longer sum to 1) go to `out` at the value's place.
void apply_calibrated_values(Scenario& s, const std::vector<CalibratedValue>& values,
                             Diagnostics& out);

// The calibration's joint draws (`calibrated.draws`) as one uncertain input named
// "calibration": a draw puts a whole row, a value per column, so the values move together as
// the fit allows. It goes after the inputs of the calibrated file and its bases (`files`: the
// scenario's files, each before its base), where an overlay extending it keeps it first.
void add_calibration_draws(Scenario& s, const std::vector<std::string>& files, Diagnostics& out);

}  // namespace ketensim::scenario
