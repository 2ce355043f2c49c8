// The back-test report (`ketensim validate --backtest YEAR`): every figure after YEAR beside
// the model's forecast, the naive one and the trend, the error of each, and the verdict.
#pragma once

#include <filesystem>
#include <string>

#include "sim/calibration/backtest.h"
#include "sim/calibration/calibration.h"
#include "sim/scenario/translation.h"

namespace ketensim::output {

// In Dutch the report's own words and decimal signs are Dutch (its phrases are in
// calibration_nl.cpp); KPI names, subjects and periods stay as written.
std::string backtest_markdown(const calibration::Backtest& b, const calibration::Calibration& c,
                              const std::string& scenario_name, int replications,
                              scenario::Language language = scenario::Language::en);
// "Model MAPE 8.1%, naive 9.4%, trend 12.0% ...": the verdict in one line.
std::string backtest_verdict(const calibration::Backtest& b,
                             scenario::Language language = scenario::Language::en);
void write_backtest_csv(const std::filesystem::path& path, const calibration::Backtest& b);

}  // namespace ketensim::output
