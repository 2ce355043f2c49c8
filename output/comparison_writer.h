// compare.csv and compare.json: a policy comparison as files. compare.csv has one row per
// KPI x subject x period x alternative, with the base's and the alternative's mean and 95%
// interval and their paired difference with its interval; `significant` is yes (the
// difference's interval excludes 0), no, or unpaired (a KPI only one of the two has).
// compare.json holds the same for scripts and the HTML report, plus each KPI's meaning.
#pragma once

#include <filesystem>

#include "sim/experiment/comparison.h"

namespace ketensim::output {

void write_compare_csv(const std::filesystem::path& path, const experiment::Comparison& c);
void write_compare_json(const std::filesystem::path& path, const experiment::Comparison& c);

}  // namespace ketensim::output
