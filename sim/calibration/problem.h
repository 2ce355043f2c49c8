// What `ketensim calibrate` moves: the free parameters of a spec resolved against a scenario,
// laid out as one vector of unknowns (a parameter with a value per year has one unknown per
// year), and the scenario those unknowns give. A value per year takes effect on 1 January of
// its year: the first year's from the start when it is the run's first year, the others as
// policies; the calibrated overlay (output/calibration_writer.h) writes them the same way.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "sim/engine/time.h"
#include "sim/scenario/calibration_spec.h"
#include "sim/scenario/diagnostic.h"
#include "sim/scenario/parameter_path.h"
#include "sim/scenario/scenario.h"

namespace ketensim::calibration {

// One unknown: parameter `parameter` of the spec, in year `year` (0: one value for the run).
struct Unknown {
  int parameter = 0;
  int year = 0;
  double min = 0, max = 0, start = 0;
  std::string label;  // "stages.jbt.duration.days", "arrivals.a.families_per_year (2020)"
};

// A value put at a path, from a date (none: from the start), as the overlay writes it.
struct PlacedValue {
  std::string path;
  std::optional<engine::Date> from;
  double value = 0;
  int unknown = -1;  // the unknown it comes from; -1: a branch that takes the rest
};

class Problem {
 public:
  // Throws scenario::ScenarioError naming the spec's place for a path that names nothing
  // settable, bounds outside the key's range, or a year before the run.
  Problem(const scenario::Scenario& base, const scenario::CalibrationSpec& spec);

  const std::vector<Unknown>& unknowns() const { return unknowns_; }
  std::size_t size() const { return unknowns_.size(); }
  const scenario::CalibrationSpec& spec() const { return spec_; }

  // The values to put for the unknowns x (natural units), branches taking the rest included.
  std::vector<PlacedValue> placed(const std::vector<double>& x) const;
  // The base scenario with those values in it.
  scenario::Scenario scenario_at(const std::vector<double>& x) const;
  std::vector<double> start() const;

  // What the fit should know but that does not stop it: a free number a dated policy of the
  // scenario also sets acts only until that policy.
  const std::vector<std::string>& warnings() const { return warnings_; }

  // Unknowns of parameters with a value per year, grouped per parameter (the constancy
  // penalty's groups).
  std::vector<std::vector<int>> yearly_groups() const;

 private:
  void resolve(const scenario::FreeParameter& p, int index, scenario::Diagnostics& out);
  void check_run_size(scenario::Diagnostics& out) const;
  void check_not_set_by_policy(const scenario::FreeParameter& p);

  scenario::Scenario base_;
  scenario::CalibrationSpec spec_;
  std::vector<std::vector<scenario::ParameterSlot>> slots_;  // per parameter, per path
  std::vector<Unknown> unknowns_;
  std::vector<std::string> warnings_;
  int first_year_ = 0;
};

}  // namespace ketensim::calibration
