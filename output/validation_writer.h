// The validation report: published figures next to simulated means with intervals, and the
// scenario's assumptions, as Markdown (printed and saved) and CSV.
#pragma once

#include <filesystem>
#include <span>
#include <string>

#include "sim/experiment/validation.h"
#include "sim/scenario/scenario.h"
#include "sim/scenario/translation.h"

namespace ketensim::output {

// `years`: the horizon simulated, from the scenario's start (validate stops after the last
// year a figure refers to). In Dutch the report's own words and decimal signs are Dutch; the
// figures file's names, subjects and sources stay as written.
std::string validation_markdown(const experiment::Validation& v, const scenario::Scenario& s,
                                const scenario::FigureSet& figures, int replications, double years,
                                scenario::Language language = scenario::Language::en);
// "+-10%", or the bound: "at most 5", "at least 95%" (with its tolerance, if any).
std::string criterion(const scenario::PublishedFigure& f,
                      scenario::Language language = scenario::Language::en);
// "Fitted 60 of 60 within tolerance; tested 25 of 31."
std::string summary_line(const experiment::Validation& v,
                         scenario::Language language = scenario::Language::en);
// The report's texts in Dutch (validation_nl.cpp).
std::span<const scenario::Phrase> validation_phrases();

void write_validation_csv(const std::filesystem::path& path, const experiment::Validation& v);

}  // namespace ketensim::output
