#include "tools/ketensim/shipped_files.h"

#include <algorithm>

#include "sim/experiment/request_error.h"
#include "sim/scenario/diagnostic.h"

namespace ketensim::tools {
namespace fs = std::filesystem;
namespace {

constexpr const char* kSchema = "docs/ketensim-scenario.schema.json";

bool is_root(const fs::path& dir) {
  std::error_code ec;
  return fs::is_regular_file(dir / "scenarios" / "starter.yaml", ec);
}

// The program's own folder, its parent and grandparent, and the share/ketensim beside each.
std::optional<fs::path> root_near_program() {
  std::error_code ec;
  fs::path program = fs::canonical("/proc/self/exe", ec);
  if (ec) return std::nullopt;
  fs::path dir = program.parent_path();
  for (int up = 0; up < 3 && !dir.empty(); ++up, dir = dir.parent_path()) {
    if (is_root(dir)) return dir;
    if (is_root(dir / "share" / "ketensim")) return dir / "share" / "ketensim";
    if (dir == dir.root_path()) break;
  }
  return std::nullopt;
}

// The scenarios' names in alphabetical order.
std::vector<std::string> stems(const std::vector<fs::path>& files) {
  std::vector<std::string> out;
  for (const fs::path& f : files) out.push_back(f.stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::string names_of(const std::vector<fs::path>& files) {
  std::string names;
  for (const std::string& name : stems(files)) names += (names.empty() ? "" : ", ") + name;
  return names;
}

// "--from x: no such file, and no shipped scenario named x (a, b); did you mean 'a'?"
[[noreturn]] void no_scenario(const std::string& from, const std::string& name,
                              const std::optional<fs::path>& root) {
  std::string message = "--from " + from + ": no such file";
  if (!root) {
    throw experiment::RequestError(message +
                                   ", and the shipped scenarios cannot be found next to this "
                                   "ketensim: give the path of a scenario file");
  }
  std::vector<fs::path> all = shipped_scenarios(*root);
  std::string nearest = scenario::nearest(name, stems(all));
  throw experiment::RequestError(message + ", and no shipped scenario is named " + name + " (" +
                                 names_of(all) + ")" +
                                 (nearest.empty() ? "" : "; did you mean '" + nearest + "'?"));
}

}  // namespace

std::optional<fs::path> shipped_root() {
  if (std::optional<fs::path> near = root_near_program()) return near;
  if (is_root(KETENSIM_SOURCE_DIR)) return fs::path(KETENSIM_SOURCE_DIR);
  return std::nullopt;
}

// The published figures under scenarios/figures/ and the calibration specs under
// scenarios/calibration/ are not scenarios (a spec shares its model's name).
std::vector<fs::path> shipped_scenarios(const fs::path& root) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (auto it = fs::recursive_directory_iterator(root / "scenarios", ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->path().extension() != ".yaml") continue;
    fs::path folder = it->path().parent_path();
    if (folder == root / "scenarios" / "figures" || folder == root / "scenarios" / "calibration")
      continue;
    files.push_back(it->path());
  }
  std::sort(files.begin(), files.end());
  return files;
}

fs::path resolve_scenario(const std::string& from) {
  std::error_code ec;
  if (fs::exists(from, ec)) {
    if (!fs::is_regular_file(from, ec)) {
      throw experiment::RequestError("--from " + from + ": not a file");
    }
    return from;
  }
  std::string name = fs::path(from).extension() == ".yaml" ? fs::path(from).stem().string() : from;
  std::optional<fs::path> root = shipped_root();
  if (from.find('/') != std::string::npos || !root) no_scenario(from, name, root);
  std::vector<fs::path> found;
  for (const fs::path& f : shipped_scenarios(*root)) {
    if (f.stem() == name) found.push_back(f);
  }
  if (found.empty()) no_scenario(from, name, root);
  if (found.size() > 1) {
    throw experiment::RequestError("--from " + from + ": several shipped scenarios are named " +
                                   name + " (" + found[0].string() + ", " + found[1].string() +
                                   "): give the path of one");
  }
  return found.front();
}

std::optional<fs::path> shipped_schema() {
  std::optional<fs::path> root = shipped_root();
  std::error_code ec;
  if (!root || !fs::is_regular_file(*root / kSchema, ec)) return std::nullopt;
  return *root / kSchema;
}

}  // namespace ketensim::tools
