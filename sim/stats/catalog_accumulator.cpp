#include "sim/stats/catalog_accumulator.h"

#include <cassert>
#include <cmath>

namespace ketensim::stats {

CatalogAccumulator::CatalogAccumulator(std::size_t size, PrecisionGoal goal)
    : kpis_(size), precision_(size), goal_(goal) {}

void CatalogAccumulator::add(const std::vector<double>& values) {
  assert(values.size() == kpis_.size());
  for (std::size_t k = 0; k < kpis_.size(); ++k) {
    if (std::isnan(values[k])) continue;  // not defined in this replication
    kpis_[k].add(values[k]);
    precision_[k].update(kpis_[k].moments(), goal_);
  }
}

std::vector<Summary> CatalogAccumulator::summaries() const {
  std::vector<Summary> out;
  out.reserve(kpis_.size());
  for (const auto& k : kpis_) out.push_back(k.summary());
  return out;
}

ReplicationAdvice CatalogAccumulator::advice(std::size_t kpi) const {
  return advise(interval_95(kpis_[kpi].moments()), precision_[kpi], goal_);
}

}  // namespace ketensim::stats
