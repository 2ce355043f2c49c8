#include "tools/ketensim/command_line.h"

#include "tools/ketensim/language_option.h"

namespace ketensim::tools {
namespace {

// The footer of every --help: what each exit code means and examples; the examples are the
// same in every language.
constexpr const char* kExitCodes = R"(Exit codes:
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

Examples:)";

constexpr const char* kExamples = R"(  ketensim new mijn-regio --from haaglanden-jbt-slice
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
)";

constexpr const char* kGuide = "The user guide (docs/user-guide.md) has a 30-minute tutorial.";

std::string footer() {
  return said_in_help(kExitCodes) + "\n" + kExamples + "\n" + said_in_help(kGuide);
}

}  // namespace

std::vector<std::string> footer_texts() {
  return {kExitCodes, kGuide};
}

std::unique_ptr<CommandLine> make_command_line(int argc, const char* const* argv) {
  choose_language_early(argc, argv);
  auto c = std::make_unique<CommandLine>();
  CLI::App& app = c->app;
  app.description("ketensim " KETENSIM_VERSION
                  ": discrete-event simulation of the youth protection chain");
  app.set_version_flag("--version", "ketensim " KETENSIM_VERSION);
  app.footer(footer());
  app.require_subcommand(0, 1);
  add_language_option(app);
  c->actions = {
      {"run", add_run(app)},
      {"check", add_check(app)},
      {"graph", add_graph(app)},
      {"validate", add_validate(app)},
      {"calibrate", add_calibrate(app)},
      {"compare", add_compare(app)},
      {"capacity", add_capacity(app)},
      {"sweep", add_sweep(app)},
      {"sensitivity", add_sensitivity(app)},
      {"params", add_params(app)},
      {"schema", add_schema(app)},
      {"new", add_new(app)},
      {"serve", add_serve(app)},
  };
  translate_help(app);
  translate_usage_errors(app);
  return c;
}

}  // namespace ketensim::tools
