// `ketensim compare BASE.yaml ALT.yaml [...]`: scenarios run with common random numbers,
// each KPI's mean and interval per scenario, and each alternative's paired difference from
// the base with its interval, flagged when it is not significant. With --select, which of
// them is best on one KPI (select_option.h).
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>

#include "output/atomic_file.h"
#include "output/comparison_writer.h"
#include "output/output_folder.h"
#include "output/output_set.h"
#include "output/report/kpi_labels.h"
#include "output/report/report.h"
#include "output/run_fingerprint.h"
#include "output/selection_writer.h"
#include "output/uncertainty_writer.h"
#include "output/xlsx/result_workbook.h"
#include "sim/experiment/cluster.h"
#include "sim/experiment/comparison.h"
#include "sim/experiment/difference_precision.h"
#include "sim/experiment/effects.h"
#include "sim/experiment/request_error.h"
#include "sim/experiment/run_stopped.h"
#include "sim/experiment/scenario_set.h"
#include "sim/experiment/selection_rule.h"
#include "sim/experiment/two_level.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/checked_scenario.h"
#include "tools/ketensim/commands.h"
#include "tools/ketensim/comparison_report.h"
#include "tools/ketensim/console_text.h"
#include "tools/ketensim/design_options.h"
#include "tools/ketensim/effect_text.h"
#include "tools/ketensim/headlines.h"
#include "tools/ketensim/interrupt.h"
#include "tools/ketensim/kpi_choice.h"
#include "tools/ketensim/language_option.h"
#include "tools/ketensim/option_checks.h"
#include "tools/ketensim/progress_line.h"
#include "tools/ketensim/select_option.h"

