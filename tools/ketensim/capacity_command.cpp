// `ketensim capacity SCENARIO --resource NAME --target "..." [--years A..B]`: the smallest
// number of places (or fte) that meets a service level, by simulation with common random
// numbers, with the range the answer has at 95% confidence.
#include <charconv>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string_view>

#include "output/atomic_file.h"
#include "output/capacity_writer.h"
#include "output/output_folder.h"
#include "output/output_set.h"
#include "output/run_fingerprint.h"
#include "output/uncertainty_writer.h"
#include "sim/experiment/capacity_search.h"
#include "sim/experiment/capacity_uncertainty.h"
#include "sim/experiment/cluster.h"
#include "sim/model/checked_scenario.h"
#include "tools/ketensim/commands.h"
#include "tools/ketensim/console_text.h"
#include "tools/ketensim/interrupt.h"
#include "tools/ketensim/language_option.h"
#include "tools/ketensim/option_checks.h"
#include "tools/ketensim/progress_line.h"

namespace ketensim::tools {
namespace fs = std::filesystem;
namespace {

struct CapacityOptions {
  std::string scenario;
  std::string resource;
  std::string target;
  std::string years;
  std::optional<int> replications;
  std::optional<std::uint64_t> seed;
  std::optional<std::string> out;
  int max_capacity = 100000;
  int threads = 0;
  std::optional<int> uncertainty;  // draws of the uncertain inputs
  double coverage = 0.9;           // share of the draws the answer must meet the target in
  bool quiet = false;
};

std::optional<int> year_of(std::string_view text) {
  int y = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), y);
  if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return y;
}

// "2025..2030" or "2025"; empty: none (one capacity for the whole run).
std::vector<int> years_of(const std::string& text) {
  if (text.empty()) return {};
  auto dots = text.find("..");
  auto first = year_of(std::string_view(text).substr(0, dots));
  auto last = dots == std::string::npos ? first : year_of(std::string_view(text).substr(dots + 2));
  if (!first || !last || *last < *first || *last - *first > 200) {
    throw experiment::RequestError("--years '" + text +
                                   "': expected a year or a range such as 2025..2030");
  }
  std::vector<int> out;
  for (int y = *first; y <= *last; ++y) out.push_back(y);
  return out;
}

std::string period_text(const std::string& period) {
  return period == "all" ? said("whole run") : period;
}

std::string answer_text(int c, const std::string& unit) {
  return c < 0 ? said("not met below the maximum") : std::to_string(c) + " " + said(unit);
}

void print_answer(const experiment::CapacityAnswer& a) {
  std::cout << '\n'
            << said("Smallest " + said(a.unit) + " of " + a.resource + " (at the run's start " +
                    short_number(a.current) + ") for \"" + a.target.text + "\" (" + a.target.kpi +
                    " " + a.target.subject_or(a.resource) + "), at most " +
                    std::to_string(a.replications) +
                    " replications each (a candidate stops once clearly decided):")
            << '\n';
  for (const auto& s : a.steps) {
    std::cout << "  " << padded(period_text(s.period), 10)
              << padded(answer_text(s.capacity, a.unit), 18);
    for (const auto& c : s.candidates) {
      if (c.capacity != s.capacity) continue;
      std::cout << said(a.target.kpi + " " + short_number(c.kpi.mean) + " (95% CI " +
                        range_text(c.kpi.low, c.kpi.high) + ", " + std::to_string(c.kpi.n) +
                        " replications)");
    }
    if (s.capacity >= 0) {
      std::cout << said("; 95% range of the answer " +
                        (s.plausible < 0 ? "?" : std::to_string(s.plausible)) + " .. " +
                        std::to_string(s.capacity));
    }
    if (s.capacity < 0 && s.flat_from >= 0) {
      std::cout << "\n  " << padded("", 10)
                << said("(from " + std::to_string(s.flat_from) + " " + said(a.unit) +
                        " up to the maximum the KPI stays within the maximum's interval: more "
                        "capacity does not meet the target; what decides it lies elsewhere, such "
                        "as a backlog of earlier years)");
    }
    if (s.on_mean >= 0 && s.on_mean != s.capacity) {
      std::cout << "\n  " << padded("", 10)
                << said("(" + std::to_string(s.on_mean) + " " + said(a.unit) +
                        " meet it on the mean only: the 95% interval there misses the target)");
    }
    std::cout << '\n';
  }
  for (const char* line :
       {"  (a capacity meets the target only when its whole 95% interval does: the upper bound",
        "   for a \"<=\" target, the lower bound for \">=\"; range: from the smallest capacity",
        "   whose interval still reaches the target; later years build on the earlier years'",
        "   answers)"}) {
    std::cout << said(line) << '\n';
  }
}

