#include "output/output_folder.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <system_error>

#include "output/atomic_file.h"

namespace ketensim::output {
namespace fs = std::filesystem;

namespace {

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

bool all_digits(const std::string& s) {
  return !s.empty() && s.find_first_not_of("0123456789") == std::string::npos;
}

// `.NAME.tmp-PID` (atomic_file.h) or `.staging-PID` (output_set.h).
bool is_leftover(const std::string& name) {
  if (name.rfind(".staging-", 0) == 0) return all_digits(name.substr(9));
  auto tmp = name.rfind(".tmp-");
  return name.size() > 1 && name[0] == '.' && tmp != std::string::npos && tmp > 1 &&
         all_digits(name.substr(tmp + 5));
}

// Whether `fd` is still the file at `path`: a holder that unlinked it just before we locked
// it leaves us a lock on a file nobody else will ever open.
bool still_linked(int fd, const fs::path& path) {
  struct stat opened {
  }, linked{};
  return ::fstat(fd, &opened) == 0 && ::stat(path.c_str(), &linked) == 0 &&
         opened.st_dev == linked.st_dev && opened.st_ino == linked.st_ino;
}

}  // namespace

OutputLock::OutputLock(const fs::path& dir) : path_(dir / kLockFile) {
  for (;;) {
    fd_ = ::open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
    if (fd_ < 0) throw OutputError("output directory " + dir.string() + " is not writable");
    if (::flock(fd_, LOCK_EX | LOCK_NB) != 0) {
      int error = errno;
      ::close(fd_);
      fd_ = -1;
      if (error == EWOULDBLOCK) {
        throw OutputError("another ketensim is writing into " + dir.string() + " (it holds " +
                          path_.string() + "); wait until it has finished, or give another --out");
      }
      throw OutputError("cannot lock " + dir.string() + ": " + std::strerror(error));
    }
    if (still_linked(fd_, path_)) return;
    ::close(fd_);
    fd_ = -1;
  }
}

OutputLock::~OutputLock() {
  release();
}

OutputLock::OutputLock(OutputLock&& other) noexcept
    : path_(std::move(other.path_)), fd_(other.fd_) {
  other.fd_ = -1;
}

OutputLock& OutputLock::operator=(OutputLock&& other) noexcept {
  if (this != &other) {
    release();
    path_ = std::move(other.path_);
    fd_ = other.fd_;
    other.fd_ = -1;
  }
  return *this;
}

// Unlinked while still locked, so the folder is left as the run found it; a process that
// opened the file before then sees it is no longer linked and opens it afresh.
void OutputLock::release() noexcept {
  if (fd_ < 0) return;
  ::unlink(path_.c_str());
  ::close(fd_);
  fd_ = -1;
}

void remove_leftovers(const fs::path& dir) {
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (is_leftover(entry.path().filename().string())) fs::remove_all(entry.path(), ec);
  }
}

std::string space_problem(const fs::path& dir, std::uintmax_t needed, std::uintmax_t available) {
  std::uintmax_t margin = needed / 10 + 10'000'000;  // temporaries, the report, rounding
  if (needed + margin <= available) return "";
  return "not enough free space for the output in " + dir.string() + ": this run needs about " +
         size_text(needed + margin) + " (its files about " + size_text(needed) +
         ", the report and temporary files the rest), and " + size_text(available) + " are free";
}

OutputLock prepare_directory(const fs::path& dir, std::uintmax_t bytes) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec || !fs::is_directory(dir))
    throw OutputError("cannot create output directory " + dir.string());
  OutputLock lock(dir);
  remove_leftovers(dir);
  fs::path probe = dir / (".write-test.tmp-" + std::to_string(::getpid()));
  std::ofstream out(probe);
  bool ok = static_cast<bool>(out << "ok");
  out.close();
  fs::remove(probe, ec);
  if (!ok) throw OutputError("output directory " + dir.string() + " is not writable");
  if (bytes > 0) check_free_space(dir, bytes);
  return lock;
}

void check_free_space(const fs::path& dir, std::uintmax_t bytes) {
  std::error_code ec;
  fs::space_info space = fs::space(dir, ec);
  std::string problem = ec ? "" : space_problem(dir, bytes, space.available);
  if (!problem.empty()) throw OutputError(problem);
}

}  // namespace ketensim::output