namespace ketensim::tools {
namespace fs = std::filesystem;
namespace {

struct CompareOptions {
  std::vector<std::string> scenarios;
  std::optional<int> replications;
  std::optional<std::uint64_t> seed;
  std::optional<std::string> out;
  int threads = 0;
  double precision = 0.05;
  double material = experiment::kDefaultMaterial;  // the smallest effect called out
  std::optional<int> uncertainty;                  // outer draws of the uncertain inputs
  bool xlsx = false;                               // also compare.xlsx
  std::optional<std::string> select;               // the KPI to select the best scenario on
  std::optional<double> delta;  // its indifference zone (default: the unit's resolution)
  double confidence = 0.95;
  bool quiet = false;
};

// Every scenario gets the base's replications and seed (after the overrides): that is what
// makes the numbers common.
std::vector<model::ChainTables> compile_all(const std::vector<scenario::Scenario>& scenarios,
                                            const CompareOptions& o) {
  std::vector<model::ChainTables> out;
  for (const auto& s : scenarios) {
    out.push_back(model::compile(s));
    out.back().replications =
        o.replications ? checked_replications(s, *o.replications) : scenarios[0].run.replications;
    out.back().seed = o.seed.value_or(scenarios[0].run.seed);
  }
  return out;
}

std::string short_interval(const stats::Summary& s) {
  return short_number(s.mean) + " (" + range_text(s.ci_low, s.ci_high) + ")";
}

std::string difference_text(const std::optional<experiment::KpiDifference>& d) {
  if (!d) return said("unpaired");
  const stats::Summary& s = d->difference;
  if (s.sd == 0 && s.mean == 0) return said("none (identical in every replication)");
  return (s.mean > 0 ? "+" : "") + short_interval(s) +
         (d->significant ? "" : "  " + said("not significant"));
}

// The title of an alternative's table; where --select eliminated one of the two early, over
// how many replications each figure is.
std::string table_title(const experiment::Comparison& c, const experiment::ScenarioSetResult& set,
                        std::size_t a) {
  std::string both = c.scenarios[a + 1].name + " against " + c.scenarios[0].name;
  int base = set.scenarios[0].replication_count,
      alternative = set.scenarios[a + 1].replication_count;
  if (base == set.replications && alternative == set.replications)
    return "Whole run: " + both + "; mean (95% CI), difference = alternative - base, paired";
  return "Whole run: " + both + "; mean (95% CI) over " + std::to_string(base) + " and " +
         std::to_string(alternative) +
         " replications, difference = alternative - base, paired over the " +
         std::to_string(std::min(base, alternative)) + " both ran";
}

// One table per alternative: each headline KPI in the base, the alternative, and the paired
// difference with its interval.
void print_table(const experiment::Comparison& c, const experiment::ScenarioSetResult& set,
                 const std::vector<std::size_t>& headlines, std::size_t a) {
  std::cout << said(table_title(c, set, a)) << '\n';
  std::cout << "  " << padded("kpi", kNameWidth) << padded(said("unit"), 10)
            << padded(said("base"), 24) << padded(said("alternative"), 24) << said("difference")
            << '\n';
  for (std::size_t k : headlines) {
    const experiment::ComparedKpi& row = c.kpis[k];  // the base's KPIs come first, in catalog order
    const auto& alt = row.scenarios[a + 1];
    std::cout << "  " << padded(name_of(row.key), kNameWidth) << padded(unit_text(row.key.unit), 10)
              << padded(short_interval(*row.scenarios[0]), 24)
              << padded(alt ? short_interval(*alt) : "n/a", 24)
              << difference_text(row.differences[a]) << '\n';
  }
}

// A change as a person says it: shares in percentage points, other KPIs in their unit.
std::string change_text(const stats::KpiKey& key, double base, double alternative,
                        const stats::Summary& d) {
  bool share = key.unit == "share";
  auto amount = [&](double x) { return share ? short_number(100 * x) : short_number(x); };
  std::string unit = " " + unit_text(share ? "percentage points" : key.unit);
  std::string difference = " (difference " + amount(d.mean) + unit + ", 95% CI " +
                           amount(d.ci_low) + " .. " + amount(d.ci_high) + ")";
  std::string from = value_text(base, key.unit), to = value_text(alternative, key.unit);
  // A difference too small to show in the rounded means: say so rather than "rises from 1 to 1".
  if (from == to) return said(name_of(key) + " is " + from + " in both when rounded" + difference);
  return said(name_of(key) + (d.mean < 0 ? " falls" : " rises") + " from " + from + " to " + to +
              difference);
}

// The answer first: the largest effects of the alternative, each better or worse by its KPI's
// declared direction; effects under the material share of the base are not called out.
void print_summary(const experiment::Comparison& c, std::size_t a, double material) {
  AnswerFirst answer = answer_first(c, a, material);
  std::cout << answer.intro << '\n';
  for (const auto& e : answer.effects) std::cout << "  " << e.text << '\n';
  if (answer.effects.empty()) std::cout << "  " << answer.none << '\n';
  for (const auto& line : answer.costs) std::cout << "  " << line << '\n';
  std::cout << '\n';
}

// "haaglanden-jbt-slice-lagere-norm: wait_mean jbw falls from 9.12 days to 3.20 days (...)"
void print_findings(const experiment::Comparison& c, const std::vector<std::size_t>& headlines,
                    std::size_t a) {
  std::cout << '\n' << said("In words, the significant differences:") << '\n';
  int found = 0;
  for (std::size_t k : headlines) {
    const experiment::ComparedKpi& row = c.kpis[k];
    const auto& d = row.differences[a];
    if (!d || !d->significant) continue;
    std::cout << "  "
              << change_text(row.key, row.scenarios[0]->mean, row.scenarios[a + 1]->mean,
                             d->difference)
              << '\n';
    ++found;
  }
  if (found == 0)
    std::cout << "  " << said("none: no headline figure differs significantly") << '\n';
}

std::string report_name(const std::vector<scenario::Scenario>& scenarios, std::size_t a) {
  return scenarios.size() == 2 ? "report.html" : "report-" + scenarios[a].name + ".html";
}

// The files of a comparison, published together (output_set.h).
std::vector<std::string> compare_files(const std::vector<scenario::Scenario>& scenarios) {
  std::vector<std::string> files = {"compare.csv",  "compare.json",  "compare_uncertainty.csv",
                                    "compare.xlsx", "selection.csv", "report.html"};
  for (std::size_t a = 1; scenarios.size() > 2 && a < scenarios.size(); ++a)
    files.push_back(report_name(scenarios, a));
  return files;
}

std::string compare_id(const std::vector<scenario::Scenario>& scenarios,
                       const std::vector<model::ChainTables>& tables, const CompareOptions& o,
                       const std::optional<Selection>& selection) {
  std::vector<output::RunFingerprint> runs;
  for (std::size_t s = 0; s < scenarios.size(); ++s)
    runs.push_back(output::fingerprint(scenarios[s], tables[s], KETENSIM_VERSION));
  std::string request = "compare --precision " + short_number(o.precision);
  if (selection)
    request += " --select '" + selection->text + "' --delta " +
               short_number(selection->goal.delta) + " --confidence " +
               short_number(selection->goal.confidence);
  return output::set_id(request, runs);
}

// report.html per alternative: its run, with the paired differences against the base.
void write_reports(const output::OutputSet& out, const experiment::Comparison& c,
                   const experiment::ScenarioSetResult& set,
                   const std::vector<scenario::Scenario>& scenarios,
                   const std::vector<model::ChainTables>& tables, const CompareOptions& o) {
  for (std::size_t a = 1; a < scenarios.size(); ++a) {
    std::string page =
        comparison_report(c, set, scenarios, tables, o.scenarios, a, o.material, chosen_language());
    output::write_atomically(out.path(report_name(scenarios, a)),
                             [&](std::ostream& os) { os << page; });
  }
}

std::vector<const experiment::ExperimentResult*> runs_of(const experiment::ScenarioSetResult& set) {
  std::vector<const experiment::ExperimentResult*> runs;
  for (const auto& r : set.scenarios) runs.push_back(&r);
  return runs;
}

// Why the comparison ran as many replications as it did: the stopping rule met, and the KPI
// that decided; or the most allowed, and the KPI still too wide.
void print_stop(const experiment::ScenarioSetResult& set,
                const std::vector<scenario::Scenario>& scenarios, const CompareOptions& o) {
  if (o.precision == 0 || o.select) return;  // --select stops by its own rule
  const auto& base = set.scenarios[0];
  // An exit nobody took is within any target and names nothing worth reading.
  auto judged = without_unused_exits(precision_indices(base.catalog), base.catalog, runs_of(set));
  auto check = experiment::check_differences(set, judged, o.precision);
  if (check.judged == 0) return;
  const stats::KpiKey& key = base.catalog.key(check.kpi);
  std::string name = name_of(key) + (key.period == "all" ? "" : " " + key.period);
  if (set.alternatives.size() > 1) name += " (" + scenarios[check.alternative + 1].name + ")";
  std::string widths =
      plus_minus(check.half_width, key.unit) + " against " + plus_minus(check.target, key.unit);
  std::string n = std::to_string(base.replication_count);
  std::cout
      << said(
             set.stopped_by_rule
                 ? "Stopped after " + n +
                       " replications: every headline difference is within its target (" +
                       percent_text(o.precision) +
                       " of the larger mean, at least half a day, half a percentage point or half a family); the last to get there: " +
                       name + " (" + widths + ")"
             : check.met
                 ? "Ran all " + n +
                       " replications, the most allowed (--replications); every headline difference is within its target there; the widest: " +
                       name + " (" + widths + ")"
                 : "Ran all " + n +
                       " replications, the most allowed (--replications): not every headline difference is within its target; the widest: " +
                       name + " (" + widths + ")")
      << '\n';
}

// --uncertainty N: each alternative against the base at N draws of the uncertain inputs (the
// base's, then the alternative's own), the same draws and replications for both
// (sim/experiment/two_level.h). Every rank of an MPI job takes part.
std::vector<experiment::PairedTwoLevelResult> run_uncertainty(
    const CompareOptions& o, std::vector<scenario::Scenario> scenarios,
    const std::vector<model::ChainTables>& tables, const InterruptWatch& interrupt) {
  scenarios[0].run.replications = tables[0].replications;
  scenarios[0].run.seed = tables[0].seed;
  auto options = design_options(o.threads, "runs over the assumptions", o.quiet, interrupt);
  std::vector<experiment::PairedTwoLevelResult> out;
  for (std::size_t a = 1; a < scenarios.size(); ++a) {
    out.push_back(experiment::run_paired_two_level(scenarios[0], scenarios[a], *o.uncertainty,
                                                   kpi_choice({}), options));
  }
  return out;
}

void print_uncertainty(const experiment::PairedTwoLevelResult& u, const stats::KpiCatalog& catalog,
                       const std::string& alternative) {
  std::cout << said(alternative + " over the uncertain inputs: " + std::to_string(u.draws) +
                    " draws x " + std::to_string(u.replications) +
                    " replications, the same for both; mean difference (95% of the draws), "
                    "share of the draws in which the alternative is higher / lower:")
            << '\n';
  for (const auto& k : u.kpis) {
    if (k.share_higher == 0 && k.share_lower == 0) continue;  // no draw tells them apart
    const auto& key = catalog.key(k.kpi);
    std::cout << "  " << padded(name_of(key), kNameWidth)
              << said((k.mean > 0 ? "+" : "") + short_number(k.mean) + " (" +
                      range_text(k.low, k.high) + ") " + unit_text(key.unit) + ", " +
                      percent_text(k.share_higher) + " / " + percent_text(k.share_lower))
              << '\n';
  }
  std::cout << '\n';
}

// Each scenario names its report, its columns and its rows: two of one name would write one
// report over the other and leave rows told apart only by their order.
void check_distinct_names(const std::vector<scenario::Scenario>& scenarios,
                          const std::vector<std::string>& files) {
  for (std::size_t b = 1; b < scenarios.size(); ++b) {
    for (std::size_t a = 0; a < b; ++a) {
      if (scenarios[a].name != scenarios[b].name) continue;
      throw experiment::RequestError("compare: " + files[a] + " and " + files[b] +
                                     " are both scenario '" + scenarios[a].name +
                                     "'; give each a different `scenario:` name");
    }
  }
}

std::vector<std::string> names_of(const std::vector<scenario::Scenario>& scenarios) {
  std::vector<std::string> out;
  for (const auto& s : scenarios) out.push_back(s.name);
  return out;
}

// What ends the set before its most replications: KN once it has selected (--select), else
// the precision of every headline difference.
experiment::SequentialStop stop_rule(const CompareOptions& o,
                                     const std::vector<model::ChainTables>& tables,
                                     const std::optional<Selection>& selection,
                                     std::optional<experiment::KnSelection>& kn) {
  if (!selection)
    return experiment::difference_rule(
        {.relative = o.precision}, precision_indices(model::ChainStatistics::catalog(tables[0])));
  kn.emplace(static_cast<int>(tables.size()), selection->goal);
  std::vector<std::string> names;
  for (const auto& t : tables) names.push_back(t.scenario_name);
  return experiment::selection_rule(*kn, selection->kpi, names, selection->text);
}

int compare(const CompareOptions& o) {
  std::vector<scenario::Scenario> scenarios;
  for (const auto& file : o.scenarios) scenarios.push_back(model::load_checked(file));
  check_distinct_names(scenarios, o.scenarios);
  std::vector<model::ChainTables> tables = compile_all(scenarios, o);
  std::optional<Selection> selection;
  if (o.select) selection = resolve_selection(*o.select, o.delta, o.confidence, tables);
  fs::path out = o.out ? fs::path(*o.out) : fs::path("runs") / (scenarios[0].name + "-compare");
  bool writer = experiment::writes_output();  // only rank 0 of an MPI job writes
  output::OutputLock lock = writer ? output::prepare_directory(out) : output::OutputLock();

  InterruptWatch interrupt;
  experiment::ExperimentOptions options{
      .threads = o.threads,
      .progress = with_test_signal(ProgressLine("replications", o.quiet)),
      .keep_replications = false,
      .precision = {o.precision},
      .stop_requested = [&] { return interrupt.requested(); }};
  std::optional<experiment::KnSelection> kn;
  auto rule = stop_rule(o, tables, selection, kn);
  auto set = experiment::run_scenario_set(tables, options, {}, rule);
  if (set.replications < tables[0].replications && !set.stopped_by_rule) {
    throw experiment::Interrupted("the comparison stopped after " +
                                  std::to_string(set.replications) + " of " +
                                  std::to_string(tables[0].replications) + " replications");
  }
  std::vector<experiment::PairedTwoLevelResult> uncertainty;
  if (o.uncertainty) uncertainty = run_uncertainty(o, scenarios, tables, interrupt);
  if (!writer) return kExitOk;
  std::vector<experiment::ComparedScenario> named;
  for (std::size_t s = 0; s < scenarios.size(); ++s) {
    named.push_back({scenarios[s].name, o.scenarios[s], scenarios[s].description});
  }
  auto comparison = experiment::make_comparison(set, named, tables[0].seed);
  output::OutputSet files(out, compare_files(scenarios));
  output::write_compare_csv(files.path("compare.csv"), comparison);
  output::write_compare_json(files.path("compare.json"), comparison);
  if (kn)
    output::write_selection_csv(files.path("selection.csv"), *kn, names_of(scenarios),
                                selection->key);
  write_reports(files, comparison, set, scenarios, tables, o);
  if (o.xlsx)
    output::xlsx::write_compare_workbook(files.path("compare.xlsx"), comparison, chosen_language());
  std::vector<output::NamedPairedResult> named_uncertainty;
  for (std::size_t a = 0; a < uncertainty.size(); ++a) {
    named_uncertainty.push_back({scenarios[0].name, scenarios[a + 1].name, &uncertainty[a]});
  }
  if (o.uncertainty) {
    output::write_compare_uncertainty_csv(files.path("compare_uncertainty.csv"),
                                          set.scenarios[0].catalog, named_uncertainty);
  }
  files.publish(compare_id(scenarios, tables, o, selection));
  if (o.quiet) return kExitOk;

  if (kn) print_selection(*kn, *selection, names_of(scenarios));

  std::cout << said("ketensim compare: " + std::to_string(scenarios.size()) + " scenarios, " +
                    std::to_string(set.replications) + " replications each, seed " +
                    std::to_string(tables[0].seed) + ", common random numbers; " +
                    short_number(set.wall_seconds) + " s on " + threads_text(set.threads))
            << "\n\n";
  const auto& base = set.scenarios[0];
  auto headlines = without_unused_exits(headline_indices(base.catalog, comparison_headlines()),
                                        base.catalog, runs_of(set));
  for (std::size_t a = 0; a + 1 < comparison.scenarios.size(); ++a) {
    print_summary(comparison, a, o.material);
    print_table(comparison, set, headlines, a);
    print_findings(comparison, headlines, a);
    std::cout << '\n';
  }
  for (std::size_t a = 0; a < uncertainty.size(); ++a) {
    print_uncertainty(uncertainty[a], base.catalog, scenarios[a + 1].name);
  }
  print_stop(set, scenarios, o);
  for (std::size_t s = 0; s < set.scenarios.size(); ++s)
    print_growing_queues(std::cout, scenarios[s].name, set.scenarios[s].catalog,
                         experiment::summarise(set.scenarios[s]));
  std::cout << '\n'
            << said("Full output: " + (out / "compare.csv").string() + ", " +
                    (out / "compare.json").string() + (kn ? ", selection.csv" : "") +
                    ", report.html in " + out.string())
            << '\n';
  return kExitOk;
}

}  // namespace

Action add_compare(CLI::App& app) {
  auto o = std::make_shared<CompareOptions>();
  auto* cmd = app.add_subcommand(
      "compare", "Run scenarios with common random numbers and report paired differences");
  cmd->add_option("scenarios", o->scenarios,
                  "The base scenario, then one or more alternatives (YAML)")
      ->required()
      ->expected(2, 100);
  cmd->add_option("--replications,-r", o->replications,
                  "The most replications (default: the base's run.replications, used by all); "
                  "fewer run when the differences are precise enough (--precision)")
      ->check(CLI::Range(2, 1000000));
  cmd->add_option("--seed,-s", o->seed, "Override the base's run.seed (used by all)")
      ->check(seed_number());
  cmd->add_option("--out,-o", o->out, "Output directory (default: runs/<base>-compare)")
      ->check(non_empty_path());
  cmd->add_option("--threads,-t", o->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--precision", o->precision,
                  "Stop when every headline difference's 95% half-width is within this share "
                  "of the larger mean (at least half a day, half a percentage point or half a "
                  "family), looked at every 10 replications from 20; 0 runs them all "
                  "(default 0.05)")
      ->check(finite_range(0.0, 10.0));
  cmd->add_option("--material", o->material,
                  "The smallest effect, as a share of the base, the summary calls out "
                  "(default 0.05)")
      ->check(finite_range(0.0, 100.0));
  cmd->add_option("--uncertainty", o->uncertainty,
                  "Also compare at N draws of the uncertain inputs (the base's, then any an "
                  "alternative adds): whether the difference holds over the plausible "
                  "assumptions (compare_uncertainty.csv)")
      ->check(CLI::Range(2, 100000));
  cmd->add_flag("--xlsx", o->xlsx,
                "Also write compare.xlsx: every figure of both with the paired difference, for "
                "Excel, with headers in the language of --lang");
  auto* select = cmd->add_option(
      "--select", o->select,
      "Which scenario is best on one KPI, \"[min|max] KPI SUBJECT\" (e.g. \"wait_mean gesloten\"; "
      "without min or max the KPI's own direction), by Kim and Nelson's sequential procedure: "
      "replications stop once one is left (selection.csv); replaces the --precision stop");
  cmd->add_option("--delta", o->delta,
                  "With --select: the smallest difference that matters, in the KPI's unit "
                  "(default half a day, half a percentage point or half a family)")
      ->check(finite_range(1e-12, 1e12))
      ->needs(select);
  cmd->add_option("--confidence", o->confidence,
                  "With --select: the least probability of selecting the best (default 0.95)")
      ->check(finite_range(0.5, 0.9999))
      ->needs(select);
  cmd->add_flag("--quiet,-q", o->quiet, "Print nothing but errors");
  return [o] { return compare(*o); };
}

}  // namespace ketensim::tools
