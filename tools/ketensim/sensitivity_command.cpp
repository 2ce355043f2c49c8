// `ketensim sensitivity SCENARIO [--method morris|sobol] [--kpi ...]`: what the answers
// depend on. Morris screening of every uncertain input, then (sobol) variance-based indices
// for the inputs above the replication noise floor (sim/experiment/sensitivity.h).
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <sstream>

#include "output/atomic_file.h"
#include "output/output_folder.h"
#include "output/output_set.h"
#include "output/run_fingerprint.h"
#include "output/uncertainty_writer.h"
#include "sim/experiment/cluster.h"
#include "sim/experiment/sensitivity.h"
#include "sim/model/checked_scenario.h"
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

struct SensitivityOptions {
  std::string scenario;
  std::string method = "morris";
  std::vector<std::string> kpis;
  int trajectories = 10;
  int rows = 64;
  int replications = 10;
  std::optional<std::uint64_t> seed;
  std::optional<std::string> out;
  int threads = 0;
  int show = 5;
  bool quiet = false;
};

std::string seconds_text(double s) {
  std::ostringstream o;
  o << std::fixed << std::setprecision(1) << s;
  return decimal(o.str());
}

void print_header(const experiment::SensitivityResult& r, const scenario::Scenario& s) {
  std::cout << said("ketensim sensitivity: " + s.name + ", " + std::to_string(r.inputs.size()) +
                    " uncertain inputs, " + std::to_string(r.replications) +
                    " replications per design point, seed " + std::to_string(r.seed) +
                    ", common random numbers")
            << '\n'
            << "  "
            << said(std::to_string(r.runs) + " runs in " + seconds_text(r.wall_seconds) + " s on " +
                    threads_text(r.threads))
            << "\n\n";
}

// The name column: wide enough for the longest input's name, so the figures line up.
std::size_t name_width(const experiment::SensitivityResult& r) {
  std::size_t width = kNameWidth;
  for (const auto& input : r.inputs) width = std::max(width, input.name.size() + 2);
  return width;
}

// One input's line: rank, name, mu* in the KPI's unit, and what to make of it.
void print_morris_line(std::size_t rank, const std::string& name, std::size_t width,
                       const stats::MorrisIndex& m, const std::string& unit) {
  std::cout << "  " << std::setw(2) << rank << "  " << padded(name, width)
            << padded(value_text(m.mu_star, unit), 14);
  if (m.mu_star == 0) {
    std::cout << said("no effect in any run");
  } else if (m.below_noise) {
    std::cout << said("below the noise floor (" + value_text(m.noise_floor, unit) + ")");
  } else {
    std::cout << said("sigma " + value_text(m.sigma, unit));
  }
  std::cout << '\n';
}

void print_sobol(const experiment::SensitivityResult& r, const experiment::KpiSensitivity& k) {
  if (!k.sobol) return;
  std::cout << "      "
            << said("Sobol' indices, 95% bootstrap intervals (first order; total order):") << '\n';
  for (std::size_t s = 0; s < r.sobol_inputs.size(); ++s) {
    const stats::SobolIndex& x = k.sobol->inputs[s];
    std::cout << "      " << padded(r.inputs[r.sobol_inputs[s]].name, name_width(r))
              << short_number(x.first) << " (" << range_text(x.first_low, x.first_high) << "); "
              << short_number(x.total) << " (" << range_text(x.total_low, x.total_high) << ")";
    if (x.below_noise) std::cout << "  " << said("below the noise floor");
    std::cout << '\n';
  }
  std::cout << "      "
            << said("replication noise: " + percent_text(k.sobol->noise_share) + " of the variance")
            << '\n';
}

// Whether any input or the replication noise moved the KPI at all.
bool moves(const experiment::KpiSensitivity& k) {
  return std::any_of(k.morris.begin(), k.morris.end(), [](const stats::MorrisIndex& m) {
    return m.mu_star > 0 || m.noise_floor > 0;
  });
}

void print_kpi(const experiment::SensitivityResult& r, const experiment::KpiSensitivity& k,
               int show) {
  const stats::KpiKey& key = r.catalog.key(k.kpi);
  std::cout << said("What " + headline_name(key) +
                    " depends on (Morris mu*: the mean change over an input's whole range):")
            << '\n';
  std::vector<std::size_t> order = output::ranked_inputs(k);
  for (std::size_t n = 0; n < order.size() && static_cast<int>(n) < show; ++n) {
    print_morris_line(n + 1, r.inputs[order[n]].name, name_width(r), k.morris[order[n]], key.unit);
  }
  if (static_cast<int>(order.size()) > show) {
    std::cout << "      " << said(std::to_string(order.size() - show) + " more in the files")
              << '\n';
  }
  print_sobol(r, k);
  std::cout << '\n';
}

