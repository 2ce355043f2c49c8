// report.html: the one file a policy maker opens, mails and presents after a run or a
// comparison. It is self-contained (style, scripts, the charting library and the data are
// inlined), so it opens in any browser without a network. It shows what was simulated
// (scenario, dates, seed, replications, version, the resolved scenario), the chain's flow as
// Graphviz draws it, and every KPI of the catalog as charts with 95% intervals and tables,
// grouped by family; for a comparison, the paired differences first.
//
// The page is data-driven: the KPIs are written as a JSON data island and the scripts group
// them by name (see js/sections.js), so a KPI the model adds later shows up without a change
// here.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "output/report/comparison.h"
#include "output/run_info.h"
#include "sim/scenario/scenario.h"
#include "sim/scenario/translation.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::output::report {

// What a run produced. In a comparison: the alternative's run.
struct ReportInput {
  RunInfo run;
  const scenario::Scenario& scenario;  // as loaded: its files, resources and flow
  const stats::KpiCatalog& catalog;
  const std::vector<stats::Summary>& summaries;  // aligned with the catalog
};

// Today's date "YYYY-MM-DD" (UTC), or the date of $SOURCE_DATE_EPOCH when set, so a
// report can be made byte-identical on purpose.
std::string report_date();

// The whole page; `comparison` is given by `ketensim compare`, `date` is when the report was
// made; `language` that of its labels, titles and sentences (names stay as written). Never
// throws for odd data (NaN, an empty catalog, no Graphviz, a scenario file gone since the
// run): what cannot be shown is left out or explained on the page.
std::string render_report(const ReportInput& in, const Comparison* comparison = nullptr,
                          const std::string& date = report_date(),
                          scenario::Language language = scenario::Language::en);

// render_report written to `path` atomically.
void write_report(const std::filesystem::path& path, const ReportInput& in,
                  const Comparison* comparison = nullptr,
                  scenario::Language language = scenario::Language::en);

}  // namespace ketensim::output::report
