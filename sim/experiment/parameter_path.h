// Numbers of a scenario addressed by key path, as policies address them (the paths are
// listed in sim/scenario/parameter_path.h): the sweep and the capacity search set a value
// for the whole run by editing the loaded scenario before it is compiled; a policy's value is
// addressed as policies.<from>.<path>. Setting a branch's `p` rescales the other `p`
// branches of that stage (or of that policy's changes) to keep the sum 1, by the rule of
// scenario::set_parameter_values.
#pragma once

#include <string>

#include "sim/experiment/request_error.h"
#include "sim/scenario/scenario.h"

namespace ketensim::experiment {

// Both throw RequestError for a path that names nothing settable (suggesting the nearest
// name: `did you mean 'jbw'?`), and set_parameter for a value out of range.
double get_parameter(const scenario::Scenario& s, const std::string& path);
void set_parameter(scenario::Scenario& s, const std::string& path, double value);

// Whether the two paths name the same number of `s` (any two branches of one stage do: setting
// one rescales the other), and whether the number at `path` is a whole number in the
// parameter table (places, max_visits). Both throw RequestError like get_parameter.
bool same_parameter(const scenario::Scenario& s, const std::string& a, const std::string& b);
bool whole_number_parameter(const scenario::Scenario& s, const std::string& path);

}  // namespace ketensim::experiment
