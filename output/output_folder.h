// An output folder is written by one ketensim at a time. The command that writes it holds
// an advisory lock (flock on DIR/.ketensim.lock) from before its first file until its last;
// a second command into the same folder is refused instead of mixing its files with the
// first one's. The kernel releases a flock when its process dies, so a lock file left by a
// killed run blocks nothing. Holding the lock, the command removes the hidden temporaries
// (`.NAME.tmp-PID`, `.staging-PID/`) that a killed run left behind: nobody else writes there.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace ketensim::output {

inline constexpr const char* kLockFile = ".ketensim.lock";

// The lock on one output folder, held while the object lives; a default one holds nothing
// (the ranks of an MPI job that write no files).
class OutputLock {
 public:
  OutputLock() = default;
  // Throws OutputError "another ketensim is writing into DIR ..." when the folder is locked.
  explicit OutputLock(const std::filesystem::path& dir);
  ~OutputLock();
  OutputLock(OutputLock&& other) noexcept;
  OutputLock& operator=(OutputLock&& other) noexcept;
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

  bool held() const { return fd_ >= 0; }

 private:
  void release() noexcept;

  std::filesystem::path path_;
  int fd_ = -1;
};

// Creates `dir` if needed, locks it, removes what a killed run left there, and checks that
// a file can be written in it and, when `bytes` is given, that about that much fits on its
// file system, before any work starts. Keep the returned lock until the last file is written.
[[nodiscard]] OutputLock prepare_directory(const std::filesystem::path& dir,
                                           std::uintmax_t bytes = 0);

// Removes the hidden temporaries in `dir` that a run killed while writing left behind. Only
// for the holder of the folder's lock: a live writer's temporaries look the same.
void remove_leftovers(const std::filesystem::path& dir);

// Throws OutputError (space_problem's text) when about `bytes` do not fit on the file system
// of `dir`; one that does not say how much is free is taken to have room.
void check_free_space(const std::filesystem::path& dir, std::uintmax_t bytes);

// What is wrong with writing about `needed` bytes into `dir` when `available` are free (a
// margin is kept for the temporary files and the file system); empty when nothing is.
std::string space_problem(const std::filesystem::path& dir, std::uintmax_t needed,
                          std::uintmax_t available);

}  // namespace ketensim::output
