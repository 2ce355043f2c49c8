#include "tests/report/headless_chromium.h"

#include <unistd.h>

#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <regex>

namespace ketensim::testing {
namespace fs = std::filesystem;
namespace {

// The flags the issue asks for, a profile of its own per call (tests may run in parallel)
// and no way out to the network.
std::string command(const std::string& program, const fs::path& profile, const std::string& action,
                    const fs::path& page, const std::string& fragment) {
  return program +
         " --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
         " --disable-component-update --disable-sync --hide-scrollbars"
         " --host-resolver-rules='MAP * ~NOTFOUND' --user-data-dir='" +
         profile.string() + "' " + action + " 'file://" + fs::absolute(page).string() +
         (fragment.empty() ? "" : "#" + fragment) + "' 2>/dev/null";
}

std::string output_of(const std::string& cmd) {
  std::string out;
  FILE* pipe = ::popen(cmd.c_str(), "r");
  if (!pipe) return out;
  std::array<char, 65536> buf{};
  for (std::size_t n; (n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0;)
    out.append(buf.data(), n);
  ::pclose(pipe);
  return out;
}

fs::path fresh_profile() {
  static int calls = 0;
  fs::path p = fs::temp_directory_path() /
               ("ketensim-chromium-" + std::to_string(::getpid()) + "-" + std::to_string(++calls));
  fs::remove_all(p);
  return p;
}

std::string run(const std::string& action, const fs::path& page, const std::string& fragment = "") {
  auto program = chromium_program();
  if (!program) return {};
  fs::path profile = fresh_profile();
  std::string out = output_of("timeout 120 " + command(*program, profile, action, page, fragment));
  std::error_code ignored;
  fs::remove_all(profile, ignored);
  return out;
}

}  // namespace

std::optional<std::string> chromium_program() {
  if (fs::exists("/usr/bin/chromium")) return "/usr/bin/chromium";
  if (std::system("command -v chromium >/dev/null 2>&1") == 0) return "chromium";
  return std::nullopt;
}

std::string dump_dom(const fs::path& page) {
  return run("--dump-dom", page);
}

bool screenshot(const fs::path& page, const fs::path& png, int width, int height) {
  std::error_code ignored;
  fs::remove(png, ignored);
  run("--window-size=" + std::to_string(width) + "," + std::to_string(height) + " --screenshot='" +
          fs::absolute(png).string() + "'",
      page);
  return fs::exists(png) && fs::file_size(png) > 0;
}

int printed_pages(const fs::path& page, const std::string& fragment, const fs::path& pdf) {
  std::error_code ignored;
  fs::remove(pdf, ignored);
  run("--no-pdf-header-footer --print-to-pdf='" + fs::absolute(pdf).string() + "'", page, fragment);
  std::ifstream in(pdf, std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  // Each page is one object "/Type /Page" (the page tree is "/Type /Pages").
  std::regex one_page(R"(/Type\s*/Page[^s])");
  return static_cast<int>(std::distance(std::sregex_iterator(bytes.begin(), bytes.end(), one_page),
                                        std::sregex_iterator()));
}

}  // namespace ketensim::testing
