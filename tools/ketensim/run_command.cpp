// `ketensim run SCENARIO`: the scenario's replications, kpis.csv streamed as they complete,
// the summaries, precision.csv and the report. Interrupted, it keeps what is done as a
// partial result that `--resume DIR` continues (output/partial_run.h); finished, `--extend N`
// adds N replications to it (output/finished_run.h). With `--precision P` it stops once every
// headline mean is known to within P (sim/experiment/mean_precision.h); without, it runs
// every replication, so a plain run's files do not depend on when a rule would have stopped.
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "output/atomic_file.h"
#include "output/csv_writer.h"
#include "output/finished_run.h"
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
#include "sim/experiment/mean_precision.h"
#include "sim/experiment/request_error.h"
#include "sim/experiment/two_level.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/chain_tables.h"
#include "sim/model/checked_scenario.h"
#include "sim/model/demand.h"
#include "tools/ketensim/commands.h"
#include "tools/ketensim/console_text.h"
#include "tools/ketensim/design_options.h"
#include "tools/ketensim/headlines.h"
#include "tools/ketensim/interrupt.h"
#include "tools/ketensim/kpi_choice.h"
#include "tools/ketensim/language_option.h"
#include "tools/ketensim/option_checks.h"
#include "tools/ketensim/progress_line.h"

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
  std::optional<int> extend;  // replications to add to the finished run in `out`
  int threads = 0;
  std::optional<double> precision;  // given: stop once the headline means are this precise
  std::optional<int> uncertainty;   // outer draws of the uncertain inputs
  bool xlsx = false;                // also results.xlsx
  std::string kpis = "full";        // kpis.csv: "full" (every replication's row) or "none"
  bool quiet = false;
};

// Whether the run writes kpis.csv, the table a later --resume or --extend reads back.
bool keeps_rows(const RunOptions& o) {
  return o.kpis != "none";
}

// The most replications a run may have, however they are asked for (--replications, --extend).
constexpr int kMostReplications = 1000000;

// Replications an earlier run in the output folder computed, read back from its kpis.csv
// instead of run again: those of an interrupted run (--resume) or a finished one (--extend).
struct Saved {
  int done = 0;
  std::uint64_t events = 0;
};

// What one run is: the scenario, its tables with the command line's overrides, where the
// files go, and (when resuming or extending) what an earlier run saved there.
struct RunPlan {
  scenario::Scenario scenario;
  model::ChainTables tables;
  fs::path out;
  output::RunFingerprint fingerprint;
  std::optional<Saved> saved;
  output::OutputLock lock;  // on `out`, until its output set is published
};

// --extend N: the finished run in `out` sets the replications to its own plus N, and the free
// space must hold a whole output set of as many. Under mpirun every rank would have to read
// the folder, so there it is refused.
Saved extended(const RunOptions& o, const scenario::Scenario& s, model::ChainTables& t,
               const fs::path& out, const stats::KpiCatalog& catalog) {
  output::FinishedRun f =
      output::saved_finished(out, output::fingerprint(s, t, KETENSIM_VERSION), catalog.size());
  if (*o.extend > kMostReplications - f.done) {
    throw experiment::RequestError("--extend " + std::to_string(*o.extend) + ": the run in " +
                                   out.string() + " has " + std::to_string(f.done) +
                                   " replications, and a run may have at most " +
                                   std::to_string(kMostReplications) + "; extend it by at most " +
                                   std::to_string(kMostReplications - f.done));
  }
  t.replications = checked_replications(s, f.done + *o.extend);
  if (keeps_rows(o)) output::check_free_space(out, f.extension_bytes(catalog, *o.extend));
  return {f.done, f.events};
}

