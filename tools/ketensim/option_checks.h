// Checks of command-line numbers that CLI11's own validators let through: a seed that
// wraps (-1) or saturates (2^64) when converted, a NaN that no range comparison refuses,
// and a --replications that makes a run larger than the scenario file itself may ask for.
// Each refuses with the flag's name (a usage error, exit 2).
#pragma once

#include <CLI/CLI.hpp>

#include "sim/scenario/scenario.h"

namespace ketensim::tools {

// A seed as the scenario file takes it: a whole number from 0 to 2^64-1, digits only.
CLI::Validator seed_number();

// A finite number from `low` to `high`: NaN and infinities are refused.
CLI::Validator finite_range(double low, double high);

// `replications` (a --replications for `s`), checked against the run-size limit that `check`
// applies to run.replications (sim/scenario/limits.h): beyond it, throws RequestError
// naming --replications.
int checked_replications(const scenario::Scenario& s, int replications);

// `max_families` (a --max-families for `s`), checked as `check` checks run.max_families: an
// initial stock of more families is refused (RequestError naming --max-families).
int checked_max_families(const scenario::Scenario& s, int max_families);

}  // namespace ketensim::tools
