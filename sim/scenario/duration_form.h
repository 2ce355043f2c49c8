// A duration as the author wrote it: its form (`lognormal`) and the numbers under it
// (`median_days: 300, p90_days: 700`). The engine's Distribution keeps only what it samples
// with (mu and sigma), so a policy or a sweep that changes `median_days` rebuilds the
// distribution from the written form with one number changed.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "sim/engine/distribution.h"

namespace ketensim::scenario {

struct DurationForm {
  std::string form;                                     // "days", "exponential", ...
  std::vector<std::pair<std::string, double>> numbers;  // key -> value, as written

  const double* number(const std::string& key) const;
  // The same form with `key` set to `value`.
  DurationForm with(const std::string& key, double value) const;
};

// The distribution the form describes. Empirical tables are not forms of this kind (their
// keys are values, not parameters). Throws std::invalid_argument with the engine's reason
// when the numbers do not make a distribution (p90 below the median, min above max).
engine::Distribution make_duration(const DurationForm& f);

}  // namespace ketensim::scenario
