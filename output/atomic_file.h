// Output files appear whole or not at all: content goes to a temporary file beside the
// target, is flushed and checked, then renamed over the target (atomic on POSIX).
#pragma once

#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>
#include <stdexcept>

namespace ketensim::output {

class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void write_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& body);

// The same for a file written piece by piece while a run goes on (kpis.csv, as replications
// complete): stream() writes to the temporary file, commit() renames it into place. A file
// destroyed without commit() (an error, an interrupted run) leaves the target untouched.
class AtomicFile {
 public:
  explicit AtomicFile(std::filesystem::path path);
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  std::ostream& stream() { return out_; }
  void commit();

 private:
  std::filesystem::path path_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
};

// Creates `dir` if needed and checks that a file can be written in it, before any work starts.
void prepare_directory(const std::filesystem::path& dir);

}  // namespace ketensim::output
