// The list of numbers one replication produces: each KPI is measured for each of its
// subjects (a stage, a resource, an arrival stream ...) in each reporting period. A
// replication's result is then a flat vector of doubles aligned with the catalog, which is
// what the experiment merges and the writers print. NaN means "not defined in this
// replication" (a mean over nobody) and is left out of the summaries.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace ketensim::stats {

struct KpiKey {
  std::string kpi;      // e.g. "wait_mean_days"
  std::string subject;  // e.g. "jbw"; "all" for the whole chain
  std::string period;   // e.g. "2021"; "all" for the whole run
  std::string unit;     // e.g. "days"
};

struct KpiDefinition {
  std::string name;
  std::string unit;
  std::string meaning;
};

class KpiCatalog {
 public:
  explicit KpiCatalog(std::vector<std::string> periods);

  // Adds a KPI measured for each subject in each period; returns its id.
  int add(const KpiDefinition& def, const std::vector<std::string>& subjects);
  // Inline: the KPI observer looks cells up several times per event.
  std::size_t index(int kpi, int subject, int period) const {
    return first_[kpi] + static_cast<std::size_t>(subject) * periods_.size() + period;
  }
  std::size_t size() const { return keys_.size(); }
  const KpiKey& key(std::size_t i) const { return keys_[i]; }
  const std::vector<KpiKey>& keys() const { return keys_; }
  const std::vector<KpiDefinition>& definitions() const { return definitions_; }
  const std::vector<std::string>& periods() const { return periods_; }
  int period_count() const { return static_cast<int>(periods_.size()); }

 private:
  std::vector<std::string> periods_;
  std::vector<KpiDefinition> definitions_;
  std::vector<std::size_t> first_;  // per KPI: index of (subject 0, period 0)
  std::vector<KpiKey> keys_;
};

}  // namespace ketensim::stats
