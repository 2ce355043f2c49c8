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

}  // namespace ketensim::tools
