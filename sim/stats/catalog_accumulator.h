// The running results of every KPI of a catalog over replications: one SummaryAccumulator
// and one PrecisionTracker per catalog entry. Replications are added in order, so the
// summaries are the same at any thread count, and memory does not grow with their number.
#pragma once

#include <vector>

#include "sim/stats/kpi_catalog.h"
#include "sim/stats/replication_advice.h"
#include "sim/stats/summary.h"
#include "sim/stats/summary_accumulator.h"

namespace ketensim::stats {

class CatalogAccumulator {
 public:
  CatalogAccumulator() = default;
  CatalogAccumulator(std::size_t size, PrecisionGoal goal);

  // One replication's values, aligned with the catalog.
  void add(const std::vector<double>& values);
  std::size_t size() const { return kpis_.size(); }
  Summary summary(std::size_t kpi) const { return kpis_[kpi].summary(); }
  std::vector<Summary> summaries() const;
  const Accumulator& moments(std::size_t kpi) const { return kpis_[kpi].moments(); }
  ReplicationAdvice advice(std::size_t kpi) const;
  const PrecisionGoal& goal() const { return goal_; }

 private:
  std::vector<SummaryAccumulator> kpis_;
  std::vector<PrecisionTracker> precision_;
  PrecisionGoal goal_;
};

}  // namespace ketensim::stats