RunPlan plan(const RunOptions& o) {
  scenario::Scenario s = model::load_checked(o.scenario);
  model::ChainTables t = model::compile(s);
  if (o.replications) t.replications = checked_replications(s, *o.replications);
  if (o.seed) t.seed = *o.seed;
  if (o.max_families)
    t.max_families = static_cast<std::size_t>(checked_max_families(s, *o.max_families));
  fs::path out = o.resume ? fs::path(*o.resume)
                 : o.out  ? fs::path(*o.out)
                          : fs::path("runs") / s.name;
  if (o.extend && experiment::ranks() > 1)
    throw experiment::RequestError("--extend: not under mpirun; extend the run in one process");
  if (o.extend && !fs::is_directory(out))  // before the lock, which would create it
    throw output::ResumeError("cannot extend " + out.string() + ": there is no such folder");
  // Refused before anything is run or written (an extension's folder exists already, and its
  // replications are known only once it is read).
  auto check_uncertainty = [&] {
    if (o.uncertainty)
      experiment::check_uncertainty_request(s.name, *o.uncertainty, s.uncertain.size(),
                                            t.replications);
  };
  if (!o.extend) check_uncertainty();
  std::optional<Saved> saved;
  output::OutputLock lock;
  stats::KpiCatalog catalog = model::ChainStatistics::catalog(t);
  if (experiment::writes_output()) {  // an extension's space is checked once its run is read
    bool sized = !o.extend && keeps_rows(o);
    lock = output::prepare_directory(
        out, sized ? output::KpiRowsCsv::estimated_bytes(catalog, t.replications) : 0);
  }
  if (o.extend) {
    saved = extended(o, s, t, out, catalog);
    check_uncertainty();
  }
  if (!experiment::writes_output()) return {std::move(s), std::move(t), out, {}, std::nullopt, {}};
  output::RunFingerprint id = output::fingerprint(s, t, KETENSIM_VERSION);
  if (o.resume) {
    output::PartialRun p = output::saved_partial(out, id);
    saved = Saved{p.done, p.events};
  }
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
  if (o.precision) command += " --precision " + output::format_number(*o.precision);
  return command + " --resume " + shell_word(p.out.string());
}

// The target of the stopping rule: 0 (none) unless --precision is given.
experiment::PrecisionTarget stop_target(const RunOptions& o) {
  return {.relative = o.precision.value_or(0)};
}