// "2026      meets the target in 90% of the 20 draws: 52 places; median draw 47, draws 44 .. 58"
void print_over_draws(const experiment::CapacityOverDraws& d,
                      const std::vector<experiment::CapacityCoverage>& rows) {
  const experiment::CapacityAnswer& a = d.answers.front();
  std::cout << '\n'
            << said("Over " + std::to_string(d.answers.size()) + " draws of the " +
                    std::to_string(d.inputs.size()) + " uncertain inputs (the same " +
                    std::to_string(a.replications) +
                    " replications and seed at each; each draw's answer as above):")
            << '\n';
  for (const auto& r : rows) {
    std::cout << "  " << padded(period_text(r.period), 10)
              << said("meets the target in " + percent_text(r.coverage) +
                      " of the draws: " + answer_text(r.capacity, a.unit));
    if (r.lowest >= 0) {
      std::cout << said("; median draw " + answer_text(r.median, a.unit) + ", draws " +
                        std::to_string(r.lowest) + " .. " + std::to_string(r.highest));
    }
    if (r.without_answer > 0)
      std::cout << said(" (" + std::to_string(r.without_answer) +
                        " draws need more than the maximum)");
    if (r.flat > 0)
      std::cout << said(" (in " + std::to_string(r.flat) +
                        " of them more capacity does not move the KPI)");
    std::cout << '\n';
  }
  for (const auto& name : d.overridden)
    std::cout << said("  (the uncertain input " + name +
                      " sets the capacity searched: the search overrides it)")
              << '\n';
}

int capacity(const CapacityOptions& o) {
  scenario::Scenario s = model::load_checked(o.scenario);
  if (o.replications) s.run.replications = checked_replications(s, *o.replications);
  if (o.seed) s.run.seed = *o.seed;
  experiment::CapacityQuestion q{o.resource, experiment::parse_target(o.target), years_of(o.years),
                                 o.max_capacity};
  fs::path out = o.out ? fs::path(*o.out) : fs::path("runs") / (s.name + "-capacity-" + o.resource);
  bool writer = experiment::writes_output();  // only rank 0 of an MPI job writes
  output::OutputLock lock = writer ? output::prepare_directory(out) : output::OutputLock();

  auto progress = std::make_shared<ProgressLine>("replications", o.quiet);
  InterruptWatch interrupt;
  experiment::ExperimentOptions options{
      .threads = o.threads,
      .progress = with_test_signal([progress](int d, int t) { (*progress)(d, t); }),
      .keep_replications = false,
      .stop_requested = [&] { return interrupt.requested(); }};
  auto report = [&](const std::string& period, const experiment::CapacityCandidate& c) {
    if (o.quiet) return;
    std::cerr << "  " << period_text(period) << ": " << c.capacity << " -> " << q.target.kpi << " "
              << short_number(c.kpi.mean) << " (" << range_text(c.kpi.low, c.kpi.high) << ")  "
              << said(q.target.met_by_interval(c.kpi.low, c.kpi.high) ? "meets"
                      : q.target.met_by(c.kpi.mean)                   ? "misses (on the mean only)"
                                                                      : "misses")
              << '\n';
  };
  auto answer = experiment::find_capacity(s, q, options, report);
  std::optional<experiment::CapacityOverDraws> draws;
  auto draw_report = [&](int d, int n) {
    if (!o.quiet)
      std::cerr << said("draw " + std::to_string(d + 1) + " of " + std::to_string(n) + ":") << '\n';
  };
  if (o.uncertainty)
    draws =
        experiment::find_capacity_over_draws(s, q, *o.uncertainty, options, report, draw_report);
  if (!writer) return kExitOk;
  output::OutputSet files(out, {"capacity.csv", "capacity_curve.csv", "capacity.json",
                                "capacity_uncertainty.csv", "capacity_draws.csv"});
  output::write_capacity_csv(files.path("capacity.csv"), answer);
  output::write_capacity_curve_csv(files.path("capacity_curve.csv"), answer);
  output::write_capacity_json(files.path("capacity.json"), answer);
  std::vector<experiment::CapacityCoverage> covered;
  if (draws) {
    covered = experiment::coverage_of(*draws, o.coverage);
    output::write_capacity_uncertainty_csv(files.path("capacity_uncertainty.csv"), *draws, covered);
    output::write_capacity_draws_csv(files.path("capacity_draws.csv"), *draws);
  }
  files.publish(output::set_id("capacity " + o.resource + " " + o.target + " " + o.years,
                               {output::fingerprint(s, model::compile(s), KETENSIM_VERSION)}));
  if (o.quiet) return kExitOk;
  print_answer(answer);
  if (draws) print_over_draws(*draws, covered);
  std::string written = (out / "capacity.csv").string() + ", " + (out / "capacity.json").string();
  if (draws)
    written += ", " + (out / "capacity_uncertainty.csv").string() + ", " +
               (out / "capacity_draws.csv").string();
  std::cout << '\n'
            << said("Full output: " + written) << '\n'
            << said(
                   "Capacity-service curve (each capacity simulated, its KPI with 95% interval): " +
                   (out / "capacity_curve.csv").string())
            << '\n';
  return kExitOk;
}

}  // namespace

