// `ketensim run SCENARIO`: the scenario's replications, kpis.csv streamed as they complete,
// the summaries, precision.csv and the report. Interrupted, it keeps what is done as a
// partial result that `--resume DIR` continues (output/partial_run.h).
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "output/atomic_file.h"
#include "output/csv_writer.h"
#include "output/json_writer.h"
#include "output/kpi_rows_reader.h"
#include "output/number_format.h"
#include "output/output_folder.h"
#include "output/output_set.h"
#include "output/partial_run.h"
#include "output/precision_writer.h"
#include "output/report/report.h"
#include "output/uncertainty_writer.h"
#include "output/xlsx/result_workbook.h"
#include "sim/experiment/cluster.h"
#include "sim/experiment/experiment.h"
#include "sim/experiment/request_error.h"
#include "sim/experiment/two_level.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/chain_tables.h"
#include "sim/model/checked_scenario.h"
#include "sim/model/demand.h"
#include "tools/commands.h"
#include "tools/console_text.h"
#include "tools/design_options.h"
#include "tools/headlines.h"
#include "tools/interrupt.h"
#include "tools/kpi_choice.h"
#include "tools/language_option.h"
#include "tools/option_checks.h"
#include "tools/progress_line.h"

namespace ketensim::tools {
namespace fs = std::filesystem;
namespace {

struct RunOptions {
  std::string scenario;
  std::optional<int> replications;
  std::optional<std::uint64_t> seed;
  std::optional<int> max_families;
  std::optional<std::string> out;
  std::optional<std::string> resume;
  int threads = 0;
  double precision = 0.05;
  std::optional<int> uncertainty;  // outer draws of the uncertain inputs
  bool xlsx = false;               // also results.xlsx
  bool quiet = false;
};

// What one run is: the scenario, its tables with the command line's overrides, where the
// files go, and (when resuming) what an earlier run saved there.
struct RunPlan {
  scenario::Scenario scenario;
  model::ChainTables tables;
  fs::path out;
  output::RunFingerprint fingerprint;
  std::optional<output::PartialRun> saved;
  output::OutputLock lock;  // on `out`, until its output set is published
};

RunPlan plan(const RunOptions& o) {
  scenario::Scenario s = model::load_checked(o.scenario);
  model::ChainTables t = model::compile(s);
  if (o.replications) t.replications = checked_replications(s, *o.replications);
  if (o.seed) t.seed = *o.seed;
  if (o.max_families) t.max_families = static_cast<std::size_t>(checked_max_families(s, *o.max_families));
  if (o.uncertainty)  // refused before anything is run or written
    experiment::check_uncertainty_request(s.name, *o.uncertainty, s.uncertain.size(), t.replications);
  fs::path out = o.resume ? fs::path(*o.resume)
                 : o.out  ? fs::path(*o.out)
                          : fs::path("runs") / s.name;
  if (!experiment::writes_output()) return {std::move(s), std::move(t), out, {}, std::nullopt, {}};
  stats::KpiCatalog catalog = model::ChainStatistics::catalog(t);
  output::OutputLock lock =
      output::prepare_directory(out, output::KpiRowsCsv::estimated_bytes(catalog, t.replications));
  output::RunFingerprint id = output::fingerprint(s, t, KETENSIM_VERSION);
  std::optional<output::PartialRun> saved;
  if (o.resume) saved = output::saved_partial(out, id);
  return {std::move(s), std::move(t), out, id, saved, std::move(lock)};
}

// `text` as one word for a POSIX shell.
std::string shell_word(const std::string& text) {
  if (!text.empty() && text.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                              "0123456789_./-+=:,") == std::string::npos) {
    return text;
  }
  std::string quoted = "'";
  for (char c : text) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

// The command that continues this run: the same numbers, given explicitly.
std::string resume_command(const RunOptions& o, const RunPlan& p) {
  std::string command = "ketensim run " + shell_word(o.scenario) + " --replications " +
                        std::to_string(p.tables.replications) + " --seed " +
                        std::to_string(p.tables.seed);
  if (o.max_families) command += " --max-families " + std::to_string(*o.max_families);
  return command + " --resume " + shell_word(p.out.string());
}

output::RunInfo run_info(const RunPlan& p, const std::string& file,
                         const experiment::ExperimentResult& r) {
  output::RunInfo info{p.scenario.name,
                       p.scenario.description,
                       file,
                       engine::format_date(p.tables.start),
                       p.scenario.run.years,
                       r.replication_count,
                       p.tables.seed,
                       r.events(),
                       KETENSIM_VERSION};
  for (const auto& d : model::describe_demand(p.tables)) info.demand.emplace_back(d.stream, d.text);
  return info;
}

// Every file of the run into its output set's staging folder, kpis.csv committed (it is
// streamed there); publish() then moves them into place together. A partial run's
// partial.json records the digest of the kpis.csv it belongs to.
void write_results(const RunPlan& p, const output::RunInfo& info,
                   const experiment::ExperimentResult& result, output::KpiRowsCsv& kpis,
                   output::OutputSet& set, bool xlsx) {
  kpis.commit();
  if (info.partial) {
    output::write_partial(set.staging(), {p.fingerprint, result.replication_count, result.events(),
                                          info.partial->reason, info.partial->resume,
                                          set.digest("kpis.csv")});
  }
  auto summaries = experiment::summarise(result);
  output::write_summary_csv(set.path("summary.csv"), result, summaries);
  output::write_precision_csv(set.path("precision.csv"), result);
  output::write_summary_json(set.path("summary.json"), info, result, summaries);
  output::report::write_report(set.path("report.html"),
                               {info, p.scenario, result.catalog, summaries}, nullptr,
                               chosen_language());
  if (xlsx) output::xlsx::write_run_workbook(set.path("results.xlsx"), result.catalog, summaries, chosen_language());
}

void write_uncertainty(output::OutputSet& set, const RunPlan& p,
                       const experiment::ExperimentResult& result,
                       const experiment::TwoLevelResult& u) {
  auto nominal = experiment::summarise(result);
  output::write_uncertainty_csv(set.path("uncertainty.csv"), result.catalog, nominal, u);
  output::write_uncertainty_json(set.path("uncertainty.json"), result.catalog, nominal,
                                 p.scenario.uncertain, u);
}

// The headline figures over the whole run, one line each, and how precise they are.
void print_headlines(const std::string& scenario, const experiment::ExperimentResult& r) {
  auto s = experiment::summarise(r);
  auto headlines = without_unused_exits(headline_indices(r.catalog, run_headlines()), r.catalog, {&r.kpis});
  for (std::size_t k : headlines) {
    const auto& key = r.catalog.key(k);
    std::cout << "  " << padded(headline_name(key), kNameWidth) << interval_text(s[k]) << " "
              << unit_text(key.unit) << '\n';
  }
  std::cout << '\n';
  print_growing_queues(std::cout, scenario, r.catalog, s);
  print_precision(std::cout, r.catalog, r.kpis, headlines);
}

void print_run(const RunPlan& p, const experiment::ExperimentResult& result) {
  std::cout << said("ketensim " KETENSIM_VERSION ": " + p.scenario.name + ", " +
                    std::to_string(result.replication_count) + " replications of " +
                    decimal(output::format_number(p.scenario.run.years)) + " years from " +
                    engine::format_date(p.tables.start) + ", seed " + std::to_string(p.tables.seed))
            << '\n';
  std::ostringstream speed;
  speed << result.events() << " events in " << std::fixed << std::setprecision(2)
        << result.wall_seconds << " s on " << threads_text(result.threads) << " ("
        << std::setprecision(1) << static_cast<double>(result.events()) / result.wall_seconds / 1e6
        << " million events/s)";
  std::cout << "  " << said(speed.str()) << "\n\n"
            << said("Whole run, mean over replications:") << '\n';
  print_headlines(p.scenario.name, result);
  const fs::path& out = p.out;
  std::string files = (out / "summary.csv").string() + ", " + (out / "kpis.csv").string() + ", " +
                      (out / "summary.json").string() + ", " + (out / "precision.csv").string();
  std::cout << '\n'
            << said("Full output: " + files) << '\n'
            << said("Report: " + (out / "report.html").string()) << '\n';
}

void print_partial(const RunPlan& p, const output::PartialNote& note, int done) {
  std::cerr << "ketensim: " << note.reason << " after " << done << " of " << note.planned
            << " replications; the result in " << p.out.string() << " is partial ("
            << output::kPartialFile << " says so)\n  continue it with: " << note.resume << '\n';
}

// Why a run stopped early: this process's signal, or what the MPI job says.
std::string stop_reason(const InterruptWatch& interrupt) {
  if (!interrupt.requested()) return experiment::stop_reason();
  std::string reason = "interrupted by " + interrupt.signal_name();
  if (experiment::ranks() > 1 && interrupt.signal_name() == "SIGTERM") {
    reason += " (under mpirun: a rank was lost, or the job was interrupted)";
  }
  return reason;
}

// --uncertainty N: N draws of the uncertain inputs (a Latin hypercube), each run with the
// run's replications, so each headline KPI gets a second interval, from chance and
// assumptions (sim/experiment/two_level.h). Every rank of an MPI job takes part.
experiment::TwoLevelResult run_uncertainty(const RunOptions& o, const RunPlan& p,
                                           const InterruptWatch& interrupt) {
  scenario::Scenario s = p.scenario;
  s.run.replications = p.tables.replications;
  s.run.seed = p.tables.seed;
  s.run.max_families = static_cast<int>(p.tables.max_families);
  return experiment::run_two_level(s, *o.uncertainty, kpi_choice({}),
                                   design_options(o.threads, "runs over the assumptions", o.quiet, interrupt));
}

void print_uncertainty(const experiment::ExperimentResult& result,
                       const experiment::TwoLevelResult& u, const fs::path& out) {
  auto nominal = experiment::summarise(result);
  std::cout << '\n'
            << said("With the uncertain inputs: " + std::to_string(u.draws) + " draws x " +
                    std::to_string(u.replications) + " replications; mean (95% interval from " +
                    "chance only; from chance and assumptions), assumptions' share of the variance:")
            << '\n';
  for (const auto& k : u.kpis) {
    const auto& key = result.catalog.key(k.kpi);
    const stats::Summary& s = nominal[k.kpi];
    if (k.low == k.high && s.ci_low == s.ci_high) continue;  // the same in every run
    std::cout << "  " << padded(headline_name(key), kNameWidth)
              << said(short_number(s.mean) + " (" + range_text(s.ci_low, s.ci_high) + "; " +
                      range_text(k.low, k.high) + ") " + unit_text(key.unit) + ", " +
                      percent_text(k.assumption_share))
              << '\n';
  }
  std::cout << said("Uncertainty: " + (out / "uncertainty.csv").string() + ", " +
                    (out / "uncertainty.json").string())
            << '\n';
}

int run(const RunOptions& o) {
  RunPlan p = plan(o);

  bool writer = experiment::writes_output();  // only rank 0 of an MPI job writes
  stats::KpiCatalog catalog = model::ChainStatistics::catalog(p.tables);
  std::optional<output::KpiRowsReader> saved_rows;  // reads the old kpis.csv ...
  if (p.saved) saved_rows.emplace(p.out / "kpis.csv", catalog);
  std::optional<output::OutputSet> set;   // ... while the new one is written into its
  std::optional<output::KpiRowsCsv> kpis;  // staging folder
  if (writer) set.emplace(p.out, output::kRunSetFiles);
  if (writer) kpis.emplace(set->path("kpis.csv"), catalog);

  InterruptWatch interrupt;
  experiment::ExperimentOptions options{
      .threads = o.threads,
      .progress = with_test_signal(ProgressLine("replications", o.quiet || !writer)),
      .keep_replications = false,
      .on_replication =
          [&](int i, const experiment::ReplicationResult& r) {
            if (kpis) kpis->add(i, r.values);
          },
      .precision = {o.precision},
      .stop_requested = [&] { return interrupt.requested(); },
      .restored = {p.saved ? p.saved->done : 0, p.saved ? p.saved->events : 0,
                   [&](int i) { return saved_rows->next(i); }}};
  auto result = experiment::run_experiment(p.tables, options);
  std::optional<experiment::TwoLevelResult> uncertainty;
  if (o.uncertainty && result.complete()) uncertainty = run_uncertainty(o, p, interrupt);
  if (!writer) return result.complete() ? kExitOk : kExitInterrupted;

  output::RunInfo info = run_info(p, o.scenario, result);
  if (!result.complete()) {
    info.partial = {p.tables.replications, stop_reason(interrupt), resume_command(o, p)};
  }
  write_results(p, info, result, *kpis, *set, o.xlsx);
  if (uncertainty) write_uncertainty(*set, p, result, *uncertainty);
  set->publish(output::run_id(p.fingerprint));
  if (!o.quiet) print_run(p, result);
  if (!o.quiet && uncertainty) print_uncertainty(result, *uncertainty, p.out);
  if (!info.partial) return kExitOk;
  print_partial(p, *info.partial, result.replication_count);
  return kExitInterrupted;
}

}  // namespace

Action add_run(CLI::App& app) {
  auto o = std::make_shared<RunOptions>();
  auto* cmd = app.add_subcommand("run", "Run a scenario's replications and write CSV and JSON results");
  cmd->add_option("scenario", o->scenario, "Scenario file (YAML)")->required();
  cmd->add_option("--replications,-r", o->replications, "Override run.replications")->check(CLI::Range(1, 1000000));
  cmd->add_option("--seed,-s", o->seed, "Override run.seed")
      ->check(seed_number());
  cmd->add_option("--max-families", o->max_families,
                  "Override run.max_families: families alive at once beyond which a replication "
                  "stops as unstable")
      ->check(CLI::Range(1, 100000000));
  auto* out = cmd->add_option("--out,-o", o->out, "Output directory (default: runs/<scenario>)")->check(non_empty_path());
  cmd->add_option("--resume", o->resume,
                  "Continue the interrupted run saved in this directory (its partial.json); "
                  "the files are then those of an uninterrupted run")
      ->excludes(out);
  cmd->add_option("--threads,-t", o->threads, "Worker threads (default: all cores)")->check(CLI::Range(1, 1024));
  cmd->add_option("--precision", o->precision, "Target 95% half-width relative to the mean, for the replication advice (default 0.05)")
      ->check(finite_range(1e-6, 10.0));
  cmd->add_option("--uncertainty", o->uncertainty,
                  "Also run N draws of the scenario's uncertain inputs, each with the run's "
                  "replications: a second interval per headline KPI, from chance and "
                  "assumptions (uncertainty.csv)")
      ->check(CLI::Range(2, 100000));
  cmd->add_flag("--xlsx", o->xlsx,
                "Also write results.xlsx: the summary and the figures per year, for Excel, with "
                "headers in the language of --lang");
  cmd->add_flag("--quiet,-q", o->quiet, "Print nothing but errors");
  return [o] { return run(*o); };
}

}  // namespace ketensim::tools
