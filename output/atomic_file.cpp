#include "output/atomic_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <system_error>
#include <unistd.h>

namespace ketensim::output {
namespace fs = std::filesystem;

namespace {
fs::path temporary_for(const fs::path& path) {
  return path.parent_path() / ("." + path.filename().string() + ".tmp-" + std::to_string(::getpid()));
}
}  // namespace

void write_atomically(const fs::path& path, const std::function<void(std::ostream&)>& body) {
  fs::path tmp = temporary_for(path);
  try {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) throw OutputError("cannot write " + tmp.string() + ": " + std::strerror(errno));
    body(out);
    out.flush();
    if (!out) throw OutputError("writing " + path.string() + " failed (disk full?)");
  } catch (...) {
    std::error_code ignored;
    fs::remove(tmp, ignored);
    throw;
  }
  std::error_code ec;
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    throw OutputError("cannot move " + tmp.string() + " to " + path.string());
  }
}

void prepare_directory(const fs::path& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir)) throw OutputError("cannot create output directory " + dir.string());
  fs::path probe = temporary_for(dir / "write-test");
  std::ofstream out(probe);
  bool ok = static_cast<bool>(out << "ok");
  out.close();
  fs::remove(probe, ec);
  if (!ok) throw OutputError("output directory " + dir.string() + " is not writable");
}

}  // namespace ketensim::output
