// capacity.csv and capacity.json: the answer of a capacity search. capacity.csv has one row
// per period searched (a year, or `all` for the whole run) with the smallest capacity whose
// mean meets the target and the 95% range of that answer (plausible .. confident);
// capacity.json adds every capacity simulated with its KPI interval.
#pragma once

#include <filesystem>

#include "sim/experiment/capacity_search.h"

namespace ketensim::output {

void write_capacity_csv(const std::filesystem::path& path, const experiment::CapacityAnswer& a);
void write_capacity_json(const std::filesystem::path& path, const experiment::CapacityAnswer& a);

}  // namespace ketensim::output
