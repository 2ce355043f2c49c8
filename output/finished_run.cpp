#include "output/finished_run.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "output/csv_writer.h"
#include "output/output_set.h"

namespace ketensim::output {
namespace fs = std::filesystem;
namespace {

using nlohmann::json;

[[noreturn]] void refuse(const fs::path& dir, const std::string& why) {
  throw ResumeError("cannot extend " + dir.string() + ": " + why);
}

// What summary.json says the saved run was: its replications, events and seed.
struct SavedSummary {
  int replications = 0;
  std::uint64_t events = 0;
  std::uint64_t seed = 0;
};

SavedSummary read_summary(const fs::path& dir) {
  fs::path file = dir / "summary.json";
  std::ifstream in(file, std::ios::binary);
  try {
    const json run = json::parse(in).at("run");
    int n = run.at("replications").get<int>();
    if (n < 1) refuse(dir, file.string() + " has replications " + std::to_string(n));
    return {n, run.at("events").get<std::uint64_t>(), run.at("seed").get<std::uint64_t>()};
  } catch (const json::exception& e) {
    refuse(dir, file.string() + " is not one ketensim wrote (" + e.what() + ")");
  }
}

std::uint64_t count_lines(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::uint64_t lines = 0;
  for (std::string line; std::getline(in, line);) ++lines;
  return lines;
}

// The set's manifest must name this very run with the replications done: any other scenario
// file, run.max_families or ketensim version gives another id.
void check_same_run(const fs::path& dir, const Manifest& m, const SavedSummary& saved,
                    RunFingerprint now) {
  if (saved.seed != now.seed) {
    refuse(dir, "the saved run has seed " + std::to_string(saved.seed) + " and this one " +
                    std::to_string(now.seed) + " (give --seed " + std::to_string(saved.seed) +
                    " to extend it)");
  }
  now.replications = saved.replications;
  if (m.run_id == run_id(now)) return;
  refuse(dir, (dir / kManifestFile).string() + " names another run than this one with " +
                  std::to_string(saved.replications) +
                  " replications: the scenario file or a file it extends, run.max_families or "
                  "the ketensim version is not the saved run's; run it afresh");
}

void check_rows(const fs::path& dir, const SavedSummary& saved, std::size_t per_replication) {
  std::uint64_t expected = 1 + static_cast<std::uint64_t>(saved.replications) * per_replication;
  std::uint64_t lines = count_lines(dir / "kpis.csv");
  if (lines == expected) return;
  refuse(dir, (dir / "kpis.csv").string() + " has " + std::to_string(lines) + " lines, not the " +
                  std::to_string(expected) + " of the saved run's " +
                  std::to_string(saved.replications) + " replications (a header and " +
                  std::to_string(per_replication) + " rows each); run it afresh");
}

}  // namespace

std::uintmax_t FinishedRun::extension_bytes(const stats::KpiCatalog& catalog, int added) const {
  return KpiRowsCsv::estimated_bytes(catalog, done + added);
}

FinishedRun saved_finished(const fs::path& dir, const RunFingerprint& now,
                           std::size_t kpis_per_replication) {
  if (fs::exists(dir / kPartialFile)) {
    refuse(dir, "it holds a partial run (" + (dir / kPartialFile).string() +
                    "); finish it with the --resume command that file names, then extend it");
  }
  Manifest m;
  try {
    m = whole_set(dir, kRunSetFiles);
  } catch (const OutputSetError& e) {
    refuse(dir, std::string(e.what()) + "; run it afresh");
  }
  if (!m.files.count("kpis.csv")) {
    refuse(dir,
           "the run there was made with --kpis none, so its replications cannot be read "
           "back; run it afresh with as many replications as you want in all");
  }
  SavedSummary saved = read_summary(dir);
  check_same_run(dir, m, saved, now);
  check_rows(dir, saved, kpis_per_replication);
  return {saved.replications, saved.events};
}

}  // namespace ketensim::output
