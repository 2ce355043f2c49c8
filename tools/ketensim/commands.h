// The ketensim subcommands. Each `add_*` registers one subcommand on the application and
// returns the action to run when it was chosen; the action returns the exit code. Only
// main() maps exceptions that escape an action to exit codes (see kExit*).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace ketensim::tools {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;     // anything else: output not writable, internal error
inline constexpr int kExitUsage = 2;       // wrong flag or argument
inline constexpr int kExitScenario = 3;    // the scenario has errors
inline constexpr int kExitValidation = 4;  // validate: a must-match figure is outside its tolerance
inline constexpr int kExitUnstable =
    5;  // more families alive than run.max_families, or one never served
inline constexpr int kExitInterrupted = 6;  // SIGINT/SIGTERM; `run` saved a partial result

using Action = std::function<int()>;

Action add_run(CLI::App& app);
Action add_check(CLI::App& app);
Action add_graph(CLI::App& app);
Action add_validate(CLI::App& app);
Action add_calibrate(CLI::App& app);
Action add_compare(CLI::App& app);
Action add_capacity(CLI::App& app);
Action add_sweep(CLI::App& app);
Action add_sensitivity(CLI::App& app);
Action add_params(CLI::App& app);
Action add_schema(CLI::App& app);
Action add_new(CLI::App& app);
Action add_serve(CLI::App& app);

// Refuses an empty path (`-o ""`), which would otherwise reach the file system as "" and
// fail there with a message naming nothing.
inline CLI::Validator non_empty_path() {
  auto check = [](std::string& path) {
    return path.empty() ? std::string("must not be empty: give a path") : std::string();
  };
  return CLI::Validator(check, "PATH");
}

}  // namespace ketensim::tools
