#include "output/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <system_error>

namespace ketensim::output {
namespace fs = std::filesystem;

namespace {
fs::path temporary_for(const fs::path& path) {
  return path.parent_path() /
         ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()));
}
// What `st` is, for a person: "a FIFO", "a character device".
std::string kind_of(fs::file_status st) {
  switch (st.type()) {
    case fs::file_type::directory:
      return "a folder";
    case fs::file_type::character:
      return "a character device";
    case fs::file_type::block:
      return "a block device";
    case fs::file_type::fifo:
      return "a FIFO";
    case fs::file_type::socket:
      return "a socket";
    default:
      return "not a regular file";
  }
}

// The rename would replace a device or FIFO (even /dev/full, as root) with a regular file.
void refuse_non_regular(const fs::path& path) {
  std::error_code ec;
  fs::file_status st = fs::status(path, ec);
  if (!fs::exists(st) || fs::is_regular_file(st)) return;
  throw OutputError("cannot write " + path.string() + ": it is " + kind_of(st) +
                    ", and ketensim writes only regular files (or standard output)");
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
  refuse_non_regular(path_);
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
