// `ketensim calibrate SCENARIO --spec SPEC`: the spec's free parameters fitted to the
// published figures with role fit; writes the calibrated overlay and the fit report.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <optional>

#include "output/atomic_file.h"
#include "output/calibration_writer.h"
#include "output/output_folder.h"
#include "sim/calibration/calibration.h"
#include "sim/experiment/cluster.h"
#include "sim/experiment/request_error.h"
#include "sim/model/checked_scenario.h"
#include "sim/scenario/figures.h"
#include "tools/ketensim/commands.h"
#include "tools/ketensim/interrupt.h"
#include "tools/ketensim/language_option.h"
#include "tools/ketensim/option_checks.h"
#include "tools/ketensim/progress_line.h"

namespace ketensim::tools {
namespace fs = std::filesystem;
namespace {

struct CalibrateOptions {
  std::string scenario;
  std::string spec;
  std::string figures;
  std::optional<std::string> out;
  std::optional<std::string> overlay;
  std::optional<std::string> name;
  std::optional<int> replications;
  std::optional<std::uint64_t> seed;
  std::optional<int> max_evaluations;
  std::optional<int> scan;
  int threads = 0;
  bool quiet = false;
};

// The figures: --figures, else the spec's, else the scenario's published_figures.
std::string figures_file(const CalibrateOptions& o, const scenario::CalibrationSpec& spec,
                         const scenario::Scenario& s) {
  if (!o.figures.empty()) return o.figures;
  if (!spec.figures.empty()) return spec.figures;
  if (!s.published_figures.empty()) return s.published_figures;
  throw experiment::RequestError(
      "no figures to fit: the spec and the scenario name none; give --figures");
}

std::string relative_to(const fs::path& file, const fs::path& from_dir) {
  return fs::relative(fs::absolute(file), fs::absolute(from_dir)).generic_string();
}

std::string command_line(const CalibrateOptions& o, const fs::path& overlay) {
  std::string text = "ketensim calibrate " + o.scenario + " --spec " + o.spec;
  if (!o.figures.empty()) text += " --figures " + o.figures;
  if (o.replications) text += " -r " + std::to_string(*o.replications);
  if (o.seed) text += " --seed " + std::to_string(*o.seed);
  if (o.max_evaluations) text += " --max-evaluations " + std::to_string(*o.max_evaluations);
  if (o.scan) text += " --scan " + std::to_string(*o.scan);
  if (o.name) text += " --name " + *o.name;
  return text + " --overlay " + overlay.generic_string();
}

// The schema the base names on its first line (`# yaml-language-server: $schema=...`), seen
// from `dir`; empty when it names none.
std::string schema_seen_from(const fs::path& base, const fs::path& dir) {
  constexpr std::string_view kModeline = "# yaml-language-server: $schema=";
  std::ifstream in(base);
  std::string first;
  if (!std::getline(in, first) || !first.starts_with(kModeline)) return "";
  fs::path schema = fs::path(base).parent_path() / first.substr(kModeline.size());
  return relative_to(schema, dir);
}

// Returns the files written, the overlay first.
std::vector<std::string> write_files(const CalibrateOptions& o, const calibration::Calibration& c,
                                     const scenario::Scenario& s, const std::string& figures,
                                     const fs::path& out, const fs::path& overlay) {
  std::string command = command_line(o, overlay);
  fs::path dir = overlay.parent_path().empty() ? fs::path(".") : overlay.parent_path();
  output::OverlayPaths paths{relative_to(o.scenario, dir), relative_to(o.spec, dir),
                             relative_to(figures, dir), schema_seen_from(o.scenario, dir), ""};
  std::string name = o.name.value_or(s.name + "-calibrated");
  // Beside the overlay, written first: the overlay names it only once it is complete.
  fs::path draws = dir / (overlay.stem().string() + "-draws.csv");
  if (output::write_draws_csv(draws, c)) {
    paths.draws = relative_to(draws, dir);
  } else {
    std::error_code ignored;     // nothing to remove is no problem
    fs::remove(draws, ignored);  // an earlier calibration's, which this overlay no longer names
  }
  output::write_atomically(overlay, [&](std::ostream& os) {
    os << output::calibrated_overlay(c, name, paths, command);
  });
  output::write_atomically(out / "calibration.md", [&](std::ostream& os) {
    os << output::calibration_markdown(c, s.name, command, output::FitTable::included,
                                       chosen_language());
  });
  output::write_parameters_csv(out / "parameters.csv", c);
  output::write_fit_csv(out / "fit.csv", c);
  std::vector<std::string> written{overlay.string()};
  if (!paths.draws.empty()) written.push_back(draws.string());
  for (const char* file : {"calibration.md", "parameters.csv", "fit.csv"})
    written.push_back((out / file).string());
  return written;
}

int calibrate(const CalibrateOptions& o) {
  scenario::Scenario s = model::load_checked(o.scenario);
  scenario::CalibrationSpec spec = scenario::load_calibration_spec(o.spec);
  if (o.replications) spec.replications = checked_replications(s, *o.replications);
  if (o.seed) spec.seed = *o.seed;
  if (o.max_evaluations) spec.max_evaluations = *o.max_evaluations;
  if (o.scan) spec.scan = *o.scan;
  std::string figures_path = figures_file(o, spec, s);
  scenario::FigureSet figures = scenario::load_figures(figures_path);
  fs::path out = o.out ? fs::path(*o.out) : fs::path("runs") / (s.name + "-calibration");
  fs::path overlay = o.overlay ? fs::path(*o.overlay) : out / "calibrated.yaml";
  bool writer = experiment::writes_output();
  output::OutputLock lock = writer ? output::prepare_directory(out) : output::OutputLock();
  auto progress = std::make_shared<ProgressLine>("evaluations", o.quiet || !writer);
  InterruptWatch interrupt;
  calibration::CalibrateOptions options;
  options.threads = o.threads;
  options.progress = [progress](int done, int total, double) { (*progress)(done, total); };
  options.stop_requested = [&] { return interrupt.requested(); };
  calibration::Calibration c = calibration::calibrate(s, spec, figures, options);
  if (!writer) return c.interrupted ? kExitInterrupted : kExitOk;
  std::string written;
  for (const std::string& file : write_files(o, c, s, figures_path, out, overlay))
    written += (written.empty() ? "" : ", ") + file;
  if (!o.quiet) {
    std::string report = (out / "calibration.md").string();
    std::cout << output::calibration_markdown(c, s.name, command_line(o, overlay),
                                              output::FitTable::left_out, chosen_language())
              << "\n"
              << scenario::filled(said("Every figure before and after: {}"), {report}) << "\n"
              << scenario::filled(said("Written: {}"), {written}) << '\n';
  }
  return c.interrupted ? kExitInterrupted : kExitOk;
}

}  // namespace

Action add_calibrate(CLI::App& app) {
  auto o = std::make_shared<CalibrateOptions>();
  auto* cmd =
      app.add_subcommand("calibrate", "Fit a scenario's free parameters to published figures");
  cmd->add_option("scenario", o->scenario, "Scenario file (YAML)")->required();
  cmd->add_option("--spec", o->spec,
                  "Calibration spec (YAML): the free parameters and their bounds")
      ->required();
  cmd->add_option(
      "--figures,-f", o->figures,
      "Published figures file (default: the spec's, else the scenario's published_figures)");
  cmd->add_option("--out,-o", o->out, "Output directory (default: runs/<scenario>-calibration)")
      ->check(non_empty_path());
  cmd->add_option("--overlay", o->overlay,
                  "Where to write the calibrated overlay (default: OUT/calibrated.yaml)");
  cmd->add_option("--name", o->name,
                  "The overlay's scenario name (default: <scenario>-calibrated)");
  cmd->add_option("--replications,-r", o->replications,
                  "Override the spec's replications per evaluation")
      ->check(CLI::Range(2, 100000));
  cmd->add_option("--seed,-s", o->seed, "Override the spec's seed")->check(seed_number());
  cmd->add_option("--max-evaluations", o->max_evaluations, "Override the spec's max_evaluations")
      ->check(CLI::Range(1, 1000000));
  cmd->add_option(
         "--scan", o->scan,
         "Override the spec's scan: positions per parameter after each local run (0: none)")
      ->check(CLI::Range(0, 1000));
  cmd->add_option("--threads,-t", o->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1, 1024));
  cmd->add_flag("--quiet,-q", o->quiet, "Print nothing but errors");
  return [o] { return calibrate(*o); };
}

}  // namespace ketensim::tools
