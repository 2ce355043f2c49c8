// A finished run that `ketensim run --extend N` continues: its output set (output_set.h)
// holds replications 0 .. done-1, whole, and nothing marks it partial. The new run reads
// those back from kpis.csv and runs replications done .. done+N-1; since a replication's
// random numbers depend only on (seed, replication), the files are those of a fresh run of
// done + N replications, byte for byte (partial_run.h does the same for an interrupted run).
//
// What is checked before anything runs: no partial.json (an interrupted run is continued
// with --resume, not extended); the folder is one run's whole output set, every file as
// manifest.json records it; the manifest's run id is this run's (scenario files, seed,
// run.max_families, ketensim version) with the replications summary.json says were done;
// and kpis.csv has exactly that many replications' rows.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>

#include "output/partial_run.h"
#include "output/run_fingerprint.h"
#include "sim/stats/kpi_catalog.h"

namespace ketensim::output {

struct FinishedRun {
  int done = 0;              // replications 0 .. done-1 are in kpis.csv
  std::uint64_t events = 0;  // theirs, in total

  // About the bytes that extending it by `added` replications writes, to check the free space
  // first: a whole output set of done + added replications, not only the added rows, since
  // every file is written anew beside the old one until it replaces it (output_set.h).
  std::uintmax_t extension_bytes(const stats::KpiCatalog& catalog, int added) const;
};

// The finished run in `dir` if it is `now` (whose replications do not count) with the files it
// published; otherwise ResumeError ("cannot extend DIR: ...") naming the file and what is wrong.
// `kpis_per_replication`: the rows one replication has in kpis.csv (the catalog's size).
FinishedRun saved_finished(const std::filesystem::path& dir, const RunFingerprint& now,
                           std::size_t kpis_per_replication);

}  // namespace ketensim::output
