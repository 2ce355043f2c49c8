// The ketensim subcommands. Each returns the process exit code; only main() maps exceptions
// that escape to codes (see kExit*).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace ketensim::tools {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;    // anything else: output not writable, internal error
inline constexpr int kExitUsage = 2;      // wrong flag or argument
inline constexpr int kExitScenario = 3;   // the scenario has errors

struct RunOptions {
  std::string scenario;
  std::optional<int> replications;
  std::optional<std::uint64_t> seed;
  std::optional<std::string> out;
  int threads = 0;
  bool quiet = false;
};

int run_command(const RunOptions& o);
int check_command(const std::string& scenario);
int graph_command(const std::string& scenario, const std::string& out);

}  // namespace ketensim::tools
