// What makes two runs the same run, so that one may continue the other (partial_run.h): the
// bytes of the scenario file and of every file it extends, the seed, the replications,
// run.max_families and the ketensim version. Paths do not count (a scenario moved or copied
// is the same scenario); threads and --precision do not change what a replication computes.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/model/chain_tables.h"
#include "sim/scenario/scenario.h"

namespace ketensim::output {

struct RunFingerprint {
  std::string scenario_files;  // 16 hex digits: a 64-bit hash of the files' bytes, in order
  std::uint64_t seed = 0;
  int replications = 0;
  std::uint64_t max_families = 0;
  std::string version;
};

// The run's name in its output files (partial.json, manifest.json): 16 hex digits from all of
// the fingerprint, so the same run gets the same id on any machine, and a resumed run the id
// of the uninterrupted one.
std::string run_id(const RunFingerprint& f);

// The name of the output set of a command that runs several scenarios or points (compare,
// capacity, sweep) in its manifest.json: 16 hex digits from the command and its runs'
// fingerprints, in order.
std::string set_id(const std::string& command, const std::vector<RunFingerprint>& runs);

// Throws OutputError when a scenario file cannot be read again.
RunFingerprint fingerprint(const scenario::Scenario& s, const model::ChainTables& t,
                           const std::string& version);

}  // namespace ketensim::output
