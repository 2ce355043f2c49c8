// Output files appear whole or not at all: content goes to a temporary file beside the
// target, is flushed and checked, then renamed over the target (atomic on POSIX).
#pragma once

#include <filesystem>
#include <functional>
#include <ostream>
#include <stdexcept>

namespace ketensim::output {

class OutputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

void write_atomically(const std::filesystem::path& path, const std::function<void(std::ostream&)>& body);

// Creates `dir` if needed and checks that a file can be written in it, before any work starts.
void prepare_directory(const std::filesystem::path& dir);

}  // namespace ketensim::output
