// A calibration spec: which numbers of a scenario `ketensim calibrate` may move, within which
// bounds, and how (docs/scenario-format.md, "Calibration specs"). Read here because YAML
// enters the project only in this folder; the diagnostics are those of scenario files.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

// What is known of a number before the figures: the calibration adds ((value - prior) / sd)^2
// to its objective (a normal prior; the fit is then its posterior mode), so that a number the
// figures cannot tell (a demand above the places, where every figure stays the same) sits at
// a stated, sourced value rather than wherever the search left it.
struct Prior {
  double value = 0;
  double sd = 0;
  std::string source;
};

// One free parameter: one number, set at every path listed (a value shared by several
// stages, such as one voogdij duration for three GIs), or one number per listed year.
struct FreeParameter {
  std::string name;                // how reports call it: the first path, or `name:`
  std::vector<std::string> paths;  // parameter paths (sim/scenario/parameter_path.h)
  double min = 0;
  double max = 0;
  std::optional<double> start;  // default: the scenario's value at the first path
  std::vector<int> years;       // empty: one value for the whole run; else one per year
  std::string reason;           // why per year (required then)
  Location location;
  std::optional<Prior> prior;  // for each of its values (each year's, per year)
};

struct CalibrationSpec {
  std::string name;
  std::string figures;  // figures file (relative to the spec), "" when not named
  std::vector<FreeParameter> parameters;
  int replications = 40;  // per evaluation, the same numbers each time (common random numbers)
  Location replications_location;  // where `replications` is written; the spec's start if not
  std::uint64_t seed = 1;
  std::string method = "bobyqa";  // bobyqa | sbplx | neldermead | cobyla
  int max_evaluations = 400;
  double tolerance = 1e-4;  // stop when a step moves no scaled parameter more than this
  int scan = 0;             // positions per parameter of a scan after each local run; 0: none
  double constancy = 10;    // weight of a per-year value's relative distance from the mean
  std::string file;
  Location location;
};

// Throws ScenarioError with every problem found (file:line:column, key path, expected, found).
CalibrationSpec load_calibration_spec(const std::string& path);

}  // namespace ketensim::scenario
