// A run that stopped before its last replication (interrupted, or an MPI rank lost) keeps
// what it finished. kpis.csv holds the rows of replications 0 .. k-1, the summaries are of
// those k and say so (summary.json's run.partial, the report's banner), and partial.json
// beside them records what is needed to continue: the run's fingerprint, k, their events
// and why the run stopped. `ketensim run SCENARIO --resume DIR` reads them back, runs the
// rest, and then writes the files of an uninterrupted run, byte for byte, and removes
// partial.json. A directory without partial.json holds a complete run (or none).
//
// partial.json is bound to the exact kpis.csv it belongs to: it records the run's id and
// kpis.csv's digest (output_set.h), and a checksum of its own values. A resume refuses a
// kpis.csv of other bytes (another run's, or one edited: an inf, a nan, an emptied cell), a
// partial.json whose values were edited (events_done), and a folder whose files are not the
// whole output set its manifest.json names.
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
  std::string kpis_digest;   // of the kpis.csv saved with it (output_set.h)
};

// Writes DIR/partial.json (DIR: the staging folder of the run's output set).
void write_partial(const std::filesystem::path& dir, const PartialRun& p);

// The partial run saved in `dir`, if this run (`now`) may continue it and its files are the
// ones it saved; otherwise ResumeError naming what is wrong.
PartialRun saved_partial(const std::filesystem::path& dir, const RunFingerprint& now);

}  // namespace ketensim::output
