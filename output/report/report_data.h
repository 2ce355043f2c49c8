// The report's data island: everything the page's scripts draw, as one JSON document.
//   run         what was run (RunInfo), plus "date" the report was made
//   periods     the catalog's periods, years first, "all" last
//   resources   name, kind (caseload | places), capacity, fte, caseload_norm, per
//   kpis        one row per KPI x subject x period: mean, ci_low, ci_high, p5, p50, p95, n
//   lang        "en" or "nl"; text: for "nl", the Dutch of each text the scripts show
//               (report_text.h), by its English
//   definitions per KPI: unit, meaning, title (kpi_labels.h), in the report's language
//   scenario    the resolved scenario (scenario_tree_json.h), or null
//   comparison  null, or base, alternative and one row per KPI x subject x period with the
//               two means, the paired difference with its interval, and the sentence
// Numbers that are not finite (a mean over nobody) are written as null.
#pragma once

#include <string>

#include "output/report/report.h"

namespace ketensim::output::report {

std::string report_data_json(const ReportInput& in, const Comparison* comparison,
                             const std::string& date,
                             scenario::Language language = scenario::Language::en);

}  // namespace ketensim::output::report
