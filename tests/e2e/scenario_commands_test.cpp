// The commands a shipped scenario's comments tell the reader to run ("#   ketensim compare
// ..."), run as written with 2 replications: a comment that advertises a command the program
// refuses sends the user off with a wrong example. A year range of a capacity search is cut
// to its first year to keep the test short.
#include <doctest/doctest.h>

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support.h"

namespace {

using ketensim::testing::read_text;

struct Advertised {
  std::string file;
  std::string command;  // the words after "ketensim"
};

// "#   ketensim ARGS", continued over lines that end in a backslash.
std::vector<Advertised> commands_in(const std::string& file) {
  static const std::regex opening(R"(^#\s+ketensim (.*)$)");
  std::istringstream in(read_text(file));
  std::vector<Advertised> found;
  std::string line;
  while (std::getline(in, line)) {
    std::smatch m;
    if (!std::regex_match(line, m, opening)) continue;
    std::string command = m[1].str();
    while (!command.empty() && command.back() == '\\' && std::getline(in, line)) {
      command.pop_back();
      command += " " + std::regex_replace(line, std::regex(R"(^#\s*)"), "");
    }
    found.push_back({file, command});
  }
  return found;
}

// A capacity search cut to its first year; a calibration cut to a few evaluations, its overlay
// written to the test's folder instead of over the shipped baseline.
std::string shortened(const std::string& command, const std::string& out) {
  std::string c =
      std::regex_replace(command, std::regex(R"(--years (\d+)\.\.\d+)"), "--years $1..$1");
  if (c.starts_with("calibrate ")) {
    c = std::regex_replace(c, std::regex(R"(--overlay \S+)"), "--overlay " + out + "/overlay.yaml");
    c += " --max-evaluations 3";
  }
  return c;
}

// Each distinct command once, as first written, with every file that advertises it (the
// calibration commands stand in three files each: the model, the spec and the overlay they
// write). Commands that differ only in spacing are one.
struct Distinct {
  std::string command;
  std::vector<std::string> files;
};

std::vector<Distinct> distinct(const std::vector<Advertised>& all) {
  std::vector<Distinct> out;
  std::map<std::string, std::size_t> index_of;
  for (const auto& a : all) {
    std::string words = std::regex_replace(a.command, std::regex(R"(\s+)"), " ");
    auto [at, added] = index_of.try_emplace(words, out.size());
    if (added) out.push_back({a.command, {}});
    out[at->second].files.push_back(a.file);
  }
  return out;
}

// The subcommand a command runs: its first word.
std::string subcommand(const std::string& command) {
  return command.substr(0, command.find(' '));
}

std::vector<Distinct> all_distinct() {
  std::vector<Advertised> all;
  for (const auto& file : ketensim::testing::shipped_scenarios()) {
    for (auto& a : commands_in(file)) all.push_back(std::move(a));
  }
  CHECK(all.size() >= 5);
  return distinct(all);
}

// The commands whose subcommand comes first (`first` true) or again (false) in reading order.
void run_advertised(bool first) {
  // A folder of each part's own: ctest runs the two at once.
  auto out = ketensim::testing::temp_path(first ? "advertised-first" : "advertised-others");
  std::set<std::string> seen;
  for (const Distinct& d : all_distinct()) {
    if (seen.insert(subcommand(d.command)).second != first) continue;
    // The comments' paths are relative to the repository root.
    auto r = ketensim::testing::run_command(
        "cd " + ketensim::testing::source_path("") + " && " + KETENSIM_BINARY + " " +
        shortened(d.command, out.string()) + " -r 2 -q --out " + out.string());
    INFO("ketensim " << d.command << "\nadvertised in " << d.files.front() << " and "
                     << d.files.size() - 1 << " more\n"
                     << r.output);
    CHECK(r.code == 0);
  }
}

}  // namespace

// Split in two so that a sanitizer build can run each subcommand's code once (the first) and
// leave the others, the same code on other scenarios and arguments, to the Release build
// (the names that start "shipped results: ", which tools/test leaves out there).
TEST_CASE(
    "every ketensim command in a shipped scenario's comments runs as written: the first of "
    "each subcommand") {
  run_advertised(true);
}

TEST_CASE(
    "shipped results: every ketensim command in a shipped scenario's comments runs as written: the others") {
  run_advertised(false);
}
