// `ketensim sweep SCENARIO --vary PATH=FROM:TO:STEP [--vary ...]`: the scenario over a grid of
// one or two parameters with common random numbers, for sensitivity.
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "output/atomic_file.h"
#include "output/number_format.h"
#include "output/output_folder.h"
#include "output/output_set.h"
#include "output/run_fingerprint.h"
#include "output/sweep_writer.h"
#include "sim/experiment/cluster.h"
#include "sim/experiment/sweep.h"
#include "sim/model/checked_scenario.h"
#include "tools/ketensim/commands.h"
#include "tools/ketensim/console_text.h"
#include "tools/ketensim/interrupt.h"
#include "tools/ketensim/option_checks.h"
#include "tools/ketensim/progress_line.h"

namespace ketensim::tools {
namespace fs = std::filesystem;
namespace {

struct SweepOptions {
  std::string scenario;
  std::vector<std::string> vary;
  std::vector<std::string> show = {"wait_mean", "utilisation"};
  std::optional<int> replications;
  std::optional<std::uint64_t> seed;
  std::optional<std::string> out;
  int threads = 0;
  bool quiet = false;
};

std::string point_text(const std::vector<experiment::SweepAxis>& axes,
                       const experiment::SweepPoint& p) {
  std::string text;
  for (std::size_t a = 0; a < axes.size(); ++a) {
    text += (a ? ", " : "") + axes[a].parameter + " = " + output::format_number(p.values[a]);
  }
  return text;
}

// The KPIs asked for with --show, whole run, every subject.
void print_point(const experiment::SweepResult& r, const experiment::SweepPoint& p,
                 const std::vector<std::string>& show) {
  std::cout << point_text(r.axes, p) << '\n';
  for (const auto& kpi : show) {
    for (std::size_t k = 0; k < r.catalog.size(); ++k) {
      const auto& key = r.catalog.key(k);
      if (key.kpi != kpi || key.period != "all") continue;
      std::cout << "  " << padded(key.kpi + " " + key.subject, kNameWidth)
                << interval_text(p.summaries[k]) << " " << key.unit << '\n';
    }
  }
}

std::string vary_text(const std::vector<std::string>& vary) {
  std::string text;
  for (const auto& v : vary) text += v + " ";
  return text;
}

int sweep(const SweepOptions& o) {
  scenario::Scenario s = model::load_checked(o.scenario);
  if (o.replications) s.run.replications = checked_replications(s, *o.replications);
  if (o.seed) s.run.seed = *o.seed;
  std::vector<experiment::SweepAxis> axes;
  for (const auto& v : o.vary) axes.push_back(experiment::parse_axis(v));
  for (const auto& w : experiment::sweep_warnings(s, axes)) std::cerr << "warning: " << w << '\n';
  fs::path out = o.out ? fs::path(*o.out) : fs::path("runs") / (s.name + "-sweep");
  bool writer = experiment::writes_output();  // only rank 0 of an MPI job writes
  output::OutputLock lock = writer ? output::prepare_directory(out) : output::OutputLock();

  auto progress = std::make_shared<ProgressLine>("replications", o.quiet);
  InterruptWatch interrupt;
  experiment::ExperimentOptions options{
      .threads = o.threads,
      .progress = with_test_signal([progress](int d, int t) { (*progress)(d, t); }),
      .keep_replications = false,
      .stop_requested = [&] { return interrupt.requested(); }};
  auto report = [&](std::size_t done, std::size_t total, const experiment::SweepPoint& p) {
    if (!o.quiet)
      std::cerr << "  point " << done << " of " << total << ": " << point_text(axes, p) << '\n';
  };
  auto result = experiment::run_sweep(s, axes, options, report);
  if (!writer) return kExitOk;
  output::OutputSet files(out, {"sweep.csv", "sweep.json"});
  output::write_sweep_csv(files.path("sweep.csv"), result);
  output::write_sweep_json(files.path("sweep.json"), result);
  files.publish(output::set_id("sweep " + vary_text(o.vary),
                               {output::fingerprint(s, model::compile(s), KETENSIM_VERSION)}));
  if (o.quiet) return kExitOk;
  std::cout << "\nketensim sweep: " << result.points.size() << " points, " << result.replications
            << " replications each, seed " << result.seed << ", common random numbers\n\n";
  for (const auto& p : result.points) print_point(result, p, o.show);
  std::cout << "\nFull output: " << (out / "sweep.csv").string() << ", "
            << (out / "sweep.json").string() << '\n';
  return kExitOk;
}

}  // namespace

Action add_sweep(CLI::App& app) {
  auto o = std::make_shared<SweepOptions>();
  auto* cmd = app.add_subcommand("sweep", "Run a scenario over a grid of one or two parameters");
  cmd->add_option("scenario", o->scenario, "Scenario file (YAML)")->required();
  cmd->add_option(
         "--vary", o->vary,
         "PATH=FROM:TO:STEP or PATH=V1,V2,..., e.g. resources.jbw.fte=55:75:5 (once or twice)")
      ->required();
  cmd->add_option("--show", o->show,
                  "KPIs printed per point, whole run (default: wait_mean utilisation)");
  cmd->add_option("--replications,-r", o->replications, "Override run.replications")
      ->check(CLI::Range(2, 1000000));
  cmd->add_option("--seed,-s", o->seed, "Override run.seed")->check(seed_number());
  cmd->add_option("--out,-o", o->out, "Output directory (default: runs/<scenario>-sweep)")
      ->check(non_empty_path());
  cmd->add_option("--threads,-t", o->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1, 1024));
  cmd->add_flag("--quiet,-q", o->quiet, "Print nothing but errors");
  return [o] { return sweep(*o); };
}

}  // namespace ketensim::tools
