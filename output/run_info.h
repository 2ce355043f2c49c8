// What a run was, written next to its results so a file read later explains itself. Only
// what the seed determines is here, so the files are identical at any thread count.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace ketensim::output {

// A run that stopped before its last replication (partial_run.h): what was planned, why it
// stopped and the command that continues it.
struct PartialNote {
  int planned = 0;
  std::string reason;
  std::string resume;
};

// A run with a stopping rule (run --precision, sim/experiment/mean_precision.h): the target,
// the most replications allowed, whether the rule ended the run before them, and the KPI
// that decided (the last to get within its target), or the one still widest at the most.
struct PrecisionStop {
  double relative = 0;
  int most = 0;
  bool stopped = false;
  bool met = false;  // every headline within its target at the end
  std::string kpi, subject, period, unit;
  double half_width = 0, target = 0;
};

struct RunInfo {
  std::string scenario;
  std::string description;
  std::string scenario_file;
  std::string start_date;
  double years = 0;
  int replications = 0;  // done: fewer than planned in a partial run
  std::uint64_t seed = 0;
  std::uint64_t events = 0;  // deterministic; timings and thread counts are not written
  std::string version;
  std::optional<PartialNote> partial = {};           // set only for a partial run
  std::optional<PrecisionStop> precision_stop = {};  // set only with a stopping rule
  // Per arrival stream, the demand each year assumes in words (model/demand.h).
  std::vector<std::pair<std::string, std::string>> demand = {};
};

}  // namespace ketensim::output
