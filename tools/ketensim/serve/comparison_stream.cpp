#include "tools/ketensim/serve/comparison_stream.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>

#include "output/dot_writer.h"
#include "output/report/comparison.h"
#include "output/report/graphviz.h"
#include "output/report/kpi_labels.h"
#include "output/xlsx/result_workbook.h"
#include "sim/experiment/comparison.h"
#include "sim/experiment/difference_precision.h"
#include "sim/experiment/effects.h"
#include "sim/experiment/run_stopped.h"
#include "sim/experiment/scenario_set.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/chain_tables.h"
#include "tools/ketensim/comparison_report.h"
#include "tools/ketensim/headlines.h"

namespace ketensim::tools::serve {
namespace {

using nlohmann::json;

json interval(const stats::Summary& s) {
  return {{"mean", s.mean}, {"low", s.ci_low}, {"high", s.ci_high}};
}

bool is_headline(const std::string& kpi) {
  const auto& names = comparison_headlines();
  return std::find(names.begin(), names.end(), kpi) != names.end();
}

const stats::KpiDefinition& definition(const experiment::Comparison& c, const std::string& kpi) {
  return *std::find_if(c.definitions.begin(), c.definitions.end(),
                       [&](const auto& d) { return d.name == kpi; });
}

// One headline row; its sentence only for the whole run.
json row_json(const experiment::Comparison& c, const experiment::ComparedKpi& row,
              scenario::Language language) {
  const auto& base = *row.scenarios[0];
  const auto& alt = *row.scenarios[1];
  const auto& d = *row.differences[0];
  json j = {{"period", row.key.period},
            {"base", interval(base)},
            {"alternative", interval(alt)},
            {"difference", interval(d.difference)},
            {"significant", d.significant}};
  if (row.key.period == "all") {
    output::report::Comparison named{c.scenarios[0].name, c.scenarios[1].name, {}};
    j["sentence"] = output::report::plain_language(named, {row.key, base, alt, d.difference},
                                                   definition(c, row.key.kpi), language);
  }
  return j;
}

// The headline KPIs, each subject with its whole-run row and its rows per year.
json update_json(const experiment::ScenarioSetResult& set, const scenario::Scenario& base,
                 const scenario::Scenario& alternative, scenario::Language language) {
  auto c = experiment::make_comparison(set, {{base.name, "", ""}, {alternative.name, "", ""}},
                                       base.run.seed);
  json kpis = json::array();
  for (const auto& row : c.kpis) {
    if (!is_headline(row.key.kpi) || !row.scenarios[0] || !row.scenarios[1] || !row.differences[0])
      continue;
    std::string id = row.key.kpi + " " + row.key.subject;
    auto at = std::find_if(kpis.begin(), kpis.end(), [&](const json& k) { return k["id"] == id; });
    if (at == kpis.end()) {
      kpis.push_back({{"id", id},
                      {"kpi", row.key.kpi},
                      {"subject", row.key.subject},
                      {"unit", row.key.unit},
                      {"name", output::report::short_name_of(row.key.kpi, language)},
                      {"years", json::array()}});
      at = kpis.end() - 1;
    }
    json r = row_json(c, row, language);
    if (row.key.period == "all") {
      (*at)["all"] = r;
    } else {
      (*at)["years"].push_back(r);
    }
  }
  return {{"replications", c.replications}, {"seed", base.run.seed}, {"kpis", kpis}};
}

}  // namespace

namespace {

std::vector<model::ChainTables> tables_of(const scenario::Scenario& base,
                                          const scenario::Scenario& alternative,
                                          const StreamSettings& settings) {
  std::vector<model::ChainTables> tables = {model::compile(base), model::compile(alternative)};
  for (auto& t : tables) {
    t.replications = settings.max_replications;
    t.seed = base.run.seed;
  }
  return tables;
}

// The paired runs, to the stop of `ketensim compare`'s precision rule; `folded` sees each
// replication folded in, in order.
experiment::ScenarioSetResult run_pair(
    const std::vector<model::ChainTables>& tables, const StreamSettings& settings,
    const std::function<bool()>& cancelled,
    const std::function<void(const experiment::ScenarioSetResult&)>& folded) {
  experiment::ExperimentOptions options{.threads = settings.threads,
                                        .progress = {},
                                        .keep_replications = false,
                                        .precision = {settings.precision},
                                        .stop_requested = cancelled};
  auto rule =
      experiment::difference_rule({.relative = settings.precision},
                                  precision_indices(model::ChainStatistics::catalog(tables[0])));
  return experiment::run_scenario_set(tables, options, folded, rule);
}

// The comparison run to its stop, as `ketensim compare` runs it: what the downloads are made of.
struct Compared {
  std::vector<model::ChainTables> tables;
  experiment::ScenarioSetResult set;
  experiment::Comparison comparison;
};

Compared compared(const scenario::Scenario& base, const scenario::Scenario& alternative,
                  const StreamSettings& settings, const std::function<bool()>& cancelled) {
  auto tables = tables_of(base, alternative, settings);
  auto set = run_pair(tables, settings, cancelled, {});
  if (!set.scenarios[0].complete() && !set.stopped_by_rule)
    throw experiment::Interrupted("the download's run was cancelled");
  auto c = experiment::make_comparison(set, {{base.name, "", ""}, {alternative.name, "", ""}},
                                       base.run.seed);
  return {std::move(tables), std::move(set), std::move(c)};
}

// The bytes of a file written by `write` at a path of its own, which is removed again.
std::string bytes_written(const std::string& suffix,
                          const std::function<void(const std::filesystem::path&)>& write) {
  static std::atomic<unsigned> made = 0;
  auto path =
      std::filesystem::temp_directory_path() /
      ("ketensim-serve-" + std::to_string(::getpid()) + "-" + std::to_string(made++) + suffix);
  struct Removed {
    std::filesystem::path path;
    ~Removed() {
      std::error_code ignored;
      std::filesystem::remove(path, ignored);
    }
  } removed{path};
  write(path);
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The alternative's flow with each stage that waits coloured by its mean wait over the whole
// run (output/dot_writer.h), as an <svg> element; none without Graphviz.
std::optional<std::string> flow_svg(const experiment::ExperimentResult& r,
                                    const scenario::Scenario& s, scenario::Language language) {
  std::map<std::string, double> waits;
  for (std::size_t k = 0; k < r.catalog.size(); ++k) {
    const auto& key = r.catalog.key(k);
    if (key.kpi == "wait_mean" && key.period == "all" && r.kpis.moments(k).count() > 0)
      waits[key.subject] = r.kpis.moments(k).mean();
  }
  auto svg = output::report::render_graphviz(output::flow_dot(s, language, waits),
                                             output::report::GraphFormat::svg);
  if (!svg) return std::nullopt;
  return output::report::inline_svg(*svg);
}

}  // namespace

void stream_comparison(const scenario::Scenario& base, const scenario::Scenario& alternative,
                       const StreamSettings& settings, const std::function<bool()>& cancelled,
                       const std::function<void(const json&)>& send) {
  auto started = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  };
  auto folded = [&](const experiment::ScenarioSetResult& set) {
    int n = set.scenarios[0].replication_count;
    if (n % settings.batch != 0) return;
    json u = update_json(set, base, alternative, settings.language);
    u["final"] = false;
    u["seconds"] = seconds();
    send(u);
  };
  auto set = run_pair(tables_of(base, alternative, settings), settings, cancelled, folded);
  json u = update_json(set, base, alternative, settings.language);
  u["final"] = true;
  if (auto svg = flow_svg(set.scenarios[1], alternative, settings.language)) u["flow"] = *svg;
  u["seconds"] = seconds();
  u["stopped"] = set.stopped_by_rule           ? "precision"
                 : set.scenarios[0].complete() ? "limit"
                                               : "cancelled";
  send(u);
}

std::string comparison_report_page(const scenario::Scenario& base,
                                   const scenario::Scenario& alternative,
                                   const StreamSettings& settings,
                                   const std::function<bool()>& cancelled) {
  Compared c = compared(base, alternative, settings, cancelled);
  auto file = [](const scenario::Scenario& s) {
    return s.files.empty() ? std::string() : s.files.front();
  };
  return comparison_report(c.comparison, c.set, {base, alternative}, c.tables,
                           {file(base), file(alternative)}, 1, experiment::kDefaultMaterial,
                           settings.language);
}

std::string comparison_workbook(const scenario::Scenario& base,
                                const scenario::Scenario& alternative,
                                const StreamSettings& settings,
                                const std::function<bool()>& cancelled) {
  Compared c = compared(base, alternative, settings, cancelled);
  return bytes_written(".xlsx", [&](const std::filesystem::path& path) {
    output::xlsx::write_compare_workbook(path, c.comparison, settings.language);
  });
}

}  // namespace ketensim::tools::serve
