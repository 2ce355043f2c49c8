// What one replication of one scenario leaves behind: its KPI values, aligned with the
// scenario's catalog, and two counts for the run's report.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ketensim::experiment {

struct ReplicationResult {
  std::vector<double> values;  // aligned with the catalog
  std::uint64_t events = 0;
  std::size_t peak_families = 0;
  // Why the replication stopped as unstable (sim/model/instability.h) or at a family it can
  // never serve (sim/model/never_served.h), as a person reads it; empty when it ran to the
  // horizon. The values of a stopped replication mean nothing.
  std::string unstable = {};
};

}  // namespace ketensim::experiment
