// `ketensim validate`: run a scenario and lay it next to published figures.
#include <iostream>
#include <memory>
#include <optional>

#include "output/atomic_file.h"
#include "output/validation_writer.h"
#include "sim/experiment/cluster.h"
#include "sim/experiment/experiment.h"
#include "sim/experiment/request_error.h"
#include "sim/experiment/validation.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/checked_scenario.h"
#include "sim/scenario/figures.h"
#include "tools/commands.h"
#include "tools/progress_line.h"

namespace ketensim::tools {
namespace {

struct ValidateOptions {
  std::string scenario;
  std::string figures;
  std::optional<int> replications;
  std::optional<std::uint64_t> seed;
  std::string out;
  int threads = 0;
  bool quiet = false;
};

// The figures named with --figures, else the scenario's published_figures.
std::string figures_file(const ValidateOptions& o, const scenario::Scenario& s) {
  if (!o.figures.empty()) return o.figures;
  if (!s.published_figures.empty()) return s.published_figures;
  throw experiment::RequestError("the scenario names no published_figures; give a figures file with --figures");
}

int validate(const ValidateOptions& o) {
  scenario::Scenario s = model::load_checked(o.scenario);
  scenario::FigureSet figures = scenario::load_figures(figures_file(o, s));
  model::ChainTables t = model::compile(s);
  if (o.replications) t.replications = *o.replications;
  if (o.seed) t.seed = *o.seed;
  t.horizon_days = experiment::validation_horizon(figures, t);
  s.run.seed = t.seed;  // the report describes what was run
  std::filesystem::path out = o.out.empty() ? std::filesystem::path("runs") / (s.name + "-validation") : std::filesystem::path(o.out);
  bool writer = experiment::writes_output();  // under mpirun only rank 0 writes and prints
  if (writer) output::prepare_directory(out);
  // Check the figures name KPIs of this run before spending time on it.
  experiment::check_figures(figures, model::ChainStatistics::catalog(t));
  experiment::ExperimentOptions options;
  options.threads = o.threads;
  options.keep_replications = false;  // memory stays bounded by the replications in flight
  options.progress = ProgressLine("replications", o.quiet || !writer);
  auto result = experiment::run_experiment(t, options);
  auto summaries = experiment::summarise(result);
  auto v = experiment::validate(figures, result.catalog, summaries);
  if (!writer) return v.passed() ? kExitOk : kExitValidation;
  std::string report = output::validation_markdown(v, s, figures, t.replications,
                                                    t.horizon_days / 365.25);
  output::write_atomically(out / "validation.md", [&](std::ostream& os) { os << report; });
  output::write_validation_csv(out / "validation.csv", v);
  if (!o.quiet) {
    std::cout << report << "\nWritten: " << (out / "validation.md").string() << ", "
              << (out / "validation.csv").string() << '\n';
  }
  return v.passed() ? kExitOk : kExitValidation;
}

}  // namespace

Action add_validate(CLI::App& app) {
  auto o = std::make_shared<ValidateOptions>();
  auto* cmd = app.add_subcommand("validate", "Run a scenario and compare it with published figures");
  cmd->add_option("scenario", o->scenario, "Scenario file (YAML)")->required();
  cmd->add_option("--figures,-f", o->figures,
                  "Published figures file (YAML; default: the scenario's published_figures)");
  cmd->add_option("--replications,-r", o->replications, "Override run.replications")->check(CLI::Range(2, 1000000));
  cmd->add_option("--seed,-s", o->seed, "Override run.seed");
  cmd->add_option("--out,-o", o->out, "Output directory (default: runs/<scenario>-validation)");
  cmd->add_option("--threads,-t", o->threads, "Worker threads (default: all cores)")->check(CLI::Range(1, 1024));
  cmd->add_flag("--quiet,-q", o->quiet, "Print nothing but errors (the exit code tells the outcome)");
  return [o] { return validate(*o); };
}

}  // namespace ketensim::tools
