// The scenario compiled into flat tables the event loop reads: names become indices, so the
// hot path never touches a string or a map. Built once per scenario, shared read-only by
// every replication.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "sim/engine/distribution.h"
#include "sim/engine/time.h"
#include "sim/scenario/scenario.h"

namespace ketensim::model {

// A node of the flow: stages come first (0 .. S-1), then exits (S .. S+E-1).
using NodeIndex = std::int32_t;

struct CompiledCondition {
  struct Test {
    int attribute = 0;
    std::vector<std::uint8_t> any_of;  // value indices
  };
  std::vector<Test> tests;
  int min_children = 0;
  int max_children = 1 << 30;
};

struct CompiledBranch {
  NodeIndex to = 0;
  double p = 0;                      // probabilistic branches only
  bool conditional = false;
  CompiledCondition when;
};

struct CompiledStage {
  std::string name;
  std::uint64_t name_hash = 0;       // keys this stage's random draws (common random numbers)
  engine::Distribution duration = engine::Distribution::fixed(0);
  std::vector<int> acquire;          // resource indices, in order
  std::vector<int> release;
  bool release_all = false;
  double max_wait = -1;              // days; < 0: no limit
  NodeIndex after_max_wait = -1;
  std::vector<std::pair<int, std::uint8_t>> set;  // (attribute, value)
  int max_visits = 0;
  NodeIndex after_max_visits = -1;
  std::vector<CompiledBranch> conditional;    // tried in order
  std::vector<CompiledBranch> probabilistic;  // cumulative p in `p`
  NodeIndex fallback = -1;                    // default branch when neither applies
};

struct CompiledResource {
  std::string name;
  scenario::ResourceKind kind = scenario::ResourceKind::places;
  std::int64_t capacity = 0;
  bool per_child = false;
  bool priority_order = false;
};

struct CompiledArrival {
  std::string name;
  std::uint64_t name_hash = 0;
  NodeIndex into = 0;
  double families_per_year = 0;
  double trend = 0;
  std::vector<double> seasonality;   // 12 factors (all 1 when not given)
  engine::Distribution children = engine::Distribution::fixed(1);
  struct Draw {
    int attribute = 0;
    std::vector<std::uint8_t> values;
    std::vector<double> cumulative;
  };
  std::vector<Draw> attributes;
  int priority = 0;
};

struct ChainTables {
  std::string scenario_name;
  engine::Date start;
  double horizon_days = 0;           // end of one replication, in days from start
  int replications = 1;
  std::uint64_t seed = 1;
  std::vector<std::string> attribute_names;
  std::vector<std::vector<std::string>> attribute_values;
  std::vector<CompiledStage> stages;
  std::vector<std::string> exits;
  std::vector<CompiledResource> resources;
  std::vector<CompiledArrival> arrivals;

  int stage_count() const { return static_cast<int>(stages.size()); }
  bool is_exit(NodeIndex n) const { return n >= stage_count(); }
  const std::string& node_name(NodeIndex n) const;
};

// Compiles a loaded scenario (references already checked by the loader).
ChainTables compile(const scenario::Scenario& s);

// End of the horizon: whole years follow the calendar (so 31-12 stocks fall on the last day),
// a fractional remainder counts 365.25 days per year.
double horizon_days(engine::Date start, double years);

}  // namespace ketensim::model
