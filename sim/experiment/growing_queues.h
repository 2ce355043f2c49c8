// Waiting lists that keep growing: a resource whose families ask for it faster than its
// places or staff serve them has a waiting list that rises year after year, and its waits
// then depend on how long the run is rather than on the chain. The hard stop (run.max_families,
// growth_limit.h) catches only an explosion; this finds the slow, steady rise that a
// forward run of a few years shows as ever-longer waits, so that a report can say so instead
// of presenting those waits as an answer.
#pragma once

#include <string>
#include <vector>

#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::experiment {

struct GrowingQueue {
  std::string resource;
  std::string first_year, last_year;  // the years it rises through
  double first = 0, last = 0;         // mean families waiting on 31-12 of those years
  double per_year = 0;                // (last - first) / years
};

// Every resource whose mean waiting list at the year end (queue_end) rises in each of the
// last `steps` year-to-year steps of the run by more than chance explains (the two years'
// 95% intervals do not overlap) and by at least `at_least` families a year.
std::vector<GrowingQueue> growing_queues(const stats::KpiCatalog& catalog,
                                         const std::vector<stats::Summary>& summaries,
                                         int steps = 3, double at_least = 1.0);

}  // namespace ketensim::experiment
