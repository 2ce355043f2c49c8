#include "sim/stats/kpi_catalog.h"

namespace ketensim::stats {

KpiCatalog::KpiCatalog(std::vector<std::string> periods) : periods_(std::move(periods)) {}

int KpiCatalog::add(const KpiDefinition& def, const std::vector<std::string>& subjects) {
  definitions_.push_back(def);
  first_.push_back(keys_.size());
  for (const auto& subject : subjects) {
    for (const auto& period : periods_) keys_.push_back({def.name, subject, period, def.unit});
  }
  return static_cast<int>(definitions_.size()) - 1;
}

}  // namespace ketensim::stats
