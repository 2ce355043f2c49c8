// A run that stopped before its last replication (interrupted, or an MPI rank lost) keeps
// what it finished. kpis.csv holds the rows of replications 0 .. k-1, the summaries are of
// those k and say so (summary.json's run.partial, the report's banner), and partial.json
// beside them records what is needed to continue: the run's fingerprint, k, their events
// and why the run stopped. `ketensim run SCENARIO --resume DIR` reads them back, runs the
// rest, and then writes the files of an uninterrupted run, byte for byte, and removes
// partial.json. A directory without partial.json holds a complete run (or none).
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

#include "output/atomic_file.h"
#include "output/run_fingerprint.h"

namespace ketensim::output {

inline constexpr const char* kPartialFile = "partial.json";

// A saved run cannot be continued by this one: the message names every difference.
class ResumeError : public OutputError {
 public:
  using OutputError::OutputError;
};

struct PartialRun {
  RunFingerprint fingerprint;
  int done = 0;              // replications 0 .. done-1 are in kpis.csv
  std::uint64_t events = 0;  // theirs, in total
  std::string reason;        // "interrupted by SIGINT"
  std::string resume;        // the command that continues the run
};

void write_partial(const std::filesystem::path& dir, const PartialRun& p);
// Once a run is complete: the directory then holds a complete run.
void remove_partial(const std::filesystem::path& dir);

// The partial run saved in `dir`, if this run (`now`) may continue it; otherwise ResumeError.
PartialRun saved_partial(const std::filesystem::path& dir, const RunFingerprint& now);

}  // namespace ketensim::output
