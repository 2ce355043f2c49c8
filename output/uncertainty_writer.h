// The files of the uncertainty commands.
//
// sensitivity.csv: one row per KPI x input, ranked within each KPI by Morris mu* (rank 1
// matters most): the Morris measures with the input's noise floor and whether mu* is below
// it, then, for the inputs the Sobol' step varied, the first- and total-order indices with
// their 95% bootstrap intervals (empty otherwise). sensitivity.json holds the same with the
// inputs' distributions and sources and the design's settings.
//
// uncertainty.csv (run --uncertainty N): one row per chosen KPI: the run's mean with its 95%
// interval from chance only, the mean over the assumption draws with the 95% interval from
// chance and assumptions, and the shares of variance from each. uncertainty.json the same
// with every draw's inputs and means.
//
// capacity_uncertainty.csv (capacity --uncertainty N): one row per period searched: the
// capacity that meets the target in the stated share of the draws, the median draw's answer,
// the lowest and highest answers and the draws that need more than the maximum.
// capacity_draws.csv: one row per draw, its inputs' values and its answer per period.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "sim/experiment/capacity_uncertainty.h"
#include "sim/experiment/sensitivity.h"
#include "sim/experiment/two_level.h"
#include "sim/stats/summary.h"

namespace ketensim::output {

// Input indices of one KPI's result, most influential (largest mu*) first.
std::vector<std::size_t> ranked_inputs(const experiment::KpiSensitivity& k);

void write_sensitivity_csv(const std::filesystem::path& path,
                           const experiment::SensitivityResult& r);
void write_sensitivity_json(const std::filesystem::path& path,
                            const experiment::SensitivityResult& r);

// `nominal` is the run's summary of every KPI of `catalog` (chance only).
void write_uncertainty_csv(const std::filesystem::path& path, const stats::KpiCatalog& catalog,
                           const std::vector<stats::Summary>& nominal,
                           const experiment::TwoLevelResult& r);
// compare_uncertainty.csv (compare --uncertainty N): one row per alternative x chosen KPI:
// the mean paired difference over the draws, its 2.5% .. 97.5% range over the draws, and the
// shares of draws in which the alternative is above and below the base.
struct NamedPairedResult {
  std::string base, alternative;
  const experiment::PairedTwoLevelResult* result;
};
void write_compare_uncertainty_csv(const std::filesystem::path& path,
                                   const stats::KpiCatalog& catalog,
                                   const std::vector<NamedPairedResult>& results);

void write_capacity_uncertainty_csv(const std::filesystem::path& path,
                                    const experiment::CapacityOverDraws& d,
                                    const std::vector<experiment::CapacityCoverage>& rows);
void write_capacity_draws_csv(const std::filesystem::path& path,
                              const experiment::CapacityOverDraws& d);

void write_uncertainty_json(const std::filesystem::path& path, const stats::KpiCatalog& catalog,
                            const std::vector<stats::Summary>& nominal,
                            const std::vector<scenario::UncertainInput>& inputs,
                            const experiment::TwoLevelResult& r);

}  // namespace ketensim::output
