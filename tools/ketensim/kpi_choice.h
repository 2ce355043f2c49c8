// The KPIs an uncertainty command reports on (--kpi): "wait_mean" (every subject) or
// "wait_mean jbw" (one subject), each over the whole run (period all). Without --kpi, the
// comparison headlines (headlines.h).
#pragma once

#include <string>
#include <vector>

#include "sim/experiment/design_runs.h"

namespace ketensim::tools {

// Checked against the catalog when called: an unknown KPI or subject throws RequestError
// with the nearest name.
experiment::KpiChoice kpi_choice(const std::vector<std::string>& specs);

// The one whole-run KPI `spec` names in `c` ("wait_mean gesloten"); RequestError naming
// `option` for an unknown KPI or subject (with the nearest name), or for a KPI measured
// for several subjects when `spec` names none.
std::size_t one_kpi(const stats::KpiCatalog& c, const std::string& spec, const std::string& option);

}  // namespace ketensim::tools
