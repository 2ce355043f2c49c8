// The scenario compiled into flat tables the event loop reads: names become indices, so the
// hot path never touches a string or a map. Built once per scenario, shared read-only by
// every replication.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/engine/distribution.h"
#include "sim/engine/time.h"
#include "sim/scenario/parameter_path.h"
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
  double p = 0;       // probabilistic branches: cumulative probability
  double weight = 0;  // probabilistic branches: own probability
  bool conditional = false;
  CompiledCondition when;
};

struct CompiledTimer {
  double days = -1;      // < 0: not a day timer
  double age_days = -1;  // < 0: not an age timer; else the age in days
  NodeIndex then = 0;
  bool since_measure = false;  // days counted from the start of the family's measure
};

// A resource a stage acquires for a holding time of its own.
struct CompiledHold {
  int resource = 0;
  engine::Distribution duration = engine::Distribution::fixed(0);
};

struct CompiledStage {
  std::string name;
  std::uint64_t name_hash = 0;  // keys this stage's random draws (common random numbers)
  engine::Distribution duration = engine::Distribution::fixed(0);
  scenario::DurationForm duration_form;  // as written: policies change its numbers
  std::vector<int> acquire;              // resource indices, in order
  std::vector<int> release;
  bool release_all = false;
  double max_wait = -1;          // days; < 0: no limit
  bool max_wait_random = false;  // max_wait is the mean of an exponential patience
  NodeIndex after_max_wait = -1;
  std::vector<std::pair<int, std::uint8_t>> set;  // (attribute, value)
  int max_visits = 0;
  NodeIndex after_max_visits = -1;
  std::vector<CompiledBranch> conditional;    // tried in order
  std::vector<CompiledBranch> probabilistic;  // cumulative p in `p`
  NodeIndex fallback = -1;                    // default branch when neither applies
  std::vector<CompiledTimer> timers;
  bool until_timer = false;  // no duration: the stage ends when a timer fires
  std::vector<CompiledHold> holds;
  int measure = -1;  // measure started on entry; -1 keeps the current

  void accumulate_probabilities();  // p from weight, after a change
};

// Capacity is counted in integer units: one place, or one micro-fte (kUnitsPerFte) for a
// caseload, where a case of measure m takes floor(kUnitsPerFte / norm(m)) units.
inline constexpr double kUnitsPerFte = 1e6;

struct CompiledResource {
  std::string name;
  scenario::ResourceKind kind = scenario::ResourceKind::places;
  double places = 0;  // places
  double fte = 0;     // caseload
  double caseload_norm = 1;
  std::vector<double> norm_by_measure;  // per measure; 0: use caseload_norm
  double turnover_per_year = 0;
  std::optional<engine::Distribution> hiring_delay;
  double ramp_up_days = 0;
  double ramp_up_share = 1;
  double absence = 0;
  bool per_child = false;
  bool priority_order = false;
  // Places a policy sets (places resources), with the day its last step sets them: what
  // most_capacity_from looks ahead to. Filled by compile from the policies.
  struct ScheduledPlaces {
    double last_day = 0;
    double places = 0;
  };
  std::vector<ScheduledPlaces> scheduled_places;

  bool is_caseload() const { return kind == scenario::ResourceKind::caseload; }
  // Units one case takes, with the family's measure (-1: none).
  std::int64_t units_per_case(int measure) const;
  // Units available with `fte` working staff (caseload) or the places.
  std::int64_t capacity_for(double working_fte) const;
  // The most units the resource can have from `day` to the end of the run: its places now
  // or the most a policy not yet done sets. A caseload is not bounded here (its staff come
  // and go): the largest int64.
  std::int64_t most_capacity_from(double day) const;
};

struct CompiledArrival {
  std::string name;
  std::uint64_t name_hash = 0;
  NodeIndex into = 0;
  double families_per_year = 0;
  double trend = 0;
  int trend_until = 1 << 30;        // the last calendar year the trend applies to
  std::vector<double> seasonality;  // 12 factors (all 1 when not given)
  engine::Distribution children = engine::Distribution::fixed(1);
  struct Draw {
    int attribute = 0;
    std::vector<std::uint8_t> values;
    std::vector<double> cumulative;
  };
  std::vector<Draw> attributes;
  int priority = 0;
  std::vector<std::pair<int, double>> rate_by_year;  // calendar year -> families per year
  std::optional<engine::Distribution> age_years;
};

