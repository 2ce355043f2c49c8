// Durations, counts and ages written in the forms of docs/scenario-format.md ("Durations"),
// checked and made into engine distributions.
#pragma once

#include <optional>

#include "sim/engine/distribution.h"
#include "sim/scenario/duration_form.h"
#include "sim/scenario/value_reader.h"

namespace ketensim::scenario {

// A duration and the form it was written in (the form is empty for `empirical`).
struct WrittenDuration {
  engine::Distribution distribution;
  DurationForm form;
};

// Any of the forms, in days.
std::optional<WrittenDuration> read_written_duration(const Field& f, Diagnostics& out);
std::optional<engine::Distribution> read_duration(const Field& f, Diagnostics& out);

// A number of children: only {days: N} or {empirical: {N: p, ...}}, with whole N >= 1,
// because a continuous distribution does not give whole children.
std::optional<engine::Distribution> read_children(const Field& f, Diagnostics& out);

// An age in years: {years: N}, uniform, triangular or empirical (docs/scenario-format.md).
std::optional<engine::Distribution> read_age(const Field& f, Diagnostics& out);

}  // namespace ketensim::scenario
