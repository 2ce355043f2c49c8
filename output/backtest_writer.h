// The back-test report (`ketensim validate --backtest YEAR`): every figure after YEAR beside
// the model's forecast, the naive one and the trend, the error of each, and the verdict.
#pragma once

#include <filesystem>
#include <string>

#include "sim/calibration/backtest.h"
#include "sim/calibration/calibration.h"

namespace ketensim::output {

std::string backtest_markdown(const calibration::Backtest& b, const calibration::Calibration& c,
                              const std::string& scenario_name, int replications);
// "Model MAPE 8.1%, naive 9.4%, trend 12.0% ...": the verdict in one line.
std::string backtest_verdict(const calibration::Backtest& b);
void write_backtest_csv(const std::filesystem::path& path, const calibration::Backtest& b);

}  // namespace ketensim::output
