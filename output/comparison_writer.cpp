#include "output/comparison_writer.h"

#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "output/atomic_file.h"
#include "output/number_format.h"

namespace ketensim::output {
namespace {

using experiment::ComparedKpi;
using experiment::Comparison;
using experiment::KpiDifference;
using nlohmann::json;

// One row: a KPI and one alternative (scenario a + 1) against the base.
struct Row {
  const Comparison& c;
  const ComparedKpi& k;
  std::size_t a;
  const std::optional<stats::Summary>& base() const { return k.scenarios[0]; }
  const std::optional<stats::Summary>& alternative() const { return k.scenarios[a + 1]; }
  const std::optional<KpiDifference>& difference() const { return k.differences[a]; }
};

using Field = double stats::Summary::*;

std::string field(const std::optional<stats::Summary>& s, Field f) {
  return s ? format_number((*s).*f) : "";
}

std::string significance(const Row& r) {
  if (!r.difference()) return "unpaired";
  return r.difference()->significant ? "yes" : "no";
}

// Each compare.csv column: its name and its value, defined once.
struct Column {
  const char* name;
  std::function<std::string(const Row&)> value;
};

const std::vector<Column>& columns() {
  auto diff = [](const Row& r, Field f) {
    return r.difference() ? format_number(r.difference()->difference.*f) : "";
  };
  static const std::vector<Column> all = {
      {"kpi", [](const Row& r) { return r.k.key.kpi; }},
      {"subject", [](const Row& r) { return r.k.key.subject; }},
      {"period", [](const Row& r) { return r.k.key.period; }},
      {"unit", [](const Row& r) { return r.k.key.unit; }},
      {"base", [](const Row& r) { return r.c.scenarios[0].name; }},
      {"alternative", [](const Row& r) { return r.c.scenarios[r.a + 1].name; }},
      {"base_mean", [](const Row& r) { return field(r.base(), &stats::Summary::mean); }},
      {"base_ci95_low", [](const Row& r) { return field(r.base(), &stats::Summary::ci_low); }},
      {"base_ci95_high", [](const Row& r) { return field(r.base(), &stats::Summary::ci_high); }},
      {"alternative_mean",
       [](const Row& r) { return field(r.alternative(), &stats::Summary::mean); }},
      {"alternative_ci95_low",
       [](const Row& r) { return field(r.alternative(), &stats::Summary::ci_low); }},
      {"alternative_ci95_high",
       [](const Row& r) { return field(r.alternative(), &stats::Summary::ci_high); }},
      {"difference_mean", [diff](const Row& r) { return diff(r, &stats::Summary::mean); }},
      {"difference_ci95_low", [diff](const Row& r) { return diff(r, &stats::Summary::ci_low); }},
      {"difference_ci95_high", [diff](const Row& r) { return diff(r, &stats::Summary::ci_high); }},
      {"difference_sd", [diff](const Row& r) { return diff(r, &stats::Summary::sd); }},
      {"n_pairs",
       [](const Row& r) {
         return r.difference() ? std::to_string(r.difference()->difference.n) : "";
       }},
      {"significant", significance},
  };
  return all;
}

json number(double x) {
  return std::isfinite(x) ? json(x) : json(nullptr);
}

json summary_json(const std::optional<stats::Summary>& s) {
  if (!s) return nullptr;
  return {{"n", s->n},
          {"mean", number(s->mean)},
          {"ci95_low", number(s->ci_low)},
          {"ci95_high", number(s->ci_high)},
          {"sd", number(s->sd)},
          {"p5", number(s->p5)},
          {"p50", number(s->p50)},
          {"p95", number(s->p95)}};
}

json difference_json(const Comparison& c, const std::optional<KpiDifference>& d, std::size_t a) {
  json out = {{"alternative", c.scenarios[a + 1].name}};
  out["paired"] = d.has_value();
  if (!d) return out;
  const stats::Summary& s = d->difference;
  out.update({{"n", s.n},
              {"mean", number(s.mean)},
              {"ci95_low", number(s.ci_low)},
              {"ci95_high", number(s.ci_high)},
              {"sd", number(s.sd)},
              {"significant", d->significant}});
  return out;
}

json kpi_json(const Comparison& c, const ComparedKpi& k) {
  json scenarios = json::array(), differences = json::array();
  for (const auto& s : k.scenarios) scenarios.push_back(summary_json(s));
  for (std::size_t a = 0; a < k.differences.size(); ++a)
    differences.push_back(difference_json(c, k.differences[a], a));
  return {{"kpi", k.key.kpi},   {"subject", k.key.subject}, {"period", k.key.period},
          {"unit", k.key.unit}, {"scenarios", scenarios},   {"differences", differences}};
}

json run_json(const Comparison& c) {
  json scenarios = json::array();
  for (const auto& s : c.scenarios)
    scenarios.push_back({{"name", s.name}, {"file", s.file}, {"description", s.description}});
  return {{"replications", c.replications},
          {"seed", c.seed},
          {"scenarios", scenarios},
          {"common_random_numbers", true}};
}

}  // namespace

void write_compare_csv(const std::filesystem::path& path, const Comparison& c) {
  const auto& cols = columns();
  write_atomically(path, [&](std::ostream& out) {
    for (std::size_t i = 0; i < cols.size(); ++i) out << (i ? "," : "") << cols[i].name;
    out << '\n';
    for (const auto& k : c.kpis) {
      for (std::size_t a = 0; a < k.differences.size(); ++a) {
        Row row{c, k, a};
        for (std::size_t i = 0; i < cols.size(); ++i) out << (i ? "," : "") << cols[i].value(row);
        out << '\n';
      }
    }
  });
}

void write_compare_json(const std::filesystem::path& path, const Comparison& c) {
  json doc = {{"run", run_json(c)}, {"kpis", json::array()}, {"definitions", json::array()}};
  for (const auto& k : c.kpis) doc["kpis"].push_back(kpi_json(c, k));
  for (const auto& d : c.definitions)
    doc["definitions"].push_back({{"kpi", d.name}, {"unit", d.unit}, {"meaning", d.meaning}});
  write_atomically(path, [&](std::ostream& out) { out << doc.dump(2) << '\n'; });
}

}  // namespace ketensim::output
