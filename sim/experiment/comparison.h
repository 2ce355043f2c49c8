// A policy comparison as plain data: for each KPI, each scenario's summary and each
// alternative's paired difference from the base with its 95% interval. The printed table,
// compare.csv, compare.json and the HTML report all read this one struct.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/experiment/scenario_set.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::experiment {

struct KpiDifference {
  stats::Summary difference;  // alternative - base, replication by replication (paired)
  bool significant = false;   // its 95% interval excludes 0
};

struct ComparedKpi {
  stats::KpiKey key;
  // Per scenario, [0] the base; empty where that scenario has no such KPI.
  std::vector<std::optional<stats::Summary>> scenarios;
  // Per alternative: [s - 1] is scenario s - base; empty where either lacks the KPI.
  std::vector<std::optional<KpiDifference>> differences;
};

struct ComparedScenario {
  std::string name;
  std::string file;
  std::string description;
};

struct Comparison {
  std::vector<ComparedScenario> scenarios;  // [0] is the base
  int replications = 0;
  std::uint64_t seed = 0;
  std::vector<ComparedKpi> kpis;  // base catalog order, then KPIs only alternatives have
  std::vector<stats::KpiDefinition> definitions;  // every KPI name once, base's first
};

Comparison make_comparison(const ScenarioSetResult& set, std::vector<ComparedScenario> scenarios,
                           std::uint64_t seed);

}  // namespace ketensim::experiment
