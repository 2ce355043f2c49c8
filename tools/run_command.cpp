#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "output/atomic_file.h"
#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/number_format.h"
#include "output/precision_writer.h"
#include "output/report/report.h"
#include "sim/experiment/experiment.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/chain_tables.h"
#include "sim/model/checked_scenario.h"
#include "tools/commands.h"
#include "tools/console_text.h"
#include "tools/headlines.h"
#include "tools/language_option.h"
#include "tools/progress_line.h"

namespace ketensim::tools {
namespace fs = std::filesystem;
namespace {

// The headline figures over the whole run, one line each, and how precise they are.
void print_headlines(const experiment::ExperimentResult& r, const std::vector<stats::Summary>& s) {
  auto headlines = headline_indices(r.catalog, run_headlines());
  for (std::size_t k : headlines) {
    const auto& key = r.catalog.key(k);
    std::cout << "  " << padded(headline_name(key), kNameWidth) << interval_text(s[k]) << " "
              << unit_text(key.unit) << '\n';
  }
  std::cout << '\n';
  print_precision(std::cout, r.catalog, r.kpis, headlines);
}

output::RunInfo run_info(const scenario::Scenario& s, const model::ChainTables& t, const std::string& file,
                         const experiment::ExperimentResult& r) {
  return {s.name, s.description, file, engine::format_date(t.start), s.run.years, t.replications,
          t.seed, r.events(), KETENSIM_VERSION};
}

struct RunOptions {
  std::string scenario;
  std::optional<int> replications;
  std::optional<std::uint64_t> seed;
  std::optional<std::string> out;
  int threads = 0;
  double precision = 0.05;
  bool quiet = false;
};

int run(const RunOptions& o) {
  scenario::Scenario s = model::load_checked(o.scenario);
  model::ChainTables t = model::compile(s);
  if (o.replications) t.replications = *o.replications;
  if (o.seed) t.seed = *o.seed;
  fs::path out = o.out ? fs::path(*o.out) : fs::path("runs") / s.name;
  output::prepare_directory(out);

  // kpis.csv is written as replications complete, so memory does not grow with them.
  stats::KpiCatalog catalog = model::ChainStatistics::catalog(t);
  output::KpiRowsCsv kpis(out / "kpis.csv", catalog);
  experiment::ExperimentOptions options{o.threads, ProgressLine("replications", o.quiet), false,
                                        [&](int i, const experiment::ReplicationResult& r) { kpis.add(i, r.values); },
                                        {o.precision}};
  auto result = experiment::run_experiment(t, options);
  auto summaries = experiment::summarise(result);

  kpis.commit();
  output::write_summary_csv(out / "summary.csv", result, summaries);
  output::write_precision_csv(out / "precision.csv", result);
  output::RunInfo info = run_info(s, t, o.scenario, result);
  output::write_summary_json(out / "summary.json", info, result, summaries);
  output::report::write_report(out / "report.html", {info, s, result.catalog, summaries}, nullptr,
                               chosen_language());
  if (o.quiet) return kExitOk;

  std::cout << said("ketensim " KETENSIM_VERSION ": " + s.name + ", " +
                    std::to_string(t.replications) + " replications of " +
                    decimal(output::format_number(s.run.years)) + " years from " +
                    engine::format_date(t.start) + ", seed " + std::to_string(t.seed))
            << '\n';
  std::ostringstream speed;
  speed << result.events() << " events in " << std::fixed << std::setprecision(2)
        << result.wall_seconds << " s on " << result.threads << " threads (" << std::setprecision(1)
        << static_cast<double>(result.events()) / result.wall_seconds / 1e6 << " million events/s)";
  std::cout << "  " << said(speed.str()) << "\n\n"
            << said("Whole run, mean over replications:") << '\n';
  print_headlines(result, summaries);
  std::string files = (out / "summary.csv").string() + ", " + (out / "kpis.csv").string() + ", " +
                      (out / "summary.json").string() + ", " + (out / "precision.csv").string();
  std::cout << '\n'
            << said("Full output: " + files) << '\n'
            << said("Report: " + (out / "report.html").string()) << '\n';
  return kExitOk;
}

}  // namespace

Action add_run(CLI::App& app) {
  auto o = std::make_shared<RunOptions>();
  auto* cmd = app.add_subcommand("run", "Run a scenario's replications and write CSV and JSON results");
  cmd->add_option("scenario", o->scenario, "Scenario file (YAML)")->required();
  cmd->add_option("--replications,-r", o->replications, "Override run.replications")->check(CLI::Range(1, 1000000));
  cmd->add_option("--seed,-s", o->seed, "Override run.seed");
  cmd->add_option("--out,-o", o->out, "Output directory (default: runs/<scenario>)");
  cmd->add_option("--threads,-t", o->threads, "Worker threads (default: all cores)")->check(CLI::Range(1, 1024));
  cmd->add_option("--precision", o->precision, "Target 95% half-width relative to the mean, for the replication advice (default 0.05)")
      ->check(CLI::Range(1e-6, 10.0));
  cmd->add_flag("--quiet,-q", o->quiet, "Print nothing but errors");
  return [o] { return run(*o); };
}

}  // namespace ketensim::tools