int sensitivity(const SensitivityOptions& o) {
  scenario::Scenario s = model::load_checked(o.scenario);
  s.run.replications = checked_replications(s, o.replications);
  if (o.seed) s.run.seed = *o.seed;
  fs::path out = o.out ? fs::path(*o.out) : fs::path("runs") / (s.name + "-sensitivity");
  bool writer = experiment::writes_output();  // only rank 0 of an MPI job writes
  output::OutputLock lock = writer ? output::prepare_directory(out) : output::OutputLock();

  experiment::SensitivityRequest request;
  request.method = o.method == "sobol" ? experiment::SensitivityRequest::Method::sobol
                                       : experiment::SensitivityRequest::Method::morris;
  request.trajectories = o.trajectories;
  request.sobol_rows = o.rows;
  InterruptWatch interrupt;
  experiment::DesignRunOptions options = design_options(o.threads, "runs", o.quiet, interrupt);
  auto step = [&](const std::string& name, int points) {
    if (o.quiet) return;
    std::string what = name == "morris" ? "Morris screening" : "Sobol' indices";
    std::cerr << said(what + ": " + std::to_string(points) + " design points") << '\n';
  };
  auto result = experiment::run_sensitivity(s, request, kpi_choice(o.kpis), options, step);
  if (!writer) return kExitOk;
  output::OutputSet files(out, {"sensitivity.csv", "sensitivity.json"});
  output::write_sensitivity_csv(files.path("sensitivity.csv"), result);
  output::write_sensitivity_json(files.path("sensitivity.json"), result);
  files.publish(output::set_id("sensitivity " + o.method,
                               {output::fingerprint(s, model::compile(s), KETENSIM_VERSION)}));
  if (o.quiet) return kExitOk;
  print_header(result, s);
  for (const auto& k : result.kpis) {
    if (!moves(k)) continue;  // the same in every run (an exit nobody takes): nothing to rank
    print_kpi(result, k, o.show);
  }
  std::cout << said("Full output: " + (out / "sensitivity.csv").string() + ", " +
                    (out / "sensitivity.json").string())
            << '\n';
  return kExitOk;
}

}  // namespace

Action add_sensitivity(CLI::App& app) {
  auto o = std::make_shared<SensitivityOptions>();
  auto* cmd =
      app.add_subcommand("sensitivity",
                         "What the answers depend on: Morris screening (and Sobol' indices) of the "
                         "scenario's uncertain inputs");
  cmd->add_option("scenario", o->scenario, "Scenario file (YAML) with an `uncertain:` section")
      ->required();
  cmd->add_option("--method", o->method,
                  "morris (screening, default) or sobol (screening, then variance-based indices "
                  "for the inputs above the noise floor)")
      ->check(CLI::IsMember({"morris", "sobol"}));
  cmd->add_option("--kpi", o->kpis,
                  "KPI, or 'KPI SUBJECT', whole run (repeatable; default: the comparison "
                  "headlines)");
  cmd->add_option("--trajectories", o->trajectories, "Morris trajectories (default 10)")
      ->check(CLI::Range(2, 1000));
  cmd->add_option("--rows", o->rows, "Sobol' base sample size N (default 64)")
      ->check(CLI::Range(4, 100000));
  cmd->add_option("--replications,-r", o->replications,
                  "Replications at each design point, the same at every point (default 10)")
      ->check(CLI::Range(2, 1000000));
  cmd->add_option("--seed,-s", o->seed, "Override run.seed (the design's seed as well)")
      ->check(seed_number());
  cmd->add_option("--out,-o", o->out, "Output directory (default: runs/<scenario>-sensitivity)")
      ->check(non_empty_path());
  cmd->add_option("--threads,-t", o->threads, "Worker threads (default: all cores)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--show", o->show, "Inputs printed per KPI (default 5)")
      ->check(CLI::Range(1, 1000));
  cmd->add_flag("--quiet,-q", o->quiet, "Print nothing but errors");
  return [o] { return sensitivity(*o); };
}

}  // namespace ketensim::tools
