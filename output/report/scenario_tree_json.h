// The scenario as simulated, for the report's "Scenario" panel: the scenario file with every
// file it extends merged in (sim/scenario/extend.h), as JSON that mirrors the YAML (maps,
// lists, scalars as written). Taken from the merged tree rather than the structs so that
// every key a user can write shows, including keys added to the format later.
#pragma once

#include <nlohmann/json.hpp>

#include "sim/scenario/scenario.h"

namespace ketensim::output::report {

// Null when the scenario has no file (loaded from text) or its files cannot be read again.
nlohmann::ordered_json scenario_tree_json(const scenario::Scenario& s);

}  // namespace ketensim::output::report