// What the stopping rule judged, for summary.json and the console; none without a rule.
std::optional<output::PrecisionStop> precision_stop(const RunOptions& o, const RunPlan& p,
                                                    const experiment::ExperimentResult& r) {
  if (stop_target(o).relative <= 0 || !r.finished()) return std::nullopt;
  auto check = experiment::check_means(r, headline_indices(r.catalog, run_headlines()),
                                       stop_target(o).relative);
  if (check.judged == 0) return std::nullopt;
  const stats::KpiKey& key = r.catalog.key(check.kpi);
  return output::PrecisionStop{stop_target(o).relative,
                               p.tables.replications,
                               r.stopped_by_rule,
                               check.met,
                               key.kpi,
                               key.subject,
                               key.period,
                               key.unit,
                               check.half_width,
                               check.target};
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

// The id the output set is published under: the run's, with the replications it holds once a
// stopping rule ended it (so a run stopped at n is the run of n, which --extend continues).
std::string published_id(const RunPlan& p, const experiment::ExperimentResult& r) {
  output::RunFingerprint f = p.fingerprint;
  if (r.stopped_by_rule) f.replications = r.replication_count;
  return output::run_id(f);
}

// Every file of the run into its output set's staging folder, kpis.csv committed (it is
// streamed there) unless the run keeps none; publish() then moves them into place together. A
// partial run's partial.json records the digest of the kpis.csv it belongs to; without one,
// there is nothing to resume from, and no partial.json.
void write_results(const RunPlan& p, const output::RunInfo& info,
                   const experiment::ExperimentResult& result, output::KpiRowsCsv* kpis,
                   output::OutputSet& set, bool xlsx) {
  if (kpis) kpis->commit();
  if (info.partial && kpis) {
    output::write_partial(set.staging(),
                          {p.fingerprint, result.replication_count, result.events(),
                           info.partial->reason, info.partial->resume, set.digest("kpis.csv")});
  }
  auto summaries = experiment::summarise(result);
  output::write_summary_csv(set.path("summary.csv"), result, summaries);
  output::write_precision_csv(set.path("precision.csv"), result);
  output::write_summary_json(set.path("summary.json"), info, result, summaries);
  output::report::write_report(set.path("report.html"),
                               {info, p.scenario, result.catalog, summaries}, nullptr,
                               chosen_language());
  if (xlsx)
    output::xlsx::write_run_workbook(set.path("results.xlsx"), result.catalog, summaries,
                                     chosen_language());
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
  auto headlines =
      without_unused_exits(headline_indices(r.catalog, run_headlines()), r.catalog, {&r});
  for (std::size_t k : headlines) {
    const auto& key = r.catalog.key(k);
    std::cout << "  " << padded(headline_name(key), kNameWidth) << interval_text(s[k]) << " "
              << unit_text(key.unit) << '\n';
  }
  std::cout << '\n';
  print_growing_queues(std::cout, scenario, r.catalog, s);
  print_precision(std::cout, r.catalog, r.kpis, headlines);
}

// Why the run ran as many replications as it did: the stopping rule met, and the headline
// that decided; or the most allowed, and the headline still too wide (or, every one met only
// after the last look, the one nearest to its target), in the words compare uses.
void print_stop(const output::PrecisionStop& stop, int replications) {
  std::string name = headline_name({stop.kpi, stop.subject, stop.period, stop.unit});
  std::string widths =
      plus_minus(stop.half_width, stop.unit) + " against " + plus_minus(stop.target, stop.unit);
  std::string n = std::to_string(replications);
  std::string target =
      "(" + percent_text(stop.relative) +
      " of the mean, at least half a day, half a percentage point or half a family)";
  std::string text = stop.stopped
                         ? "Stopped after " + n + " of at most " + std::to_string(stop.most) +
                               " replications: every headline mean is within its target " + target +
                               "; the last to get there: "
                     : stop.met ? "Ran all " + n +
                                      " replications, the most allowed (--replications); every "
                                      "headline mean is within its target " +
                                      target + " there; the widest: "
                                : "Ran all " + n +
                                      " replications, the most allowed (--replications): not every "
                                      "headline mean is within its target " +
                                      target + "; the widest: ";
  std::cout << said(text + name + " (" + widths + ")") << '\n';
}

// How fast the replications run now went; those read back from kpis.csv (--resume, --extend)
// took no simulation, so their events are left out and the line says so.
std::string speed_text(const experiment::ExperimentResult& result) {
  auto fixed = [](double x, int decimals) {
    std::ostringstream o;
    o << std::fixed << std::setprecision(decimals) << x;
    return decimal(o.str());  // "1,52 s" in Dutch
  };
  std::ostringstream speed;
  speed << result.events_run_now() << " events in " << fixed(result.wall_seconds, 2) << " s on "
        << threads_text(result.threads) << " (" << fixed(result.events_per_second() / 1e6, 1)
        << " million events/s)";
  if (result.restored_count > 0) {
    speed << " in the " << result.replications_run_now() << " replications run now; the "
          << result.restored_count << " read back from kpis.csv are not counted";
  }
  return speed.str();
}

void print_run(const RunPlan& p, const experiment::ExperimentResult& result,
               const std::optional<output::PrecisionStop>& stop, bool rows) {
  std::cout << said("ketensim " KETENSIM_VERSION ": " + p.scenario.name + ", " +
                    std::to_string(result.replication_count) + " replications of " +
                    decimal(output::format_number(p.scenario.run.years)) + " years from " +
                    engine::format_date(p.tables.start) + ", seed " + std::to_string(p.tables.seed))
            << '\n';
  std::cout << "  " << said(speed_text(result)) << "\n\n"
            << said("Whole run, mean over replications:") << '\n';
  print_headlines(p.scenario.name, result);
  if (stop) print_stop(*stop, result.replication_count);
  const fs::path& out = p.out;
  std::string files = (out / "summary.csv").string() + ", " +
                      (rows ? (out / "kpis.csv").string() + ", " : "") +
                      (out / "summary.json").string() + ", " + (out / "precision.csv").string();
  std::cout << '\n'
            << said("Full output: " + files) << '\n'
            << said("Report: " + (out / "report.html").string()) << '\n';
}

void print_partial(const RunPlan& p, const output::PartialNote& note, int done) {
  std::cerr << "ketensim: " << note.reason << " after " << done << " of " << note.planned
            << " replications; the result in " << p.out.string() << " is partial";
  if (note.resume.empty()) {
    std::cerr << " (summary.json says so)\n  it cannot be continued: it was run with --kpis "
                 "none, so no replication can be read back; run it afresh\n";
    return;
  }
  std::cerr << " (" << output::kPartialFile << " says so)\n  continue it with: " << note.resume
            << '\n';
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
  return experiment::run_two_level(
      s, *o.uncertainty, kpi_choice({}),
      design_options(o.threads, "runs over the assumptions", o.quiet, interrupt));
}

void print_uncertainty(const experiment::ExperimentResult& result,
                       const experiment::TwoLevelResult& u, const fs::path& out) {
  auto nominal = experiment::summarise(result);
  std::cout << '\n'
            << said(
                   "With the uncertain inputs: " + std::to_string(u.draws) + " draws x " +
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
  std::optional<output::OutputSet> set;    // ... while the new one is written into its
  std::optional<output::KpiRowsCsv> kpis;  // staging folder
  if (writer) set.emplace(p.out, output::kRunSetFiles);
  if (writer && keeps_rows(o)) kpis.emplace(set->path("kpis.csv"), catalog);

  InterruptWatch interrupt;
  experiment::ExperimentOptions options{
      .threads = o.threads,
      .progress = with_test_signal(ProgressLine("replications", o.quiet || !writer)),
      .keep_replications = false,
      .on_replication =
          [&](int i, const experiment::ReplicationResult& r) {
            if (kpis) kpis->add(i, r.values);
          },
      .precision = {o.precision.value_or(0) > 0 ? *o.precision : stats::PrecisionGoal{}.relative},
      .stop_requested = [&] { return interrupt.requested(); },
      .restored = {p.saved ? p.saved->done : 0, p.saved ? p.saved->events : 0,
                   [&](int i) { return saved_rows->next(i); }}};
  auto rule = experiment::mean_rule(stop_target(o), headline_indices(catalog, run_headlines()));
  auto result = experiment::run_experiment(p.tables, options, rule);
  std::optional<experiment::TwoLevelResult> uncertainty;
  if (o.uncertainty && result.finished()) uncertainty = run_uncertainty(o, p, interrupt);
  if (!writer) return result.finished() ? kExitOk : kExitInterrupted;

  output::RunInfo info = run_info(p, o.scenario, result);
  if (!result.finished()) {
    info.partial = {p.tables.replications, stop_reason(interrupt),
                    keeps_rows(o) ? resume_command(o, p) : ""};
  }
  info.precision_stop = precision_stop(o, p, result);
  write_results(p, info, result, kpis ? &*kpis : nullptr, *set, o.xlsx);
  if (uncertainty) write_uncertainty(*set, p, result, *uncertainty);
  set->publish(published_id(p, result));
  if (!o.quiet) print_run(p, result, info.precision_stop, keeps_rows(o));
  if (!o.quiet && uncertainty) print_uncertainty(result, *uncertainty, p.out);
  if (!info.partial) return kExitOk;
  print_partial(p, *info.partial, result.replication_count);
  return kExitInterrupted;
}

}  // namespace

Action add_run(CLI::App& app) {
  auto o = std::make_shared<RunOptions>();
  auto* cmd =
      app.add_subcommand("run", "Run a scenario's replications and write CSV and JSON results");
  cmd->add_option("scenario", o->scenario, "Scenario file (YAML)")->required();
  auto* replications =
      cmd->add_option("--replications,-r", o->replications,
                      "Override run.replications; with --precision, the most replications")
          ->check(CLI::Range(1, kMostReplications));
  cmd->add_option("--seed,-s", o->seed, "Override run.seed")->check(seed_number());
  cmd->add_option("--max-families", o->max_families,
                  "Override run.max_families: families alive at once beyond which a replication "
                  "stops as unstable")
      ->check(CLI::Range(1, 100000000));
  auto* out = cmd->add_option("--out,-o", o->out, "Output directory (default: runs/<scenario>)")
                  ->check(non_empty_path());
  auto* resume = cmd->add_option("--resume", o->resume,
                                 "Continue the interrupted run saved in this directory (its "
                                 "partial.json); the files are then those of an uninterrupted run")
                     ->excludes(out);
  cmd->add_option("--threads,-t", o->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1, 1024));
  auto* precision =
      cmd->add_option("--precision", o->precision,
                      "Stop when every headline mean's 95% half-width is within this share of "
                      "the mean (at least half a day, half a percentage point or half a family), "
                      "looked at every 10 replications from 20 (--replications the most); 0 runs "
                      "them all. Without it every replication runs, and the replication advice "
                      "(precision.csv) aims at 0.05")
          ->check(finite_range(0.0, 10.0));
  cmd->add_option("--extend", o->extend,
                  "Add N replications to the finished run in --out (default runs/<scenario>), "
                  "reading its replications back from kpis.csv: the files are those of a fresh "
                  "run of as many replications as both together")
      ->check(CLI::Range(1, kMostReplications))
      ->excludes(replications)
      ->excludes(resume)
      ->excludes(precision);
  cmd->add_option("--uncertainty", o->uncertainty,
                  "Also run N draws of the scenario's uncertain inputs, each with the run's "
                  "replications: a second interval per headline KPI, from chance and "
                  "assumptions (uncertainty.csv)")
      ->check(CLI::Range(2, 100000));
  cmd->add_flag("--xlsx", o->xlsx,
                "Also write results.xlsx: the summary and the figures per year, for Excel, with "
                "headers in the language of --lang");
  cmd->add_option("--kpis", o->kpis,
                  "kpis.csv, every replication's value of every KPI: full (the default; a run "
                  "that keeps it can be resumed and extended) or none (only the summaries, "
                  "for a run that is neither)")
      ->check(CLI::IsMember({"full", "none"}));
  cmd->add_flag("--quiet,-q", o->quiet, "Print nothing but errors");
  return [o] { return run(*o); };
}

}  // namespace ketensim::tools
