// Loading a scenario file into validated structs: the file and the files it extends are
// read, every section is read against the parameter table, and every name is checked
// against what the scenario declares. Graph checks (reachability, loops) come after, in
// the model.
#pragma once

#include <string>

#include "sim/scenario/diagnostic.h"
#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

// Whether the values under `calibrated:` are put in place (the scenario as calibrated), or
// only read (the scenario as it was before its calibration: a back-test calibrates afresh).
enum class CalibratedValues { apply, leave_out };

// Throws ScenarioError with every problem found, the scenario file's own first, each file's
// in order of line and column.
Scenario load_scenario(const std::string& path, CalibratedValues values = CalibratedValues::apply);

// The same for YAML text said to come from `file_name` (for tests and fuzzing); `extend`
// is resolved relative to the directory of `file_name`, or the working directory.
Scenario load_scenario_text(const std::string& yaml_text, const std::string& file_name);

}  // namespace ketensim::scenario