struct CompiledInitial {
  NodeIndex stage = 0;
  double count = 0;
  bool count_is_children = true;
  std::vector<CompiledArrival::Draw> attributes;
  engine::Distribution children_per_family = engine::Distribution::fixed(1);
  engine::Distribution elapsed = engine::Distribution::fixed(0);
  std::optional<engine::Distribution> age_years;
};

struct CompiledNormEvent {
  scenario::NormEvent::Kind kind = scenario::NormEvent::Kind::enter;
  // By stage or resource index, 1 where the event names it: matches() is a lookup, as the
  // model asks at every stage entry, exit and acquire.
  std::vector<std::uint8_t> named;
  bool matches(scenario::NormEvent::Kind k, int index) const {
    return k == kind && static_cast<std::size_t>(index) < named.size() && named[index] != 0;
  }
};

struct CompiledNorm {
  std::string name;
  CompiledNormEvent from, to;
  double within = 0;
  bool working_days = false;
};

// One numeric change of a policy, resolved to what it changes (scenario/parameter_path.h).
struct CompiledChange {
  using Target = scenario::ParameterSlot::Target;
  Target target = Target::places;
  int index = 0;    // resource, arrival or stage
  int sub = 0;      // measure, probabilistic branch or timer
  std::string key;  // duration: the number of the stage's written form it sets
  double value = 0;
};

struct CompiledPolicy {
  double from = 0;  // days from start
  double over_days = 0;
  std::vector<CompiledChange> changes;
};

// A periodic review of long waits (scenario::Review), in days from the start.
struct CompiledReview {
  std::string name;
  std::uint64_t name_hash = 0;  // keys each family's draw of keep_waiting
  double from = 0;
  double until = 0;  // the last day a review may fall on (horizon when none)
  double every = 30;
  double longer_than = 0;
  double keep_waiting = 0;
  std::vector<NodeIndex> send;  // per stage: where a family reviewed there goes; -1: none
};

struct ChainTables {
  std::string scenario_name;
  engine::Date start;
  double horizon_days = 0;  // end of one replication, in days from start
  int replications = scenario::RunSettings{}.replications;
  std::uint64_t seed = scenario::RunSettings{}.seed;
  std::size_t max_families = scenario::RunSettings{}.max_families;  // alive at once; more: unstable
  std::vector<std::string> attribute_names;
  std::vector<std::vector<std::string>> attribute_values;
  std::vector<CompiledStage> stages;
  std::vector<std::string> exits;
  std::vector<CompiledResource> resources;
  std::vector<CompiledArrival> arrivals;
  std::vector<std::string> measures;
  std::vector<int> report_by;  // attribute indices
  std::vector<CompiledInitial> initial;
  std::vector<CompiledNorm> norms;
  std::vector<CompiledPolicy> policies;
  std::vector<CompiledReview> reviews;
  // Tariffs in euros (scenario `costs`), 0 where none: per child-day per measure and per
  // stage, per place-day in use or per fte-year per resource. has_*: any tariff given.
  std::vector<double> measure_per_day, stage_per_day, resource_per_day, resource_per_fte_year;
  bool has_measure_costs = false, has_care_costs = false, has_staff_costs = false;
  // Days N of the waiting KPIs per resource and threshold (placed_within_share,
  // waiting_over_end); sorted, each once.
  std::vector<double> wait_thresholds;

  int stage_count() const { return static_cast<int>(stages.size()); }
  bool is_exit(NodeIndex n) const { return n >= stage_count(); }
  const std::string& node_name(NodeIndex n) const;
};

// Adds N to the waiting thresholds (a command's target may name one the scenario does not).
void add_wait_threshold(ChainTables& t, double days);

// "91d", "0.5d": how a threshold is written in a KPI subject ("gesloten/91d").
std::string threshold_label(double days);

// Compiles a loaded scenario (references already checked by the loader).
ChainTables compile(const scenario::Scenario& s);

// End of the horizon: whole years follow the calendar (so 31-12 stocks fall on the last day),
// a fractional remainder counts engine::kDaysPerYear (365.25) days a year.
double horizon_days(engine::Date start, double years);

}  // namespace ketensim::model
