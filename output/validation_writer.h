// The validation report: published figures next to simulated means with intervals, and the
// scenario's assumptions, as Markdown (printed and saved) and CSV.
#pragma once

#include <filesystem>
#include <string>

#include "sim/experiment/validation.h"
#include "sim/scenario/scenario.h"

namespace ketensim::output {

// `years`: the horizon simulated, from the scenario's start (validate stops after the last
// year a figure refers to).
std::string validation_markdown(const experiment::Validation& v, const scenario::Scenario& s,
                                const scenario::FigureSet& figures, int replications, double years);
// "+-10%", or the bound: "at most 5", "at least 95%" (with its tolerance, if any).
std::string criterion(const scenario::PublishedFigure& f);
// "Fitted 60 of 60 within tolerance; tested 25 of 31."
std::string summary_line(const experiment::Validation& v);

void write_validation_csv(const std::filesystem::path& path, const experiment::Validation& v);

}  // namespace ketensim::output
