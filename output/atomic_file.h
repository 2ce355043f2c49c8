// Output files appear whole or not at all: content goes to a temporary file beside the
// target, is flushed and checked, then renamed over the target (atomic on POSIX).
#pragma once

#include <filesystem>
#include <fstream>
#include <functional>
#include <ostream>
#include <stdexcept>
#include <string>

namespace ketensim::output {

class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void write_atomically(const std::filesystem::path& path,
                      const std::function<void(std::ostream&)>& body);

// The same for a file that must not exist yet: throws OutputError "PATH already exists"
// rather than replace one, also when it appeared while the content was being written.
void write_new_atomically(const std::filesystem::path& path,
                          const std::function<void(std::ostream&)>& body);

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
  // Throws OutputError when a write to stream() has failed (a full disk).
  void check() const;
  void commit();
  void commit_new();  // never replaces an existing target: write_new_atomically

 private:
  void finish();  // flushes and closes the temporary file, or throws

  std::filesystem::path path_, tmp_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace ketensim::output
