// What one replication of one scenario leaves behind: its KPI values, aligned with the
// scenario's catalog, and two counts for the run's report.
#pragma once

#include <cstdint>
#include <vector>

namespace ketensim::experiment {

struct ReplicationResult {
  std::vector<double> values;  // aligned with the catalog
  std::uint64_t events = 0;
  std::size_t peak_families = 0;
};

}  // namespace ketensim::experiment
