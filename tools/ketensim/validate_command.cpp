// `ketensim validate`: run a scenario and lay it next to published figures.
#include <iostream>
#include <memory>
#include <optional>

#include "output/atomic_file.h"
#include "output/backtest_writer.h"
#include "output/output_folder.h"
#include "output/validation_writer.h"
#include "sim/calibration/backtest.h"
#include "sim/calibration/calibration.h"
#include "sim/experiment/cluster.h"
#include "sim/experiment/experiment.h"
#include "sim/experiment/request_error.h"
#include "sim/experiment/run_stopped.h"
#include "sim/experiment/validation.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/checked_scenario.h"
#include "sim/scenario/figures.h"
#include "tools/ketensim/commands.h"
#include "tools/ketensim/interrupt.h"
#include "tools/ketensim/language_option.h"
#include "tools/ketensim/option_checks.h"
#include "tools/ketensim/progress_line.h"

namespace ketensim::tools {
namespace {

struct ValidateOptions {
  std::string scenario;
  std::string figures;
  std::optional<int> backtest;
  std::string spec;
  std::optional<int> max_evaluations;
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
  throw experiment::RequestError(
      "the scenario names no published_figures; give a figures file with --figures");
}

// The spec a back-test calibrates with: --spec, else the one the calibrated scenario names
// (relative to the file that names it).
std::string spec_file(const ValidateOptions& o, const scenario::Scenario& s) {
  if (!o.spec.empty()) return o.spec;
  if (s.calibrated && !s.calibrated->spec.empty()) {
    return (std::filesystem::path(s.calibrated->location.file).parent_path() / s.calibrated->spec)
        .lexically_normal()
        .string();
  }
  throw experiment::RequestError(
      "a back-test needs a calibration spec: the scenario has no `calibrated:` naming one; give --spec");
}

// Calibrates the scenario as it was before its calibration on the figures up to the year,
// runs it forward and sets each later figure beside the model's, the naive and the trend
// forecast.
int backtest(const ValidateOptions& o) {
  scenario::Scenario calibrated = model::load_checked(o.scenario);
  scenario::Scenario s = model::load_checked_uncalibrated(o.scenario);
  scenario::CalibrationSpec spec = scenario::load_calibration_spec(spec_file(o, calibrated));
  if (o.max_evaluations) spec.max_evaluations = *o.max_evaluations;
  scenario::FigureSet figures = scenario::load_figures(figures_file(o, s));
  std::filesystem::path out = o.out.empty() ? std::filesystem::path("runs") / (s.name + "-backtest")
                                            : std::filesystem::path(o.out);
  bool writer = experiment::writes_output();
  output::OutputLock lock = writer ? output::prepare_directory(out) : output::OutputLock();
  InterruptWatch interrupt;
  calibration::CalibrateOptions co;
  co.threads = o.threads;
  co.stop_requested = [&] { return interrupt.requested(); };
  co.last_year = *o.backtest;
  auto progress = std::make_shared<ProgressLine>("calibration evaluations", o.quiet || !writer);
  co.progress = [progress](int done, int total, double) { (*progress)(done, total); };
  calibration::Calibration c = calibration::calibrate(s, spec, figures, co);
  if (c.interrupted) throw experiment::Interrupted("back-test interrupted during its calibration");
  model::ChainTables t = model::compile(c.scenario);
  if (o.replications) t.replications = checked_replications(s, *o.replications);
  if (o.seed) t.seed = *o.seed;
  t.horizon_days = experiment::validation_horizon(figures, t);
  experiment::ExperimentOptions options;
  options.threads = o.threads;
  options.keep_replications = false;
  options.stop_requested = co.stop_requested;
  options.progress = ProgressLine("replications", o.quiet || !writer);
  auto result = experiment::run_experiment(t, options);
  if (!result.complete()) throw experiment::Interrupted("back-test interrupted");
  auto b =
      calibration::backtest(figures, *o.backtest, result.catalog, experiment::summarise(result));
  if (!writer) return kExitOk;
  std::string report = output::backtest_markdown(b, c, s.name, t.replications, chosen_language());
  output::write_atomically(out / "backtest.md", [&](std::ostream& os) { os << report; });
  output::write_backtest_csv(out / "backtest.csv", b);
  if (!o.quiet) {
    std::cout << report << "\n"
              << scenario::filled(said("Written: {}, {}"),
                                  {(out / "backtest.md").string(), (out / "backtest.csv").string()})
              << '\n';
  }
  return kExitOk;
}

int validate(const ValidateOptions& o) {
  if (o.backtest) return backtest(o);
  scenario::Scenario s = model::load_checked(o.scenario);
  scenario::FigureSet figures = scenario::load_figures(figures_file(o, s));
  model::ChainTables t = model::compile(s);
  if (o.replications) t.replications = checked_replications(s, *o.replications);
  if (o.seed) t.seed = *o.seed;
  t.horizon_days = experiment::validation_horizon(figures, t);
  s.run.seed = t.seed;  // the report describes what was run
  std::filesystem::path out = o.out.empty()
                                  ? std::filesystem::path("runs") / (s.name + "-validation")
                                  : std::filesystem::path(o.out);
  bool writer = experiment::writes_output();  // under mpirun only rank 0 writes and prints
  output::OutputLock lock = writer ? output::prepare_directory(out) : output::OutputLock();
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
  std::string report = output::validation_markdown(
      v, s, figures, t.replications, t.horizon_days / engine::kDaysPerYear, chosen_language());
  output::write_atomically(out / "validation.md", [&](std::ostream& os) { os << report; });
  output::write_validation_csv(out / "validation.csv", v);
  if (!o.quiet) {
    std::cout << report << "\n"
              << scenario::filled(said("Written: {}, {}"), {(out / "validation.md").string(),
                                                            (out / "validation.csv").string()})
              << '\n';
  }
  return v.passed() ? kExitOk : kExitValidation;
}

}  // namespace

Action add_validate(CLI::App& app) {
  auto o = std::make_shared<ValidateOptions>();
  auto* cmd =
      app.add_subcommand("validate", "Run a scenario and compare it with published figures");
  cmd->add_option("scenario", o->scenario, "Scenario file (YAML)")->required();
  cmd->add_option("--figures,-f", o->figures,
                  "Published figures file (YAML; default: the scenario's published_figures)");
  cmd->add_option("--replications,-r", o->replications, "Override run.replications")
      ->check(CLI::Range(2, 1000000));
  cmd->add_option("--seed,-s", o->seed, "Override run.seed")->check(seed_number());
  cmd->add_option("--out,-o", o->out, "Output directory (default: runs/<scenario>-validation)");
  cmd->add_option("--threads,-t", o->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1, 1024));
  auto* backtest =
      cmd->add_option(
             "--backtest", o->backtest,
             "Calibrate on the figures up to this year only, run forward, and compare each later figure "
             "with the forecast, the naive forecast (last year observed) and a trend")
          ->check(CLI::Range(1900, 2200));
  cmd->add_option("--spec", o->spec,
                  "With --backtest: the calibration spec (default: the one the scenario's "
                  "`calibrated:` names)")
      ->needs(backtest);
  cmd->add_option(
         "--max-evaluations", o->max_evaluations,
         "With --backtest: override the spec's max_evaluations (a cheaper, less converged fit)")
      ->check(CLI::Range(1, 1000000))
      ->needs(backtest);
  cmd->add_flag("--quiet,-q", o->quiet,
                "Print nothing but errors (the exit code tells the outcome)");
  return [o] { return validate(*o); };
}

}  // namespace ketensim::tools
