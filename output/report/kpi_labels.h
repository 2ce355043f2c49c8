// How the report names a KPI for a reader: a chart title (Dutch where the chain's people
// use the Dutch word) and a phrase for plain-language sentences. The KPIs themselves, their
// units and meanings, are defined in the model (sim/model/chain_statistics.cpp); this is only
// their presentation. A KPI missing here still appears, titled by its meaning.
#pragma once

#include <string>

#include "sim/stats/kpi_catalog.h"

namespace ketensim::output::report {

struct KpiLabel {
  std::string title;   // "Wachtlijst on 31-12"
  std::string phrase;  // "the waiting list for {subject} on 31-12"; {subject} is replaced
};

KpiLabel label_of(const stats::KpiDefinition& def);

// A subject as a reader writes it: "jbw_jeugdbeschermers" -> "jbw jeugdbeschermers";
// "all" (the whole chain) -> "the chain".
std::string subject_text(const std::string& subject);

// `label.phrase` with {subject} filled in.
std::string phrase_for(const KpiLabel& label, const std::string& subject);

}  // namespace ketensim::output::report
