// sweep.csv and sweep.json: a sensitivity sweep. sweep.csv has one row per grid point x KPI
// x subject x period: the parameters' values (one column per parameter, named by its key
// path) and then summary.csv's columns. sweep.json holds the axes and, per KPI, the mean and
// interval at each point, in grid order.
#pragma once

#include <filesystem>

#include "sim/experiment/sweep.h"

namespace ketensim::output {

void write_sweep_csv(const std::filesystem::path& path, const experiment::SweepResult& r);
void write_sweep_json(const std::filesystem::path& path, const experiment::SweepResult& r);

}  // namespace ketensim::output
