#include "tests/support.h"

#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <stdexcept>

#include "sim/model/checked_scenario.h"
#include "sim/scenario/loader.h"

namespace ketensim::testing {

scenario::Scenario scenario_from(const std::string& yaml) {
  return model::check(scenario::load_scenario_text(yaml, "inline.yaml"));
}

model::ChainTables tables_from(const std::string& yaml) {
  return model::compile(scenario_from(yaml));
}

static std::size_t find(const experiment::ExperimentResult& r, const std::string& name,
                        const std::string& subject, const std::string& period) {
  for (std::size_t k = 0; k < r.catalog.size(); ++k) {
    const auto& key = r.catalog.key(k);
    if (key.kpi == name && key.subject == subject && key.period == period) return k;
  }
  throw std::runtime_error("no KPI " + name + "/" + subject + "/" + period);
}

double kpi(const experiment::ExperimentResult& r, std::size_t replication, const std::string& name,
           const std::string& subject, const std::string& period) {
  return r.replications.at(replication).values[find(r, name, subject, period)];
}

std::vector<double> kpi_values(const experiment::ExperimentResult& r, const std::string& name,
                               const std::string& subject, const std::string& period) {
  return r.values_of(find(r, name, subject, period));
}

double erlang_c_wait(double lambda, double mu, int c) {
  double a = lambda / mu, rho = a / c;
  double term = 1, sum = 0;
  for (int k = 0; k < c; ++k) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  double last = term * a / c / (1 - rho);  // a^c / c! / (1 - rho)
  double p_wait = last / (sum + last);
  return p_wait / (c * mu - lambda);
}

std::string source_path(const std::string& relative) {
  return std::string(KETENSIM_SOURCE_DIR) + "/" + relative;
}

std::filesystem::path temp_path(const std::string& name) {
  static const std::string checkout = [] {
    std::ostringstream hex;
    hex << std::hex << std::hash<std::string>{}(KETENSIM_SOURCE_DIR);
    return hex.str().substr(0, 8);
  }();
  return std::filesystem::temp_directory_path() / ("ketensim-" + checkout + "-" + name);
}

int placeholders(std::string_view text) {
  int n = 0;
  for (auto at = text.find("{}"); at != std::string_view::npos; at = text.find("{}", at + 2)) ++n;
  return n;
}

namespace {
// The scratch folders this process made, removed when it ends.
struct ScratchFolders {
  std::vector<std::filesystem::path> made;
  ~ScratchFolders() {
    std::error_code ignored;
    for (const auto& p : made) std::filesystem::remove_all(p, ignored);
  }
};
}  // namespace

std::filesystem::path scratch_directory(const std::string& name) {
  // ctest runs each test case as its own process, two at a time: the process id keeps two
  // test cases that chose one name out of each other's files.
  static ScratchFolders folders;
  std::filesystem::path p = temp_path("test-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(p);
  std::filesystem::create_directories(p);
  folders.made.push_back(p);
  return p;
}

CommandResult run_command(const std::string& command) {
  CommandResult r;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return r;
  std::array<char, 4096> buf{};
  while (std::fgets(buf.data(), buf.size(), pipe)) r.output += buf.data();
  int status = pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream(path) << text;
}

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

CommandResult run_cli(const std::string& args) {
  return run_command(std::string(KETENSIM_BINARY) + " " + args);
}

CommandResult run_cli(const std::string& args, const std::string& environment) {
  return run_command(environment + " " + KETENSIM_BINARY + " " + args);
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::vector<std::string> shipped_scenarios() {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  fs::path figures = source_path("scenarios/figures"), specs = source_path("scenarios/calibration");
  for (const auto& entry : fs::recursive_directory_iterator(source_path("scenarios"))) {
    if (entry.path().extension() != ".yaml") continue;
    if (entry.path().parent_path() == figures || entry.path().parent_path() == specs) continue;
    files.push_back(entry.path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace ketensim::testing

namespace ketensim::testing {
bool bitwise_equal(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}
}  // namespace ketensim::testing
