// ketensim: simulate the Dutch youth protection chain from a YAML scenario.
#include <CLI/CLI.hpp>
#include <iostream>

#include "output/atomic_file.h"
#include "sim/scenario/diagnostic.h"
#include "tools/commands.h"

namespace {

using namespace ketensim::tools;

const char* kFooter = R"(Exit codes:
  0  success
  1  other failure (output not writable, internal error)
  2  usage error (unknown flag, missing argument)
  3  scenario error (the file is malformed or inconsistent; every problem is listed)

Examples:
  ketensim run scenarios/jbt-slice.yaml
  ketensim run scenarios/jbt-slice.yaml --replications 1000 --seed 7 --out runs/slice
  ketensim check my-scenario.yaml
  ketensim graph scenarios/jbt-slice.yaml -o flow.dot)";

int dispatch(CLI::App& app, RunOptions& run, std::string& scenario, std::string& graph_out) {
  if (app.got_subcommand("run")) return run_command(run);
  if (app.got_subcommand("check")) return check_command(scenario);
  if (app.got_subcommand("graph")) return graph_command(scenario, graph_out);
  std::cout << app.help();
  return kExitUsage;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"ketensim " KETENSIM_VERSION ": discrete-event simulation of the youth protection chain"};
  app.set_version_flag("--version", "ketensim " KETENSIM_VERSION);
  app.footer(kFooter);
  app.require_subcommand(0, 1);

  RunOptions run;
  auto* run_cmd = app.add_subcommand("run", "Run a scenario's replications and write CSV and JSON results");
  run_cmd->add_option("scenario", run.scenario, "Scenario file (YAML)")->required();
  run_cmd->add_option("--replications,-r", run.replications, "Override run.replications")->check(CLI::Range(1, 1000000));
  run_cmd->add_option("--seed,-s", run.seed, "Override run.seed");
  run_cmd->add_option("--out,-o", run.out, "Output directory (default: runs/<scenario>)");
  run_cmd->add_option("--threads,-t", run.threads, "Worker threads (default: all cores)")->check(CLI::Range(1, 1024));
  run_cmd->add_flag("--quiet,-q", run.quiet, "Print nothing but errors");

  std::string scenario, graph_out;
  auto* check_cmd = app.add_subcommand("check", "Validate a scenario and report every problem");
  check_cmd->add_option("scenario", scenario, "Scenario file (YAML)")->required();
  auto* graph_cmd = app.add_subcommand("graph", "Write the scenario's flow as Graphviz dot");
  graph_cmd->add_option("scenario", scenario, "Scenario file (YAML)")->required();
  graph_cmd->add_option("--out,-o", graph_out, "Write to this file instead of standard output");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  try {
    return dispatch(app, run, scenario, graph_out);
  } catch (const ketensim::scenario::ScenarioError& e) {
    std::cerr << ketensim::scenario::render(e.diagnostics()) << '\n';
    return kExitScenario;
  } catch (const std::exception& e) {
    std::cerr << "ketensim: error: " << e.what() << '\n';
    return kExitFailure;
  }
}
