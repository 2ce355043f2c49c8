// capacity.csv, capacity_curve.csv and capacity.json: the answer of a capacity search.
// capacity.csv has one row per period searched (a year, or `all` for the whole run) with the
// smallest capacity whose whole 95% interval meets the target, the range of that answer
// (plausible .. capacity) and the smallest whose mean alone meets it (on_mean);
// capacity_curve.csv is the capacity-service curve: one row per capacity simulated with its
// KPI interval, whether the mean and the interval meet the target, and the replications it
// took to tell (a candidate stops once its interval lies wholly on one side of the target);
// capacity.json holds both.
#pragma once

#include <filesystem>

#include "sim/experiment/capacity_search.h"

namespace ketensim::output {

void write_capacity_csv(const std::filesystem::path& path, const experiment::CapacityAnswer& a);
void write_capacity_curve_csv(const std::filesystem::path& path,
                              const experiment::CapacityAnswer& a);
void write_capacity_json(const std::filesystem::path& path, const experiment::CapacityAnswer& a);

}  // namespace ketensim::output
