// ketensim: simulate the Dutch youth protection chain from a YAML scenario.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <iostream>
#include <map>

#include "output/partial_run.h"
#include "sim/experiment/cluster.h"
#include "sim/experiment/request_error.h"
#include "sim/experiment/run_stopped.h"
#include "sim/scenario/diagnostic.h"
#include "tools/commands.h"
#include "tools/language_option.h"

namespace {

using namespace ketensim::tools;

const char* kFooter = R"(Exit codes:
  0  success
  1  other failure (output not writable, internal error)
  2  usage error (unknown flag, missing argument)
  3  scenario error (the file is malformed or inconsistent; every problem is listed)
  4  validate: a figure marked must_match is outside its tolerance
  5  the scenario is unstable: in a replication more families were alive at once than
     run.max_families (or --max-families) allows, as a waiting list grows without end;
     the message names the resource, its requests a year and what it can serve. Or a
     family needs more places than its resource will have for the rest of the run (a
     policy or a swept value lowered them): the message names the stage and resource
  6  interrupted (SIGINT, SIGTERM): the replications running were finished; run keeps
     them as a partial result (partial.json) that `run ... --resume DIR` continues;
     compare, sweep, capacity and sensitivity write nothing
  130, 143  a second SIGINT (SIGTERM) ended the program at once (the shell's 128 + signal);
     files already written stay whole (a hidden temporary .NAME.tmp-PID may be left)

Examples:
  ketensim new mijn-regio --from haaglanden-jbt-slice
  ketensim check mijn-regio.yaml --lang nl
  ketensim run scenarios/haaglanden-jbt-slice.yaml
  ketensim run scenarios/haaglanden-jbt-slice.yaml --replications 1000 --seed 7 --out runs/slice
  ketensim run scenarios/haaglanden-jbt-slice.yaml -r 1000 --seed 7 --resume runs/haaglanden-jbt-slice
  ketensim check my-scenario.yaml
  ketensim graph scenarios/haaglanden-jbt-slice.yaml -o flow.dot
  ketensim validate scenarios/zuid-west-baseline.yaml
  ketensim compare scenarios/haaglanden-jbt-slice.yaml scenarios/examples/lagere-caseload-norm.yaml -r 1000
  ketensim capacity scenarios/haaglanden-jbt-slice.yaml --resource plaatsen_uithuis \
      --target "wait_abandoned <= 5" --years 2020..2024
  ketensim sweep scenarios/haaglanden-jbt-slice.yaml --vary resources.jbw_jeugdbeschermers.fte=50:80:10
  ketensim sensitivity scenarios/policies/haaglanden-beter-samenspel.yaml -r 4 --kpi wait_mean
  ketensim run scenarios/zuid-west-baseline.yaml -r 10 --uncertainty 20
  ketensim schema -o ketensim-scenario.schema.json
  ketensim serve scenarios/zuid-west-baseline.yaml --port 8080
  mpirun -np 4 ketensim run scenarios/haaglanden-jbt-slice.yaml -r 10000 --threads 2   (built with MPI)

The user guide (docs/user-guide.md) has a 30-minute tutorial.)";

int failed(const std::exception& e, int code) {
  std::cerr << "ketensim: " << said("error") << ": " << e.what() << '\n';
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
    std::cerr << "ketensim: " << said("error")
              << ": writing to standard output failed (a full disk, or a closed pipe?)\n";
  }
  return ok;
}

// The command line's one command, and its exit code.
int run_main(int argc, char** argv) {
  CLI::App app{"ketensim " KETENSIM_VERSION ": discrete-event simulation of the youth protection chain"};
  app.set_version_flag("--version", "ketensim " KETENSIM_VERSION);
  app.footer(kFooter);
  app.require_subcommand(0, 1);
  add_language_option(app);
  std::map<std::string, Action> actions = {
      {"run", add_run(app)},         {"check", add_check(app)},       {"graph", add_graph(app)},
      {"validate", add_validate(app)},
      {"calibrate", add_calibrate(app)},
      {"compare", add_compare(app)}, {"capacity", add_capacity(app)}, {"sweep", add_sweep(app)},
      {"sensitivity", add_sensitivity(app)},
      {"params", add_params(app)},   {"schema", add_schema(app)},     {"new", add_new(app)},
      {"serve", add_serve(app)},
  };
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  try {
    return run_chosen(app, actions);
  } catch (const ketensim::experiment::RequestError& e) {
    return failed(e, kExitUsage);
  } catch (const ketensim::output::ResumeError& e) {
    return failed(e, kExitUsage);
  } catch (const ketensim::experiment::UnstableScenario& e) {
    return failed(e, kExitUnstable);
  } catch (const ketensim::experiment::Interrupted& e) {
    std::cerr << "ketensim: interrupted: " << e.what()
              << "; compare, sweep, capacity and sensitivity write their files only when complete, "
                 "so none were written\n";
    return kExitInterrupted;
  } catch (const ketensim::scenario::ScenarioError& e) {
    std::cerr << ketensim::scenario::render(e.diagnostics(), chosen_language()) << '\n';
    return kExitScenario;
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
  if (ketensim::experiment::writes_output() && !stdout_flushed() && code == kExitOk) code = kExitFailure;
  cluster.end(code, code != kExitOk);
  return code;
}
