#include "output/partial_run.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "output/output_set.h"

namespace ketensim::output {
namespace fs = std::filesystem;
namespace {

using nlohmann::json;

json fingerprint_json(const RunFingerprint& f) {
  return {{"scenario_files", f.scenario_files},
          {"seed", f.seed},
          {"replications", f.replications},
          {"max_families", f.max_families},
          {"ketensim_version", f.version}};
}

RunFingerprint fingerprint_of(const json& j) {
  return {j.at("scenario_files").get<std::string>(), j.at("seed").get<std::uint64_t>(),
          j.at("replications").get<int>(), j.at("max_families").get<std::uint64_t>(),
          j.at("ketensim_version").get<std::string>()};
}

// replications_done, checked before use: a value outside 0 .. planned (or not a whole
// number) would otherwise wrap or be undefined when read as an int, and the resume would
// truncate kpis.csv to that many rows.
int replications_done(const json& j, const RunFingerprint& f, const fs::path& dir) {
  const json& v = j.at("replications_done");
  auto planned = static_cast<std::int64_t>(f.replications);
  bool in_range =
      v.is_number_integer() && planned >= 0 &&
      (v.is_number_unsigned() ? v.get<std::uint64_t>() <= static_cast<std::uint64_t>(planned)
                              : v.get<std::int64_t>() >= 0 && v.get<std::int64_t>() <= planned);
  if (!in_range) {
    throw ResumeError("cannot resume " + dir.string() + ": " + (dir / kPartialFile).string() +
                      " has replications_done " + v.dump() + ", not a whole number from 0 to " +
                      std::to_string(f.replications) + " (its planned replications)");
  }
  return v.get<int>();
}

// The checksum of partial.json's values: of the document without its "checksum".
std::string seal(json doc) {
  doc.erase("checksum");
  return text_digest(doc.dump());
}

PartialRun read_partial(const fs::path& dir) {
  std::error_code ec;
  fs::file_status st = fs::status(dir / kPartialFile, ec);
  if (fs::exists(st) && !fs::is_regular_file(st)) {
    throw ResumeError("cannot resume " + dir.string() + ": " + (dir / kPartialFile).string() +
                      " is not a regular file, so not one ketensim wrote");
  }
  std::ifstream in(dir / kPartialFile, std::ios::binary);
  if (!in) {
    throw ResumeError("cannot resume " + dir.string() + ": it holds no " + kPartialFile +
                      ", so no interrupted run to continue");
  }
  try {
    json j = json::parse(in);
    RunFingerprint f = fingerprint_of(j.at("fingerprint"));
    PartialRun p{f,
                 replications_done(j, f, dir),
                 j.at("events_done").get<std::uint64_t>(),
                 j.at("reason").get<std::string>(),
                 j.at("resume").get<std::string>(),
                 j.at("kpis_csv_digest").get<std::string>()};
    if (j.at("checksum").get<std::string>() != seal(j)) {
      throw ResumeError("cannot resume " + dir.string() + ": " + (dir / kPartialFile).string() +
                        " has been edited: its checksum does not match its values (events_done, "
                        "replications_done, ...), so they are not what the interrupted run "
                        "saved; run it afresh");
    }
    return p;
  } catch (const json::exception& e) {
    throw ResumeError("cannot resume " + dir.string() + ": " + kPartialFile +
                      " is not one ketensim wrote (" + e.what() + ")");
  }
}

// Every way the saved run differs from this one, each with what to do about it.
std::string differences(const RunFingerprint& saved, const RunFingerprint& now) {
  std::vector<std::string> found;
  if (saved.version != now.version) {
    found.push_back("the saved run was made by ketensim " + saved.version + ", this is ketensim " +
                    now.version + " (run it afresh)");
  }
  if (saved.scenario_files != now.scenario_files) {
    found.push_back(
        "the scenario file or a file it extends is not the one the saved run "
        "used, or has changed since (run it afresh)");
  }
  auto differ = [&](const std::string& what, const std::string& flag, std::uint64_t was,
                    std::uint64_t is) {
    if (was == is) return;
    found.push_back("the saved run has " + what + " " + std::to_string(was) + " and this one " +
                    std::to_string(is) + " (give " + flag + " " + std::to_string(was) +
                    " to continue it)");
  };
  differ("seed", "--seed", saved.seed, now.seed);
  differ("replications", "--replications", static_cast<std::uint64_t>(saved.replications),
         static_cast<std::uint64_t>(now.replications));
  differ("run.max_families", "--max-families", saved.max_families, now.max_families);
  std::string out;
  for (const auto& f : found) out += (out.empty() ? "" : "; ") + f;
  return out;
}

// partial.json must belong to the very kpis.csv beside it, and both to the whole output set
// of their run: a stale partial.json beside another run's kpis.csv, or an edited value, would
// otherwise continue a run with replications that are not its own.
void check_bound(const fs::path& dir, const PartialRun& saved) {
  std::string kpis;
  try {
    kpis = file_digest(dir / "kpis.csv");
  } catch (const OutputError& e) {
    throw ResumeError("cannot resume " + dir.string() + ": " + e.what());
  }
  if (kpis != saved.kpis_digest) {
    throw ResumeError("cannot resume " + dir.string() + ": " + (dir / "kpis.csv").string() +
                      " is not the file " + kPartialFile + " belongs to: it has changed since " +
                      "the interrupted run saved it, or another run wrote it (its digest is " +
                      kpis + ", " + kPartialFile + " records " + saved.kpis_digest +
                      "); run it afresh");
  }
  try {
    Manifest m = whole_set(dir, kRunSetFiles);
    if (m.run_id != run_id(saved.fingerprint)) {
      throw OutputSetError((dir / kManifestFile).string() + " names run " + m.run_id +
                           ", not run " + run_id(saved.fingerprint) + " of " + kPartialFile);
    }
  } catch (const OutputSetError& e) {
    throw ResumeError("cannot resume " + dir.string() + ": " + e.what() + "; run it afresh");
  }
}

}  // namespace

void write_partial(const fs::path& dir, const PartialRun& p) {
  json doc = {{"partial", true},
              {"reason", p.reason},
              {"replications_done", p.done},
              {"replications_planned", p.fingerprint.replications},
              {"events_done", p.events},
              {"fingerprint", fingerprint_json(p.fingerprint)},
              {"resume", p.resume},
              {"run_id", run_id(p.fingerprint)},
              {"kpis_csv_digest", p.kpis_digest}};
  doc["checksum"] = seal(doc);
  write_atomically(dir / kPartialFile, [&](std::ostream& out) { out << doc.dump(2) << '\n'; });
}

PartialRun saved_partial(const fs::path& dir, const RunFingerprint& now) {
  PartialRun saved = read_partial(dir);
  std::string problems = differences(saved.fingerprint, now);
  if (!problems.empty()) throw ResumeError("cannot resume " + dir.string() + ": " + problems);
  check_bound(dir, saved);
  return saved;
}

}  // namespace ketensim::output
