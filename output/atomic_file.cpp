#include "output/atomic_file.h"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace ketensim::output {
namespace fs = std::filesystem;

namespace {
fs::path temporary_for(const fs::path& path) {
  return path.parent_path() / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()));
}
// "1.2 GB", "350 MB", "12 kB": the size a person compares with what df says.
std::string size_text(std::uintmax_t bytes) {
  const char* units[] = {"bytes", "kB", "MB", "GB", "TB"};
  double x = static_cast<double>(bytes);
  int u = 0;
  for (; x >= 1000 && u < 4; ++u) x /= 1000;
  char buf[32];
  std::snprintf(buf, sizeof buf, u == 0 ? "%.0f %s" : "%.1f %s", x, units[u]);
  return buf;
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

std::string space_problem(const fs::path& dir, std::uintmax_t needed, std::uintmax_t available) {
  std::uintmax_t margin = needed / 10 + 10'000'000;  // temporaries, the report, rounding
  if (needed + margin <= available) return "";
  return "not enough free space for the output in " + dir.string() + ": this run needs about " +
         size_text(needed + margin) + " (its files about " + size_text(needed) +
         ", the report and temporary files the rest), and " + size_text(available) + " are free";
}

void prepare_directory(const fs::path& dir, std::uintmax_t bytes) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) throw OutputError("cannot create output directory " + dir.string());
  fs::path probe = temporary_for(dir / "write-test");
  std::ofstream out(probe);
  bool ok = static_cast<bool>(out << "ok");
  out.close();
  fs::remove(probe, ec);
  if (!ok) throw OutputError("output directory " + dir.string() + " is not writable");
  if (bytes == 0) return;
  fs::space_info space = fs::space(dir, ec);
  std::string problem = ec ? "" : space_problem(dir, bytes, space.available);
  if (!problem.empty()) throw OutputError(problem);
}

}  // namespace ketensim::output
