// Durations and counts written in the forms of docs/scenario-format.md ("Durations"),
// checked and made into engine distributions.
#pragma once

#include <optional>

#include "sim/engine/distribution.h"
#include "sim/scenario/value_reader.h"

namespace ketensim::scenario {

// Any of the forms, in days.
std::optional<engine::Distribution> read_duration(const Field& f, Diagnostics& out);

// A number of children: only {days: N} or {empirical: {N: p, ...}}, with whole N >= 1,
// because a continuous distribution does not give whole children.
std::optional<engine::Distribution> read_children(const Field& f, Diagnostics& out);

}  // namespace ketensim::scenario
