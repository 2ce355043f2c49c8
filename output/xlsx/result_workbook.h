// The results as an Excel workbook (`run --xlsx`, `compare --xlsx`), headers in the
// language of --lang. results.xlsx: "Summary", every KPI over the whole run with its mean and
// 95% interval, and "Per year", each KPI's mean per calendar year in columns. compare.xlsx:
// "Comparison", every KPI of every period per alternative with the base's and the
// alternative's mean and their paired difference with its 95% interval and significance.
#pragma once

#include <filesystem>
#include <vector>

#include "sim/experiment/comparison.h"
#include "sim/scenario/translation.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::output::xlsx {

void write_run_workbook(const std::filesystem::path& path, const stats::KpiCatalog& catalog,
                        const std::vector<stats::Summary>& summaries, scenario::Language language);
void write_compare_workbook(const std::filesystem::path& path, const experiment::Comparison& c,
                            scenario::Language language);

}  // namespace ketensim::output::xlsx
