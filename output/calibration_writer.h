// What `ketensim calibrate` writes: the calibrated overlay (a scenario that extends the one
// calibrated and carries the fitted values under `calibrated:`), the fit report in Markdown,
// and the parameters and figures as CSV.
#pragma once

#include <filesystem>
#include <span>
#include <string>

#include "sim/calibration/calibration.h"
#include "sim/scenario/translation.h"

namespace ketensim::output {

struct OverlayPaths {
  std::string base;     // the scenario calibrated, relative to the overlay's folder
  std::string spec;     // likewise
  std::string figures;  // likewise
  std::string schema;   // the JSON schema the base names on its first line, likewise; or empty
  std::string draws;    // the joint draws (write_draws_csv), likewise; or empty: none written
};

// The overlay's text; `name`: its scenario name; `command`: how to make it again.
std::string calibrated_overlay(const calibration::Calibration& c, const std::string& name,
                               const OverlayPaths& paths, const std::string& command);

// Whether the fit report lists every figure before and after (calibration.md does; the
// console, where a baseline's 200 rows would bury the summary, does not).
enum class FitTable { included, left_out };

// In Dutch the report's own words, the optimiser's reasons, the warnings and the "fitted to"
// texts are Dutch; names, paths and a prior's source stay as written.
std::string calibration_markdown(const calibration::Calibration& c,
                                 const std::string& scenario_name, const std::string& command,
                                 FitTable figures = FitTable::included,
                                 scenario::Language language = scenario::Language::en);

// The calibration and back-test reports' texts in Dutch (calibration_nl.cpp).
std::span<const scenario::Phrase> calibration_phrases();

void write_parameters_csv(const std::filesystem::path& path, const calibration::Calibration& c);
// The fit's joint draws of its values (FitStatistics::draws) that have a standard deviation, a
// column per parameter path and a row per draw, six significant digits: what `calibrated.draws`
// names. Writes nothing and returns false when there are none (no degrees of freedom, an
// interrupted fit).
bool write_draws_csv(const std::filesystem::path& path, const calibration::Calibration& c);
void write_fit_csv(const std::filesystem::path& path, const calibration::Calibration& c);

}  // namespace ketensim::output
