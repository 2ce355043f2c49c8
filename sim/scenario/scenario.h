// A scenario as plain, validated structs: what the loader produces from YAML and the model
// compiles into flat tables. Nothing here knows about YAML. Every element that a later
// check may complain about carries the Location it was read from, so semantic errors
// (dangling references, graph problems) still point at file:line:column.
//
// The format is documented for users in docs/scenario-format.md.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "sim/engine/distribution.h"
#include "sim/engine/time.h"
#include "sim/scenario/duration_form.h"
#include "sim/stats/input_distribution.h"

namespace ketensim::scenario {

// Where a value was written: file path as given, 1-based line and column.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

// The run's defaults are written here only: the parameter table and ChainTables read them.
struct RunSettings {
  engine::Date start{2020, 1, 1};
  double years = 1.0;  // horizon of one replication
  int replications = 1;
  std::uint64_t seed = 1;
  int max_families = 1000000;  // alive at once in one replication; more: unstable
  Location location;
};

// A categorical family attribute (region, route, measure type, ...) and its allowed values.
struct AttributeDecl {
  std::string name;
  std::vector<std::string> values;
  Location location;
};

enum class ResourceKind { places, caseload };
enum class CapacityUnit { family, child };  // what one unit of capacity holds
enum class QueueOrder { fifo, priority };   // priority: higher family priority first, then FIFO

// A capacity-limited resource. `places`: a fixed number of places (beds, care places).
// `caseload`: staff whose capacity is fte x caseload_norm cases held at once.
struct Resource {
  std::string name;
  ResourceKind kind = ResourceKind::places;
  double places = 0;         // kind == places
  double fte = 0;            // kind == caseload
  double caseload_norm = 0;  // kind == caseload: cases per fte
  CapacityUnit per = CapacityUnit::family;
  QueueOrder queue = QueueOrder::fifo;
  Location location;
  // Caseload only. A case of measure m takes 1 / norm(m) fte, where norm(m) is the entry
  // for m here or else caseload_norm.
  std::vector<std::pair<std::string, double>> caseload_norm_by_measure = {};
  std::vector<Location> norm_by_measure_locations = {};
  // Caseload only: staff dynamics. Each whole fte leaves at rate turnover_per_year; its
  // vacancy is filled after hiring_delay; a new hire carries ramp_up_share of a full
  // caseload for ramp_up_days. absence is the share of fte absent at any time.
  double turnover_per_year = 0;
  std::optional<engine::Distribution> hiring_delay = {};
  double ramp_up_days = 0;
  double ramp_up_share = 1;
  double absence = 0;
};

// A categorical attribute drawn for each arriving family: value -> weight.
struct AttributeDraw {
  std::string attribute;
  std::vector<std::string> values;
  std::vector<double> weights;  // same length as values, sum 1
  Location location;
  std::vector<Location> value_locations = {};  // where each value is written
};

struct ArrivalStream {
  std::string name;
  std::string into;  // stage the family enters
  double families_per_year = 0;
  double trend = 0;  // relative change of the rate per year (0.02 = +2%/yr)
  std::optional<int> trend_until =
      {};  // the last calendar year the trend applies to; later years stay flat
  std::vector<double> seasonality;  // empty, or 12 monthly factors with mean 1
  engine::Distribution children = engine::Distribution::fixed(1);  // integer values >= 1
  std::vector<AttributeDraw> attributes;
  int priority = 0;  // higher is served first in priority queues
  Location location;
  Location into_location;
  // Calendar year -> families per year, overriding families_per_year (and the trend) in
  // that year; years after the last listed keep its value.
  std::vector<std::pair<int, double>> rate_by_year = {};
  std::optional<engine::Distribution> age_years = {};  // age at arrival, in years
  std::vector<Location> rate_by_year_locations = {};
};

// A routing condition: all tests must hold (logical AND).
struct AttributeTest {
  std::string attribute;
  std::vector<std::string> any_of;
  Location location;
  std::vector<Location> value_locations = {};  // where each value is written
};
struct Condition {
  std::vector<AttributeTest> attributes;
  std::optional<int> min_children;
  std::optional<int> max_children;
};

// One outgoing edge of a stage. Evaluation order: branches with `when` in listed order
// (first match wins); if none matches, one of the branches with `p` is drawn; a branch
// with neither is the default and is the only one then.
struct Branch {
  std::string to;
  std::optional<double> p;
  std::optional<Condition> when;
  Location location;     // of the branch
  Location to_location;  // of its `to` value
};

struct AttributeSet {
  std::string attribute;
  std::string value;
  Location location;
  Location value_location = {};
};

// A legal or practical deadline on a stage: the stage ends at the earliest of its own
// duration and its timers; a timer that fires first sends the family to `then`.
struct Timer {
  std::optional<double> days;  // after this long in the stage (e.g. an OTS year: 365)
  // Exactly one of days and age_years is set.
  std::optional<double> age_years;  // when the family's child reaches this age (e.g. 18)
  std::string then;
  Location location;
  Location then_location;
  bool since_measure = false;  // days from the start of the current measure, not the stage
};

// A resource a stage acquires and holds for a time of its own (a care episode).
struct Hold {
  std::string resource;
  engine::Distribution duration = engine::Distribution::fixed(0);
  Location location;
};

struct Stage {
  std::string name;
  engine::Distribution duration = engine::Distribution::fixed(0);
  DurationForm duration_form = {"days", {{"days", 0}}};  // as written; empty form: empirical
  std::vector<std::string> acquire;  // resources held before the duration starts, in order
  std::vector<Location> acquire_locations;
  std::optional<double> max_wait_days;  // leave the waiting list after this long ...
  bool max_wait_random = false;         // ... or, true: after an exponential patience of this mean
  std::string after_max_wait;           // ... and go to this stage or exit
  Location after_max_wait_location;
  std::vector<std::string> release;  // released when leaving the stage
  std::vector<Location> release_locations;
  bool release_all = false;       // `release: all`
  std::vector<AttributeSet> set;  // attributes set on entry
  int max_visits = 0;             // 0: no cap; else entries per family
  std::string after_max_visits;   // where a family goes instead once the cap is reached
  Location after_max_visits_location;
  std::vector<Branch> next;
  Location location;
  std::vector<Timer> timers = {};
  bool until_timer = false;      // no duration written, timers given: lasts until one fires
  std::vector<Hold> holds = {};  // acquired resources with a holding time of their own
  std::string measure = {};      // measure held from this stage on ("" keeps it)
  Location measure_location = {};
};

// Families already in the chain on the start date (for example the measures open on
// 31-12-2019). Remaining times: the family has already spent `elapsed` days in the stage;
// its stage duration is drawn conditional on exceeding that, and day-timers count from
// the stage entry, so they fire after (timer - elapsed) days.
struct InitialStock {
  std::string stage;
  double count = 0;
  bool count_is_children = true;  // `children: N` (measures) or `families: N`
  std::vector<AttributeDraw> attributes = {};
  engine::Distribution children_per_family = engine::Distribution::fixed(1);
  std::optional<engine::Distribution> elapsed = {};  // days; default: see elapsed_default
  std::optional<engine::Distribution> age_years = {};
  Location location;
  Location stage_location;
};

// An inspection norm measured per family: the clock starts at the first `from` event and
// stops at the first `to` event after it; the norm is met if that took at most `within`.
struct NormEvent {
  enum class Kind { enter, leave, acquire };
  Kind kind = Kind::enter;
  std::vector<std::string> names;  // stages (enter, leave) or resources (acquire)
  Location location;
  std::vector<Location> name_locations = {};
};
struct Norm {
  std::string name;
  NormEvent from;
  NormEvent to;
  double within = 0;
  bool working_days = false;  // `within: {working_days: 5}`
  Location location;
};

// A dated change: from `from` (over `over_days`, in monthly steps when > 0) the numbers at
// the given key paths take the given values.
struct PolicyChange {
  std::string path;  // e.g. "resources.jbw.caseload_norm"
  double value = 0;
  Location location;  // of the path (the key)
  Location value_location = {};
};
struct Policy {
  engine::Date from;
  double over_days = 0;
  std::vector<PolicyChange> set;
  std::string note;
  Location location;
};

// A periodic review of long waits (the doorbraakaanpak): from `from` until `until`, every
// `every_days`, each family waiting in one of the `send` stages for longer than
// `longer_than_days` keeps waiting with probability `keep_waiting`, and otherwise leaves the
// waiting list (keeping what it holds) for the stage `send` names for its stage: bridging
// care, a second choice, escalation.
struct Review {
  std::string name;
  engine::Date from;
  std::optional<engine::Date> until;
  double every_days = 30;
  double longer_than_days = 0;
  double keep_waiting = 0;
  std::vector<std::pair<std::string, std::string>> send;  // waiting stage -> stage
  std::vector<Location> send_locations = {};              // of each waiting stage (the key)
  std::vector<Location> target_locations = {};            // of each target stage
  Location location;
};

// A tariff of the `costs` section, in euros: per child-day in a measure or a stage, per
// place-day in use of a places resource, or per fte-year of a caseload resource. Each says
// where it comes from (`source`) or that it is an assumption.
struct Tariff {
  std::string name;  // the measure, stage or resource
  double per_day = 0;
  double per_fte_year = 0;
  std::string source = {};
  std::string assumption = {};
  Location location = {};
};

struct Costs {
  std::vector<Tariff> measures = {};
  std::vector<Tariff> stages = {};
  std::vector<Tariff> resources = {};
};

// A value a calibration fitted (`calibrated.values`, sim/scenario/calibrated.h): a number at
// a parameter path, from the start or from a date.
struct CalibratedValue {
  std::string path;
  std::optional<engine::Date> from;
  double value = 0;
  std::optional<double> sd = {};  // approximate standard deviation of the fitted value
  std::string fitted_to = {};     // the figures that move it most, in words
  Location location = {};
};

// What `ketensim calibrate` wrote into an overlay: the spec and figures it used, how many
// unknowns it fitted to how many figures, and the values.
struct CalibrationRecord {
  std::string spec;  // as written (relative to the overlay)
  std::string figures;
  int fit_figures = 0;
  int free_parameters = 0;
  double objective = 0;
  std::vector<CalibratedValue> values;
  std::string draws;  // joint draws of the values, a CSV file relative to the overlay; or none
  Location draws_location = {};
  Location location;
};

// A parameter no source gives, listed in the validation report.
struct Assumption {
  std::string param;  // key path, e.g. "stages.jbt.duration"
  std::string note;
  Location location;
};

// A number not known exactly (docs/scenario-format.md, "Uncertain inputs"): its plausible
// values as a distribution, and where that range comes from. One draw is put at every path
// listed (the same effect size written for three GIs moves as one); a joint input puts a
// whole row of its draws, a value per path.
struct UncertainInput {
  std::string name;                // as outputs name it; default: the first path
  std::vector<std::string> paths;  // parameter paths (sim/scenario/parameter_path.h)
  std::vector<Location> path_locations;
  stats::InputDistribution distribution = stats::InputDistribution::uniform(0, 1);
  std::string source;  // "expert range, assumption: ..." or a calibration
  Location location;
  std::string key;  // where it is written: "uncertain[3]", or "calibrated.draws"
  // A joint input (a calibration's draws, calibrated.draws): rows[d][p] is path p's value in
  // draw d, and the distribution is that of the row number, 1 .. rows.size(), each as likely.
  std::vector<std::vector<double>> rows = {};
};

// A number a person may move on the page of `ketensim serve` (docs/scenario-format.md,
// "Levers"): a parameter path as policies and sweeps use it (sim/scenario/parameter_path.h),
// its label in English and Dutch, and the slider's range and step.
struct Lever {
  std::string name;
  std::string path;
  Location path_location;
  std::string label_en;
  std::string label_nl;
  double min = 0;
  double max = 0;
  double step = 1;
  Location location;
};

struct Scenario {
  std::string name;
  std::string description;
  std::vector<std::string> files;  // the file and every file it extends, base last
  RunSettings run;
  std::vector<AttributeDecl> attributes;
  std::vector<std::string> exits;  // named exits; "exit" always exists
  std::vector<Resource> resources;
  std::vector<ArrivalStream> arrivals;
  std::vector<Stage> stages;
  Location location;
  std::vector<Location> exit_locations = {};  // where each named exit is written
  std::vector<std::string> measures = {};     // measure types (OTS < 1 jaar, voogdij, ...)
  std::vector<std::string> report_by = {};    // attributes that break measure KPIs down
  std::vector<Location> measure_locations = {};
  std::vector<Location> report_by_locations = {};
  std::vector<InitialStock> initial = {};
  std::vector<Norm> norms = {};
  std::vector<Policy> policies = {};
  std::vector<Review> reviews = {};
  Costs costs = {};
  std::optional<CalibrationRecord> calibrated = {};
  std::vector<Assumption> assumptions = {};
  std::vector<UncertainInput> uncertain = {};
  std::vector<Lever> levers = {};
  std::string published_figures = {};  // path of the figures file, "" when none
  // Thresholds N (days) of the waiting KPIs placed_within_share and waiting_over_end, per
  // resource; sorted, each once.
  std::vector<double> wait_thresholds_days = {};
};

// The built-in exit every scenario has.
inline constexpr const char* kDefaultExit = "exit";

}  // namespace ketensim::scenario
