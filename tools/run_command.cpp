#include "tools/commands.h"

#include <cmath>
#include <cstdio>
#include <memory>
#include <optional>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <unistd.h>

#include "output/atomic_file.h"
#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/number_format.h"
#include "output/report/report.h"
#include "sim/experiment/experiment.h"
#include "sim/model/chain_tables.h"
#include "sim/model/checked_scenario.h"

namespace ketensim::tools {
namespace fs = std::filesystem;
namespace {

void progress_line(int done, int total) {
  std::fprintf(stderr, "\r  replications: %d / %d", done, total);
  if (done == total) std::fprintf(stderr, "\n");
}

std::string interval(const stats::Summary& s) {
  auto f = [](double x) {
    std::ostringstream o;
    o << std::fixed << std::setprecision(std::fabs(x) < 10 ? 2 : 1) << x;
    return o.str();
  };
  if (s.n == 0) return "n/a";
  return f(s.mean) + "  (95% CI " + f(s.ci_low) + " .. " + f(s.ci_high) + ")";
}

// The headline figures over the whole run, one line each.
void print_headlines(const experiment::ExperimentResult& r, const std::vector<stats::Summary>& s) {
  static const std::vector<std::string> headline = {
      "arrivals", "exits", "in_system_end", "lead_time_mean", "wait_mean", "waited_share", "utilisation"};
  for (const auto& kpi : headline) {
    for (std::size_t k = 0; k < r.catalog.size(); ++k) {
      const auto& key = r.catalog.key(k);
      if (key.kpi != kpi || key.period != "all") continue;
      std::cout << "  " << std::left << std::setw(34) << (key.kpi + " " + key.subject) << interval(s[k])
                << " " << key.unit << '\n';
    }
  }
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
  bool quiet = false;
};

int run(const RunOptions& o) {
  scenario::Scenario s = model::load_checked(o.scenario);
  model::ChainTables t = model::compile(s);
  if (o.replications) t.replications = *o.replications;
  if (o.seed) t.seed = *o.seed;
  fs::path out = o.out ? fs::path(*o.out) : fs::path("runs") / s.name;
  output::prepare_directory(out);

  experiment::ExperimentOptions options{o.threads, {}};
  if (!o.quiet && ::isatty(STDERR_FILENO)) options.progress = progress_line;
  auto result = experiment::run_experiment(t, options);
  auto summaries = experiment::summarise(result);

  output::write_kpis_csv(out / "kpis.csv", result);
  output::write_summary_csv(out / "summary.csv", result, summaries);
  output::RunInfo info = run_info(s, t, o.scenario, result);
  output::write_summary_json(out / "summary.json", info, result, summaries);
  output::report::write_report(out / "report.html", {info, s, result.catalog, summaries});
  if (o.quiet) return kExitOk;

  std::cout << "ketensim " << KETENSIM_VERSION << ": " << s.name << ", " << t.replications
            << " replications of " << output::format_number(s.run.years) << " years from "
            << engine::format_date(t.start) << ", seed " << t.seed << '\n';
  std::cout << "  " << result.events() << " events in " << std::fixed << std::setprecision(2)
            << result.wall_seconds << " s on " << result.threads << " threads ("
            << std::setprecision(1) << static_cast<double>(result.events()) / result.wall_seconds / 1e6
            << " million events/s)\n\nWhole run, mean over replications:\n";
  print_headlines(result, summaries);
  std::cout << "\nFull output: " << (out / "summary.csv").string() << ", " << (out / "kpis.csv").string()
            << ", " << (out / "summary.json").string() << '\n'
            << "Report: " << (out / "report.html").string() << '\n';
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
  cmd->add_flag("--quiet,-q", o->quiet, "Print nothing but errors");
  return [o] { return run(*o); };
}

}  // namespace ketensim::tools
