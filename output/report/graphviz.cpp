#include "output/report/graphviz.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace ketensim::output::report {
namespace fs = std::filesystem;
namespace {

// A temporary file holding `text`, removed when this goes out of scope.
class TemporaryFile {
 public:
  explicit TemporaryFile(const std::string& text) {
    std::string pattern = (fs::temp_directory_path() / "ketensim-graph-XXXXXX").string();
    int fd = ::mkstemp(pattern.data());
    if (fd < 0) return;
    ::close(fd);
    path_ = pattern;
    std::ofstream(path_, std::ios::binary) << text;
  }
  ~TemporaryFile() {
    std::error_code ignored;
    if (!path_.empty()) fs::remove(path_, ignored);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

// `s` as one word for /bin/sh.
std::string shell_quoted(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

// Standard output of `command`, or nullopt when it could not run or exited non-zero.
std::optional<std::string> output_of(const std::string& command) {
  FILE* pipe = ::popen(command.c_str(), "r");
  if (!pipe) return std::nullopt;
  std::string out;
  char buf[65536];
  for (std::size_t n; (n = std::fread(buf, 1, sizeof buf, pipe)) > 0;) out.append(buf, n);
  int status = ::pclose(pipe);
  if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return out;
}

}  // namespace

std::optional<std::string> render_graphviz(const std::string& dot_text, GraphFormat format,
                                           const std::string& program) {
  TemporaryFile input(dot_text);
  if (input.path().empty()) return std::nullopt;
  const char* type = format == GraphFormat::svg ? "-Tsvg" : "-Tpng";
  auto out = output_of(shell_quoted(program) + " " + type + " " + shell_quoted(input.path()) +
                       " 2>/dev/null");
  if (out && out->empty()) return std::nullopt;
  return out;
}

std::string inline_svg(const std::string& svg_document) {
  auto start = svg_document.find("<svg");
  return start == std::string::npos ? std::string() : svg_document.substr(start);
}

}  // namespace ketensim::output::report
