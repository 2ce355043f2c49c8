// The files one run writes into its folder are one output set: they appear together, or the
// folder shows that they do not. Each file is written whole into a hidden staging folder
// inside the output folder (DIR/.staging-PID); only once every one of them is written does
// publish() move them into DIR and then write DIR/manifest.json, which names the run and the
// digest of each file. Until then the previous set is untouched, so a full disk or an error
// while writing leaves it as it was. A process killed while publishing leaves no manifest
// (the old one is removed first) and files of two runs: a reader calls whole_set(), which
// refuses a folder without a manifest or with a file that does not match it. The next run
// into the folder removes the staging folder a killed run left (output_folder.h).
#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "output/atomic_file.h"

namespace ketensim::output {

inline constexpr const char* kManifestFile = "manifest.json";

// The files a `ketensim run` may publish; a set removes those of them it does not hold, so
// that no file of an earlier run (uncertainty.csv, a partial.json) stays beside it.
inline const std::vector<std::string> kRunSetFiles = {
    "kpis.csv",     "summary.csv",     "summary.json",     "precision.csv", "report.html",
    "partial.json", "uncertainty.csv", "uncertainty.json", "results.xlsx"};

// A folder's files are not one run's whole output set; the message says which file and why.
class OutputSetError : public OutputError {
 public:
  using OutputError::OutputError;
};

// 16 hex digits, a 64-bit digest of the bytes (not cryptographic: it tells a changed or
// another run's file, not a forged one). file_digest throws OutputError when it cannot read.
std::string text_digest(std::string_view bytes);
std::string file_digest(const std::filesystem::path& file);

struct Manifest {
  std::string run_id;
  std::map<std::string, std::string> files;  // name -> digest
};

class OutputSet {
 public:
  // Creates the staging folder in `dir`, which the caller has prepared and locked.
  OutputSet(std::filesystem::path dir, std::vector<std::string> members);
  ~OutputSet();  // the staging folder goes; not published, the folder stays as it was
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;

  // Where to write the file `name` of the set: in the staging folder.
  std::filesystem::path path(const std::string& name) const { return staging_ / name; }
  const std::filesystem::path& staging() const { return staging_; }
  // The digest of a staged file, read once.
  const std::string& digest(const std::string& name);
  // Moves every staged file into the folder, removes the members it does not hold, then writes
  // the manifest. `before_move` is told each file name before it moves (tests stop there).
  void publish(const std::string& run_id,
               const std::function<void(const std::string&)>& before_move = {});

 private:
  std::filesystem::path dir_, staging_;
  std::vector<std::string> members_;
  std::map<std::string, std::string> digests_;
};

// The manifest of the set in `dir`, once every file it names matches its digest and no other
// of `members` is there; otherwise OutputSetError naming the first file that is wrong.
Manifest whole_set(const std::filesystem::path& dir, const std::vector<std::string>& members);

}  // namespace ketensim::output
