#include "output/run_fingerprint.h"

#include <cstdio>
#include <fstream>
#include <sstream>

#include "output/atomic_file.h"
#include "sim/engine/random.h"

namespace ketensim::output {
namespace {

std::string contents(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  if (!in) throw OutputError("cannot read " + file + " again to fingerprint the run");
  return std::move(text).str();
}

std::string hex(std::uint64_t h) {
  char text[17];
  std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(h));
  return text;
}

// FNV-1a of each file (engine::hash_name), chained in order: the same bytes in the same
// files give the same digits on any machine.
std::string files_hash(const std::vector<std::string>& files) {
  std::uint64_t h = engine::hash_name("ketensim scenario files");
  for (const auto& f : files) h = engine::derive_key(h, engine::hash_name(contents(f)));
  return hex(h);
}

}  // namespace

std::string run_id(const RunFingerprint& f) {
  std::uint64_t h = engine::hash_name("ketensim run " + f.scenario_files + " " + f.version);
  h = engine::derive_key(h, f.seed);
  h = engine::derive_key(h, static_cast<std::uint64_t>(f.replications));
  return hex(engine::derive_key(h, f.max_families));
}

std::string set_id(const std::string& command, const std::vector<RunFingerprint>& runs) {
  std::uint64_t h = engine::hash_name("ketensim " + command);
  for (const auto& r : runs) h = engine::derive_key(h, engine::hash_name(run_id(r)));
  return hex(h);
}

RunFingerprint fingerprint(const scenario::Scenario& s, const model::ChainTables& t,
                           const std::string& version) {
  return {files_hash(s.files), t.seed, t.replications, t.max_families, version};
}

}  // namespace ketensim::output
