// ketensim: simulate the Dutch youth protection chain from a YAML scenario.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <map>
#include <new>
#include <stdexcept>

#include "output/partial_run.h"
#include "sim/experiment/cluster.h"
#include "sim/experiment/request_error.h"
#include "sim/experiment/run_stopped.h"
#include "sim/scenario/diagnostic.h"
#include "tools/ketensim/command_line.h"
#include "tools/ketensim/language_option.h"

namespace {

using namespace ketensim::tools;

int failed(const std::exception& e, int code) {
  std::cerr << "ketensim: " << said("error") << ": " << said_error(e.what()) << '\n';
  // In an MPI job only rank 0 prints; a failure of another rank's own is still told.
  if (code == kExitFailure && !ketensim::experiment::writes_output()) {
    std::fprintf(stderr, "ketensim (rank %d): error: %s\n", ketensim::experiment::rank(), e.what());
  }
  return code;
}

int run_chosen(CLI::App& app, const std::map<std::string, Action>& actions) {
  for (const auto& [name, action] : actions) {
    if (app.got_subcommand(name)) return action();
  }
  std::cout << app.help();
  return kExitUsage;
}

// Everything printed reached standard output (not so with `> /dev/full`, or a closed pipe);
// otherwise says so on standard error.
bool stdout_flushed() {
  std::cout.flush();
  bool ok = static_cast<bool>(std::cout) && std::fflush(stdout) == 0 && !std::ferror(stdout);
  if (!ok) {
    std::cerr << "ketensim: " << said("error") << ": "
              << said_error("writing to standard output failed (a full disk, or a closed pipe?)")
              << '\n';
  }
  return ok;
}

// The command line's one command, and its exit code.
int run_main(int argc, char** argv) {
  auto command_line = make_command_line(argc, argv);
  CLI::App& app = command_line->app;
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  try {
    return run_chosen(app, command_line->actions);
  } catch (const ketensim::experiment::RequestError& e) {
    return failed(e, kExitUsage);
  } catch (const ketensim::output::ResumeError& e) {
    return failed(e, kExitUsage);
  } catch (const ketensim::experiment::UnstableScenario& e) {
    std::cerr << "ketensim: " << said("error") << ": " << said_unstable(e.what()) << '\n';
    return kExitUnstable;
  } catch (const ketensim::experiment::Interrupted& e) {
    std::cerr << "ketensim: interrupted: " << e.what()
              << "; compare, sweep, capacity and sensitivity write their files only when complete, "
                 "so none were written\n";
    return kExitInterrupted;
  } catch (const ketensim::scenario::ScenarioError& e) {
    std::cerr << ketensim::scenario::render(e.diagnostics(), chosen_language()) << '\n';
    return kExitScenario;
  } catch (const std::bad_alloc&) {
    // What std::bad_alloc says ("std::bad_alloc") tells a user nothing.
    return failed(std::runtime_error(
                      "out of memory: the machine could not give ketensim the memory it asked for; "
                      "use fewer threads (--threads), or let fewer families into the chain at once "
                      "(a lower run.max_families stops a run whose waiting list grows without end "
                      "sooner)"),
                  kExitFailure);
  } catch (const std::exception& e) {
    return failed(e, kExitFailure);
  }
}

}  // namespace

int main(int argc, char** argv) {
  ketensim::experiment::ClusterSession cluster(argc, argv);
  if (!ketensim::experiment::writes_output()) {  // the other ranks of an MPI job say nothing
    std::cout.rdbuf(nullptr);
    std::cerr.rdbuf(nullptr);
  }
  int code = run_main(argc, argv);
  if (ketensim::experiment::writes_output() && !stdout_flushed() && code == kExitOk)
    code = kExitFailure;
  cluster.end(code, code != kExitOk);
  return code;
}
