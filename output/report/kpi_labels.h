// How the report names a KPI for a reader: a chart title (Dutch where the chain's people
// use the Dutch word) and a phrase for plain-language sentences; in Dutch also the KPI's
// meaning and a short name (kpi_labels_nl.cpp). The KPIs themselves, their units and
// meanings, are defined in the model (sim/model/kpi_table.cpp); this is only their
// presentation. A KPI missing here still appears, titled by its meaning.
#pragma once

#include <map>
#include <string>

#include "sim/scenario/translation.h"
#include "sim/stats/kpi_catalog.h"

namespace ketensim::output::report {

struct KpiLabel {
  std::string title;   // "Wachtlijst on 31-12"
  std::string phrase;  // "the waiting list for {subject} on 31-12"; {subject} is replaced
};

KpiLabel label_of(const stats::KpiDefinition& def,
                  scenario::Language language = scenario::Language::en);

// What the KPI means: the model's words in English, kpi_labels_nl.cpp's in Dutch.
std::string meaning_of(const stats::KpiDefinition& def, scenario::Language language);

// A short name for a row of a table on the command line: the KPI's own name ("wait_mean")
// in English, a Dutch one ("wachttijd") in Dutch.
std::string short_name_of(const std::string& kpi, scenario::Language language);

// A subject as a reader writes it: "jbw_jeugdbeschermers" -> "jbw jeugdbeschermers";
// "all" (the whole chain) -> "the chain" ("de keten").
std::string subject_text(const std::string& subject,
                         scenario::Language language = scenario::Language::en);

// `label.phrase` with {subject} filled in.
std::string phrase_for(const KpiLabel& label, const std::string& subject,
                       scenario::Language language = scenario::Language::en);

// A KPI in Dutch (kpi_labels_nl.cpp), by its name.
struct DutchKpi {
  std::string title, phrase, meaning, short_name;
};
const std::map<std::string, DutchKpi>& dutch_kpis();

}  // namespace ketensim::output::report