Action add_capacity(CLI::App& app) {
  auto o = std::make_shared<CapacityOptions>();
  auto* cmd = app.add_subcommand("capacity",
                                 "Find the smallest capacity of a resource that meets a target");
  cmd->add_option("scenario", o->scenario, "Scenario file (YAML)")->required();
  cmd->add_option("--resource", o->resource,
                  "The resource: places are searched in places, caseload in fte")
      ->required();
  cmd->add_option("--target", o->target,
                  "Service level, e.g. \"share waiting > 90 days <= 5%\", \"wait_mean <= 30\", "
                  "\"queue_end <= 10\"; a KPI of another subject than the resource after its "
                  "name, e.g. \"norm_met_share vaste_jeugdbeschermer >= 95%\"")
      ->required();
  cmd->add_option("--years", o->years,
                  "Search each year's capacity, e.g. 2025..2030 (default: one for the whole run)");
  cmd->add_option("--replications,-r", o->replications, "Override run.replications")
      ->check(CLI::Range(2, 1000000));
  cmd->add_option("--seed,-s", o->seed, "Override run.seed")->check(seed_number());
  cmd->add_option("--max", o->max_capacity, "Largest capacity tried (default 100000)")
      ->check(CLI::Range(1, 10000000));
  cmd->add_option("--out,-o", o->out,
                  "Output directory (default: runs/<scenario>-capacity-<resource>)")
      ->check(non_empty_path());
  cmd->add_option("--threads,-t", o->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1, 1024));
  auto* uncertainty =
      cmd->add_option("--uncertainty", o->uncertainty,
                      "Also search at N draws of the scenario's uncertain inputs and give the "
                      "capacity that meets the target in --coverage of them "
                      "(capacity_uncertainty.csv, capacity_draws.csv)")
          ->check(CLI::Range(2, 10000));
  cmd->add_option("--coverage", o->coverage,
                  "With --uncertainty: the share of the draws the answer must meet the target "
                  "in (default 0.9)")
      ->check(finite_range(0.01, 1.0))
      ->needs(uncertainty);
  cmd->add_flag("--quiet,-q", o->quiet, "Print nothing but errors");
  return [o] { return capacity(*o); };
}

}  // namespace ketensim::tools
