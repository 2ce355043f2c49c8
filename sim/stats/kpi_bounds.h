// Where a KPI's value can lie. Every KPI ketensim computes is a count, a duration, euros or a
// share, so none is below 0, and a share (unit "share") is at most 1. A 95% interval of a mean
// is cut to these bounds: the cut removes only values the mean cannot take, so the interval
// still covers it at least as often, and no report shows "-0.15 children" or "100.4%".
// Paired differences are not KPIs and are never cut.
#pragma once

#include <string>

#include "sim/stats/confidence.h"
#include "sim/stats/summary.h"

namespace ketensim::stats {

struct KpiBounds {
  double low = 0;
  double high;  // +infinity unless a share
};

KpiBounds kpi_bounds(const std::string& unit);

Summary within_bounds(Summary s, const std::string& unit);
Interval within_bounds(Interval i, const std::string& unit);

}  // namespace ketensim::stats
