#include "output/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace ketensim::output {
namespace fs = std::filesystem;

namespace {
fs::path temporary_for(const fs::path& path) {
  return path.parent_path() / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()));
}
}  // namespace

void write_atomically(const fs::path& path, const std::function<void(std::ostream&)>& body) {
  AtomicFile file(path);
  body(file.stream());
  file.commit();
}

void write_new_atomically(const fs::path& path, const std::function<void(std::ostream&)>& body) {
  AtomicFile file(path);
  body(file.stream());
  file.commit_new();
}

AtomicFile::AtomicFile(fs::path path) : path_(std::move(path)), tmp_(temporary_for(path_)) {
  out_.open(tmp_, std::ios::binary | std::ios::trunc);
  if (!out_) throw OutputError("cannot write " + tmp_.string() + ": " + std::strerror(errno));
}

AtomicFile::~AtomicFile() {
  if (committed_) return;
  out_.close();
  std::error_code ignored;
  fs::remove(tmp_, ignored);
}

void AtomicFile::check() const {
  if (!out_) throw OutputError("writing " + path_.string() + " failed (disk full?)");
}

void AtomicFile::finish() {
  out_.flush();
  check();
  out_.close();
}

void AtomicFile::commit() {
  finish();
  std::error_code ec;
  fs::rename(tmp_, path_, ec);
  if (ec) throw OutputError("cannot move " + tmp_.string() + " to " + path_.string());
  committed_ = true;
}

// A hard link fails when the target exists, so no file is ever replaced; where the file
// system has no hard links, the target is checked first and the file renamed.
void AtomicFile::commit_new() {
  finish();
  std::error_code ec;
  if (::link(tmp_.c_str(), path_.c_str()) == 0) {
    fs::remove(tmp_, ec);
  } else if (errno == EEXIST || fs::exists(path_, ec)) {
    throw OutputError(path_.string() + " already exists");
  } else {
    fs::rename(tmp_, path_, ec);
    if (ec) throw OutputError("cannot move " + tmp_.string() + " to " + path_.string());
  }
  committed_ = true;
}

}  // namespace ketensim::output
