// The report's own texts in Dutch (report_text_nl.cpp): the labels the page's scripts
// show (each written in English in js/, through KS.t or KS.label), the sentences and titles
// made here, and the units of the KPIs. The page carries them in its data island when the
// report is made in Dutch. The KPIs' titles and meanings are in kpi_labels.h.
#pragma once

#include <span>
#include <string>
#include <string_view>

#include "sim/scenario/translation.h"

namespace ketensim::output::report {

std::span<const scenario::Phrase> report_phrases();

// The pieces of a stream's demand in words (sim/model/demand.h), each between "; ".
std::span<const scenario::Phrase> demand_phrases();

// Exact pieces of page.html and their Dutch: the static text and the lang attribute.
std::span<const scenario::Phrase> page_phrases();

// One of the texts above in `language`: "days" -> "dagen".
std::string report_text(scenario::Language language, std::string_view english);

}  // namespace ketensim::output::report
