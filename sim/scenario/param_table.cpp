#include "sim/scenario/param_table.h"

#include "sim/scenario/limits.h"
#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

namespace {

// Where a default or a bound is stated; the format document is the contract with users.
constexpr const char* kFormat = "docs/scenario-format.md";
// Bounds that no real scenario comes near; they keep absurd input from exhausting the
// machine or overflowing counters, and are not published figures.
constexpr const char* kGuard = "guard against absurd input";

// Tables, one row per entry as written: not reflowed by clang-format.
// clang-format off
std::vector<ParamSpec> top_rows() {
  return {
      {.path = "scenario", .type = "scenario name",
       .meaning = "identifier of the scenario: lower case letters, digits, _ and -",
       .required = true},
      {.path = "description", .type = "text", .meaning = "free text describing the scenario"},
      {.path = "extend", .type = "path",
       .meaning = "start from this scenario file (relative to this one) and apply this file's "
                  "keys on top; a key set to ~ removes it from the base"},
      {.path = "run", .type = "map", .meaning = "how long and how often to simulate",
       .required = true},
      {.path = "attributes", .type = "map",
       .meaning = "categorical family attributes, each with its list of allowed values"},
      {.path = "exits", .type = "list of names",
       .meaning = "named exits from the chain; the exit `exit` always exists as well"},
      {.path = "resources", .type = "map",
       .meaning = "capacity-limited resources (staff caseloads and places), by name"},
      {.path = "arrivals", .type = "map",
       .meaning = "arrival streams of families, by name; at least one", .required = true},
      {.path = "stages", .type = "map", .meaning = "the stages of the chain, by name; at least one",
       .required = true},
      {.path = "measures", .type = "list of names",
       .meaning = "the legal measure types a family can hold (OTS < 1 jaar, voogdij, ...); a "
                  "stage with `measure` starts one"},
      {.path = "report_by", .type = "list of attribute names",
       .meaning = "attributes (such as region) that break the measure KPIs down, as the GI "
                  "annual reports do; no stage may `set` them"},
      {.path = "initial", .type = "list of initial stocks",
       .meaning = "families already in the chain on run.start (the measures open on that "
                  "date), so the first year does not start from an empty chain"},
      {.path = "norms", .type = "map",
       .meaning = "inspection norms measured per family (vaste jeugdbeschermer within 5 working "
                  "days, ...), by name"},
      {.path = "policies", .type = "list of policies",
       .meaning = "dated changes to numbers: a norm lowered on a date, places closed over a year"},
      {.path = "reviews", .type = "map",
       .meaning = "periodic reviews of long waits, by name (the doorbraakaanpak): families "
                  "waiting longer than a limit are sent on to bridging care, a second choice or "
                  "escalation"},
      {.path = "costs", .type = "map",
       .meaning = "tariffs in euros, each with its source or marked as an assumption: the cost "
                  "KPIs (cost_measures, cost_care, cost_staff, cost_total) follow from them"},
      {.path = "calibrated", .type = "map",
       .meaning = "the values `ketensim calibrate` fitted, written by it into an overlay: run "
                  "the command again rather than edit them"},
      {.path = "published_figures", .type = "path",
       .meaning = "the file of published figures `ketensim validate` compares the run with "
                  "(relative to the file it is written in); kept apart from the scenario so "
                  "calibration and validation stay honest"},
      {.path = "wait_thresholds_days", .type = "list of numbers", .unit = "days", .min = 0,
       .max = 36525, .min_exclusive = true,
       .meaning = "waiting times N the waiting KPIs are counted for, per resource: the share "
                  "placed within N days (placed_within_share) and the children waiting more "
                  "than N days on each peildatum (waiting_over_end); 91 is the 3-month norm"},
      {.path = "assumptions", .type = "list of assumptions",
       .meaning = "parameters no source gives, each with a note; listed by `ketensim validate`"},
      {.path = "uncertain", .type = "list of uncertain inputs",
       .meaning = "numbers not known exactly, each with a distribution of its plausible values "
                  "and their source; `ketensim sensitivity` and `--uncertainty N` vary them"},
      {.path = "levers", .type = "map",
       .meaning = "numbers a person may move as sliders on the page of `ketensim serve`, by "
                  "name"},
  };
}

std::vector<ParamSpec> declaration_rows() {
  return {
      {.path = "run.start", .type = "date", .meaning = "first simulated day", .required = true},
      {.path = "run.years", .type = "number", .unit = "years", .min = 0, .max = kMaxYears,
       .min_exclusive = true, .meaning = "simulated horizon of one replication",
       .source = kFormat, .required = true},
      {.path = "run.replications", .type = "integer",
       .default_value = std::to_string(RunSettings{}.replications), .min = 1, .max = kMaxReplications, .meaning = "number of independent replications", .source = kFormat},
      {.path = "run.seed", .type = "integer", .default_value = std::to_string(RunSettings{}.seed),
       .min = 0,
       .meaning = "seed of all random streams, a whole number from 0 to 2^64-1",
       .source = kFormat},
      {.path = "run.max_families", .type = "integer", .unit = "families",
       .default_value = std::to_string(RunSettings{}.max_families), .min = 1, .max = kMaxFamiliesAlive,
       .meaning = "families alive at once in one replication beyond which it stops and the "
                  "scenario is reported as unstable (a waiting list growing without end) "
                  "instead of exhausting memory; the whole Dutch chain holds some 32,000 "
                  "measures",
       .source = kGuard},
      {.path = "attributes.<attribute>", .type = "list of names",
       .meaning = "the values the attribute can take"},
  };
}

std::vector<ParamSpec> resource_rows() {
  return {
      {.path = "resources.<name>", .type = "map", .meaning = "one resource, by its name"},
      {.path = "resources.<name>.kind", .type = "enum: caseload|places",
       .meaning = "caseload: staff with a caseload norm; places: a fixed number of places",
       .required = true},
      {.path = "resources.<name>.fte", .type = "number", .unit = "fte", .min = 0, .max = 1e6,
       .meaning = "staff in full-time equivalents; required for (only) kind caseload",
       .source = kGuard},
      {.path = "resources.<name>.caseload_norm", .type = "number", .unit = "cases per fte",
       .min = 0, .max = 1e4, .min_exclusive = true,
       .meaning = "cases one fte holds at once; required for (only) kind caseload",
       .source = kGuard},
      {.path = "resources.<name>.per", .type = "enum: family|child", .default_value = "family",
       .meaning = "what one unit of capacity holds: a family, or one child of a family",
       .source = kFormat},
      {.path = "resources.<name>.queue", .type = "enum: fifo|priority", .default_value = "fifo",
       .meaning = "fifo: in order of joining; priority: highest stream priority first, then "
                  "in order of joining",
       .source = kFormat},
      {.path = "resources.<name>.places", .type = "integer", .unit = "places", .min = 0,
       .max = 1e7, .meaning = "number of places; required for (only) kind places",
       .source = kGuard},
      {.path = "resources.<name>.caseload_norm_by_measure", .type = "map",
       .meaning = "caseload only: the norm for these measures instead of caseload_norm"},
      {.path = "resources.<name>.caseload_norm_by_measure.<measure>", .type = "number",
       .unit = "cases per fte", .min = 0, .max = 1e4, .min_exclusive = true,
       .meaning = "cases of this measure one fte holds at once", .source = kGuard},
      {.path = "resources.<name>.turnover_per_year", .type = "number", .unit = "per year",
       .default_value = "0", .min = 0, .max = 5,
       .meaning = "caseload only: share of the fte leaving per year (verloop); each post is "
                  "refilled after hiring_delay",
       .source = kGuard},
      {.path = "resources.<name>.hiring_delay", .type = "duration", .unit = "days",
       .default_value = "{days: 0}",
       .meaning = "caseload only: time from a leaver to the new hire starting"},
      {.path = "resources.<name>.ramp_up", .type = "map",
       .meaning = "caseload only: a new hire carries a reduced caseload at first"},
      {.path = "resources.<name>.ramp_up.days", .type = "number", .unit = "days", .min = 0,
       .min_exclusive = true, .meaning = "how long a new hire carries the reduced caseload",
       .required = true},
      {.path = "resources.<name>.ramp_up.share", .type = "number", .unit = "share", .min = 0,
       .max = 1, .min_exclusive = true,
       .meaning = "the share of a full caseload a new hire carries meanwhile", .required = true},
      {.path = "resources.<name>.absence", .type = "number", .unit = "share", .default_value = "0",
       .min = 0, .max = 0.9,
       .meaning = "caseload only: share of the fte absent at any time (verzuim)", .source = kGuard},
  };
}

std::vector<ParamSpec> arrival_rows() {
  return {
      {.path = "arrivals.<name>", .type = "map", .meaning = "one arrival stream, by its name"},
      {.path = "arrivals.<name>.into", .type = "stage name",
       .meaning = "the stage arriving families enter", .required = true},
      {.path = "arrivals.<name>.families_per_year", .type = "number", .unit = "families per year",
       .min = 0, .max = kMaxFamiliesPerYear, .meaning = "mean arrival rate in the first simulated year",
       .source = kGuard, .required = true},
      {.path = "arrivals.<name>.trend", .type = "number", .unit = "per year", .default_value = "0",
       .min = -1, .max = kMaxTrend, .min_exclusive = true,
       .meaning = "relative change of the rate per year: -0.02 is 2% fewer each year; with "
                  "rate_by_year, from the last listed year on",
       .source = kFormat},
      {.path = "arrivals.<name>.trend_until", .type = "integer", .unit = "calendar year",
       .min = 1900, .max = 2200,
       .meaning = "the last calendar year the trend applies to; later years keep that year's "
                  "rate (demand flat after the years it was fitted on)",
       .source = kGuard},
      {.path = "arrivals.<name>.seasonality", .type = "list of numbers", .min = 0,
       .meaning = "12 monthly factors on the rate, January first, with mean 1"},
      {.path = "arrivals.<name>.children", .type = "count distribution",
       .unit = "children", .default_value = "{days: 1}",
       .meaning = "children per family: {days: N} for always N, or {empirical: {N: p, ...}}",
       .source = kFormat},
      {.path = "arrivals.<name>.attributes", .type = "map",
       .meaning = "attribute values of arriving families, by attribute"},
      {.path = "arrivals.<name>.attributes.<attribute>", .type = "value or map of value -> weight",
       .meaning = "a value every family gets, or values drawn with these weights"},
      {.path = "arrivals.<name>.attributes.<attribute>.<value>", .type = "number",
       .unit = "probability", .min = 0, .max = 1,
       .meaning = "probability of the value; the weights of an attribute sum to 1"},
      {.path = "arrivals.<name>.priority", .type = "integer", .default_value = "0",
       .min = -kMaxPriority, .max = kMaxPriority,
       .meaning = "higher is served first in priority queues", .source = kFormat},
      {.path = "arrivals.<name>.rate_by_year", .type = "map",
       .meaning = "calendar year -> families per year: a listed year's rate replaces "
                  "families_per_year; years after the last listed one take its rate changed "
                  "by trend per year (trend 0: flat)"},
      {.path = "arrivals.<name>.rate_by_year.<year>", .type = "number",
       .unit = "families per year", .min = 0, .max = kMaxFamiliesPerYear,
       .meaning = "mean arrival rate in that calendar year", .source = kGuard},
      {.path = "arrivals.<name>.age", .type = "age distribution", .unit = "years",
       .meaning = "age of the (eldest) child on arrival; without it age timers never fire"},
  };
}

std::vector<ParamSpec> stage_rows() {
  return {
      {.path = "stages.<name>", .type = "map", .meaning = "one stage, by its name"},
      {.path = "stages.<name>.duration", .type = "duration", .unit = "days",
       .default_value = "{days: 0}",
       .meaning = "time spent in the stage once all acquired resources are held; without it "
                  "the stage is an instant decision point"},
      {.path = "stages.<name>.acquire", .type = "list of resource names",
       .meaning = "resources to wait for and hold, in order, before the duration starts"},
      {.path = "stages.<name>.max_wait", .type = "map",
       .meaning = "leave the waiting list after waiting this long (needs acquire)"},
      {.path = "stages.<name>.max_wait.days", .type = "number", .unit = "days", .min = 0,
       .meaning = "longest wait for the acquired resources, the same for every family (exactly "
                  "one of days and mean_days)"},
      {.path = "stages.<name>.max_wait.mean_days", .type = "number", .unit = "days", .min = 0,
       .meaning = "mean patience: each family leaves the waiting list after an exponential time "
                  "of this mean, drawn when it starts to wait (abandonment at a constant rate, as "
                  "in the Erlang-A queue; exactly one of days and mean_days)"},
      {.path = "stages.<name>.max_wait.then", .type = "stage or exit name",
       .meaning = "where a family goes when it has waited that long", .required = true},
      {.path = "stages.<name>.release", .type = "list of resource names, or all",
       .meaning = "resources released on leaving the stage; `all` releases everything held"},
      {.path = "stages.<name>.set", .type = "map",
       .meaning = "attribute values given to a family when it enters the stage"},
      {.path = "stages.<name>.set.<attribute>", .type = "value",
       .meaning = "the value the attribute gets"},
      {.path = "stages.<name>.max_visits", .type = "integer", .unit = "visits", .min = 1,
       .max = kMaxVisits, .meaning = "cap on entries into this stage per family (needs "
                                  "after_max_visits)",
       .source = kGuard},
      {.path = "stages.<name>.after_max_visits", .type = "stage or exit name",
       .meaning = "where a family goes instead once it reached max_visits"},
      {.path = "stages.<name>.next", .type = "list of branches",
       .meaning = "where families go after the stage (see Routing in the format)",
       .required = true},
      {.path = "stages.<name>.next[].to", .type = "stage or exit name",
       .meaning = "the stage or exit this branch leads to", .required = true},
      {.path = "stages.<name>.next[].p", .type = "number", .unit = "probability", .min = 0,
       .max = 1, .meaning = "probability of the branch; the p of a stage sum to 1"},
      {.path = "stages.<name>.next[].when", .type = "condition",
       .meaning = "take this branch when all tests hold; tried in order before any p"},
      {.path = "stages.<name>.next[].when.<attribute>", .type = "value or list of values",
       .meaning = "holds when the family's attribute has this value (or one of these)"},
      {.path = "stages.<name>.next[].when.children", .type = "map",
       .meaning = "holds when the family's number of children is within min and max"},
      {.path = "stages.<name>.next[].when.children.min", .type = "integer", .unit = "children",
       .min = 0, .max = kMaxChildren, .meaning = "fewest children", .source = kGuard},
      {.path = "stages.<name>.next[].when.children.max", .type = "integer", .unit = "children",
       .min = 0, .max = kMaxChildren, .meaning = "most children", .source = kGuard},
      {.path = "stages.<name>.measure", .type = "measure name",
       .meaning = "the measure the family holds from its entry into this stage on; a stage "
                  "without it keeps the family's measure, and leaving the chain ends it"},
      {.path = "stages.<name>.timers", .type = "list of timers",
       .meaning = "legal deadlines: the stage ends at the earliest of its duration and its "
                  "timers, and a timer that fires first sends the family to its `then`"},
      {.path = "stages.<name>.timers[].days", .type = "number", .unit = "days", .min = 0,
       .min_exclusive = true,
       .meaning = "fires this long after entering the stage (waiting included): an OTS year "
                  "is 365"},
      {.path = "stages.<name>.timers[].age", .type = "number", .unit = "years", .min = 0,
       .max = kMaxAgeYears, .min_exclusive = true,
       .meaning = "fires when the child reaches this age: measures end at 18",
       .source = kGuard},
      {.path = "stages.<name>.timers[].then", .type = "stage or exit name",
       .meaning = "where the family goes when the timer fires", .required = true},
      {.path = "stages.<name>.timers[].since", .type = "enum: stage|measure", .default_value = "stage",
       .meaning = "days timers: count from entering this stage, or from the start of the family's "
                  "current measure (an OTS year that runs on whatever stage the family is in)",
       .source = kFormat},
      {.path = "stages.<name>.hold", .type = "map",
       .meaning = "resources acquired here that are held for a time of their own, wherever the "
                  "family goes meanwhile (a care episode alongside the measure), by resource"},
      {.path = "stages.<name>.hold.<resource>", .type = "duration", .unit = "days",
       .meaning = "how long the resource is held after it is obtained; released then, or earlier "
                  "by a `release` or when the family leaves the chain"},
  };
}

std::vector<ParamSpec> duration_rows() {
  return {
      {.path = "<duration>.days", .type = "number", .unit = "days", .min = 0,
       .meaning = "fixed: always this long (for children: always this many)"},
      {.path = "<duration>.exponential", .type = "map", .meaning = "exponential distribution"},
      {.path = "<duration>.exponential.mean_days", .type = "number", .unit = "days", .min = 0,
       .min_exclusive = true, .meaning = "mean; give mean_days or rate_per_year"},
      {.path = "<duration>.exponential.rate_per_year", .type = "number", .unit = "per year",
       .min = 0, .max = 1e6,
       .meaning = "the rate instead of the mean (a share of the stage ending per year, as a "
                  "hazard); 0 never ends, so a policy can switch a hazard on later",
       .source = kGuard},
      {.path = "<duration>.lognormal", .type = "map",
       .meaning = "lognormal: give median_days and p90_days, or mu and sigma"},
      {.path = "<duration>.lognormal.median_days", .type = "number", .unit = "days", .min = 0,
       .min_exclusive = true, .meaning = "median (50th percentile)"},
      {.path = "<duration>.lognormal.p90_days", .type = "number", .unit = "days", .min = 0,
       .min_exclusive = true, .meaning = "90th percentile, above the median"},
      {.path = "<duration>.lognormal.mu", .type = "number", .unit = "ln(days)",
       .meaning = "mean of ln(days)"},
      {.path = "<duration>.lognormal.sigma", .type = "number", .unit = "ln(days)", .min = 0,
       .min_exclusive = true, .meaning = "standard deviation of ln(days)"},
      {.path = "<duration>.gamma", .type = "map", .meaning = "gamma distribution"},
      {.path = "<duration>.gamma.shape", .type = "number", .min = 0, .min_exclusive = true,
       .meaning = "shape", .required = true},
      {.path = "<duration>.gamma.scale_days", .type = "number", .unit = "days", .min = 0,
       .min_exclusive = true, .meaning = "scale; the mean is shape x scale", .required = true},
      {.path = "<duration>.weibull", .type = "map", .meaning = "Weibull distribution"},
      {.path = "<duration>.weibull.shape", .type = "number", .min = 0, .min_exclusive = true,
       .meaning = "shape", .required = true},
      {.path = "<duration>.weibull.scale_days", .type = "number", .unit = "days", .min = 0,
       .min_exclusive = true, .meaning = "scale", .required = true},
      {.path = "<duration>.triangular", .type = "map",
       .meaning = "triangular distribution, min <= mode <= max and min < max"},
      {.path = "<duration>.triangular.min_days", .type = "number", .unit = "days", .min = 0,
       .meaning = "shortest", .required = true},
      {.path = "<duration>.triangular.mode_days", .type = "number", .unit = "days", .min = 0,
       .meaning = "most likely", .required = true},
      {.path = "<duration>.triangular.max_days", .type = "number", .unit = "days", .min = 0,
       .meaning = "longest", .required = true},
      {.path = "<duration>.uniform", .type = "map", .meaning = "uniform distribution, min <= max"},
      {.path = "<duration>.uniform.min_days", .type = "number", .unit = "days", .min = 0,
       .meaning = "shortest", .required = true},
      {.path = "<duration>.uniform.max_days", .type = "number", .unit = "days", .min = 0,
       .meaning = "longest", .required = true},
      {.path = "<duration>.empirical", .type = "map",
       .meaning = "discrete: value in days (for children: a count) -> probability"},
      {.path = "<duration>.empirical.<value>", .type = "number", .unit = "probability", .min = 0,
       .max = 1, .meaning = "probability of the value; they sum to 1"},
  };
}

// Ages, in years: the duration forms that make sense for an age, with _years for _days.
std::vector<ParamSpec> age_rows() {
  return {
      {.path = "<age>.years", .type = "number", .unit = "years", .min = 0, .max = kMaxAgeYears,
       .meaning = "fixed: always this age", .source = kGuard},
      {.path = "<age>.uniform", .type = "map", .meaning = "uniform between two ages, min <= max"},
      {.path = "<age>.uniform.min_years", .type = "number", .unit = "years", .min = 0,
       .max = kMaxAgeYears, .meaning = "youngest", .source = kGuard, .required = true},
      {.path = "<age>.uniform.max_years", .type = "number", .unit = "years", .min = 0,
       .max = kMaxAgeYears, .meaning = "oldest", .source = kGuard, .required = true},
      {.path = "<age>.triangular", .type = "map",
       .meaning = "triangular, min <= mode <= max and min < max"},
      {.path = "<age>.triangular.min_years", .type = "number", .unit = "years", .min = 0,
       .max = kMaxAgeYears, .meaning = "youngest", .source = kGuard, .required = true},
      {.path = "<age>.triangular.mode_years", .type = "number", .unit = "years", .min = 0,
       .max = kMaxAgeYears, .meaning = "most likely", .source = kGuard, .required = true},
      {.path = "<age>.triangular.max_years", .type = "number", .unit = "years", .min = 0,
       .max = kMaxAgeYears, .meaning = "oldest", .source = kGuard, .required = true},
      {.path = "<age>.empirical", .type = "map", .meaning = "discrete: age in years -> probability"},
      {.path = "<age>.empirical.<value>", .type = "number", .unit = "probability", .min = 0,
       .max = 1, .meaning = "probability of the age; they sum to 1"},
  };
}

std::vector<ParamSpec> initial_rows() {
  return {
      {.path = "initial[].stage", .type = "stage name",
       .meaning = "the stage these families are in on the start date", .required = true},
      {.path = "initial[].children", .type = "number", .unit = "children", .min = 0,
       .max = kMaxInitialCount,
       .meaning = "children in the stock (measures are counted per child); give children or "
                  "families",
       .source = kGuard},
      {.path = "initial[].families", .type = "number", .unit = "families", .min = 0,
       .max = kMaxInitialCount, .meaning = "families in the stock; give children or families",
       .source = kGuard},
      {.path = "initial[].attributes", .type = "map",
       .meaning = "attribute values of these families, by attribute"},
      {.path = "initial[].attributes.<attribute>", .type = "value or map of value -> weight",
       .meaning = "a value every family gets, or values drawn with these weights"},
      {.path = "initial[].attributes.<attribute>.<value>", .type = "number",
       .unit = "probability", .min = 0, .max = 1,
       .meaning = "probability of the value; the weights of an attribute sum to 1"},
      {.path = "initial[].children_per_family", .type = "count distribution",
       .unit = "children", .default_value = "{days: 1}",
       .meaning = "children per family: {days: N} or {empirical: {N: p, ...}}; the last family "
                  "is cut so the stock has exactly `children` children",
       .source = kFormat},
      {.path = "initial[].elapsed", .type = "duration", .unit = "days",
       .meaning = "days already spent in the stage on the start date; default uniform over the "
                  "stage's shortest days timer, or 0 without one. The stage duration is drawn "
                  "longer than this, and timers fire after their remaining time",
       .source = kFormat},
      {.path = "initial[].age", .type = "age distribution", .unit = "years",
       .meaning = "age of the (eldest) child on the start date"},
  };
}

std::vector<ParamSpec> norm_rows() {
  auto event = [](const std::string& end, const std::string& meaning) {
    std::string base = "norms.<name>." + end;
    return std::vector<ParamSpec>{
        {.path = base, .type = "map", .meaning = meaning + ": exactly one of enter, leave, acquire",
         .required = true},
        {.path = base + ".enter", .type = "stage name or list",
         .meaning = "entering one of these stages"},
        {.path = base + ".leave", .type = "stage name or list",
         .meaning = "leaving one of these stages"},
        {.path = base + ".acquire", .type = "resource name or list",
         .meaning = "obtaining one of these resources (a jeugdbeschermer, a place)"},
    };
  };
  std::vector<ParamSpec> rows = {
      {.path = "norms.<name>", .type = "map",
       .meaning = "one norm: a clock per family from `from` to `to`, met when it took at most "
                  "`within`"},
  };
  for (auto part : {event("from", "the event that starts the clock (the first one counts)"),
                    event("to", "the event that stops the clock (the first after the start)")}) {
    rows.insert(rows.end(), part.begin(), part.end());
  }
  std::vector<ParamSpec> within = {
      {.path = "norms.<name>.within", .type = "map",
       .meaning = "the norm: exactly one of days, working_days", .required = true},
      {.path = "norms.<name>.within.days", .type = "number", .unit = "days", .min = 0,
       .min_exclusive = true, .meaning = "calendar days: 6 weeks is 42, 3 months 91"},
      {.path = "norms.<name>.within.working_days", .type = "integer", .unit = "working days",
       .min = 1, .max = 10000, .meaning = "working days, Monday to Friday: the 5-day norm",
       .source = kGuard},
  };
  rows.insert(rows.end(), within.begin(), within.end());
  return rows;
}

std::vector<ParamSpec> policy_rows() {
  return {
      {.path = "policies[].from", .type = "date",
       .meaning = "the day the change takes effect (or starts, with over)", .required = true},
      {.path = "policies[].over", .type = "map",
       .meaning = "phase the change in: the numbers move in monthly steps from their old to "
                  "their new values over this long"},
      {.path = "policies[].over.days", .type = "number", .unit = "days", .min = 0,
       .max = 36525, .min_exclusive = true, .meaning = "length of the phasing-in",
       .source = kGuard, .required = true},
      {.path = "policies[].set", .type = "map",
       .meaning = "key path -> new number, for the paths listed under Policies in the format",
       .required = true},
      {.path = "policies[].set.<path>", .type = "number",
       .meaning = "the new value; it must lie in the range of the key it sets"},
      {.path = "policies[].note", .type = "text", .meaning = "what the policy is, in words"},
  };
}

std::vector<ParamSpec> review_rows() {
  return {
      {.path = "reviews.<name>", .type = "map", .meaning = "one review, by its name"},
      {.path = "reviews.<name>.from", .type = "date", .meaning = "the day of the first review",
       .required = true},
      {.path = "reviews.<name>.until", .type = "date",
       .meaning = "no review after this day (default: to the end of the run)"},
      {.path = "reviews.<name>.every_days", .type = "number", .unit = "days",
       .default_value = "30", .min = 1, .max = 36525,
       .meaning = "days between reviews: 30 is monthly, 91 quarterly", .source = kGuard},
      {.path = "reviews.<name>.longer_than_days", .type = "number", .unit = "days", .min = 0,
       .max = 36525, .meaning = "families waiting longer than this (in their current wait) are "
                                "reviewed: 91 is the 3-month norm",
       .source = kGuard, .required = true},
      {.path = "reviews.<name>.keep_waiting", .type = "number", .unit = "probability",
       .default_value = "0", .min = 0, .max = 1,
       .meaning = "share of the reviewed families that keep waiting (each review draws anew)",
       .source = kFormat},
      {.path = "reviews.<name>.send", .type = "map",
       .meaning = "waiting stage -> the stage a reviewed family waiting there goes to instead",
       .required = true},
      {.path = "reviews.<name>.send.<stage>", .type = "stage name",
       .meaning = "where families reviewed while waiting in this stage go; they keep what they "
                  "hold, as after a max_wait"},
  };
}

// One tariff: its amount (`amount_key`, `unit`) and where it comes from.
std::vector<ParamSpec> tariff_rows(const std::string& at, const std::string& what,
                                   const std::string& amount_key, const std::string& unit,
                                   const std::string& meaning) {
  return {
      {.path = at, .type = "map", .meaning = "the tariff of one " + what + ", by its name"},
      {.path = at + "." + amount_key, .type = "number", .unit = unit, .min = 0, .max = 1e9,
       .meaning = meaning, .required = true},
      {.path = at + ".source", .type = "text",
       .meaning = "where the tariff comes from (a document and section); give this or "
                  "`assumption`"},
      {.path = at + ".assumption", .type = "text",
       .meaning = "why the tariff is an assumption, when no source gives it"},
  };
}

std::vector<ParamSpec> cost_rows() {
  std::vector<ParamSpec> rows = {
      {.path = "costs.measures", .type = "map",
       .meaning = "tariffs per child-day with the measure (the GI's product tariff), by measure"},
      {.path = "costs.stages", .type = "map",
       .meaning = "tariffs per child-day in the stage (care), by stage"},
      {.path = "costs.resources", .type = "map",
       .meaning = "per place-day in use of a places resource (care), or per fte-year in filled "
                  "posts of a caseload resource (staff), by resource"},
  };
  auto add = [&rows](std::vector<ParamSpec> more) {
    rows.insert(rows.end(), more.begin(), more.end());
  };
  add(tariff_rows("costs.measures.<measure>", "measure", "per_day", "euro per child-day",
                  "euros per day a child has the measure"));
  add(tariff_rows("costs.stages.<stage>", "stage", "per_day", "euro per child-day",
                  "euros per day a child is in the stage (waiting included)"));
  add(tariff_rows("costs.resources.<resource>", "resource", "per_day", "euro per place-day",
                  "euros per place-day in use (places resources)"));
  rows.push_back({.path = "costs.resources.<resource>.per_fte_year", .type = "number",
                  .unit = "euro per fte-year", .min = 0, .max = 1e9,
                  .meaning = "euros per fte-year in filled posts, absent staff included "
                             "(caseload resources; a year of 365 days)"});
  // per_day is not required for a resource: a caseload resource has per_fte_year instead.
  for (auto& r : rows) {
    if (r.path == "costs.resources.<resource>.per_day") r.required = false;
  }
  return rows;
}

std::vector<ParamSpec> calibrated_rows() {
  return {
      {.path = "calibrated.spec", .type = "path",
       .meaning = "the calibration spec the values were fitted with (relative to this file)"},
      {.path = "calibrated.figures", .type = "path",
       .meaning = "the published figures whose `fit` items they were fitted to"},
      {.path = "calibrated.fit_figures", .type = "integer", .min = 0,
       .meaning = "how many figures the fit used"},
      {.path = "calibrated.free_parameters", .type = "integer", .min = 0,
       .meaning = "how many numbers it fitted (a value per year counts once per year)"},
      {.path = "calibrated.objective", .type = "number", .min = 0,
       .meaning = "the weighted squared error left at the fitted values"},
      {.path = "calibrated.draws", .type = "path",
       .meaning = "joint draws of the values with an sd, a CSV file (a column per parameter path, a "
                  "row per draw): one uncertain input named `calibration`"},
      {.path = "calibrated.values", .type = "list of calibrated values",
       .meaning = "the fitted numbers; a branch's `p` comes with the other branches of its stage"},
      {.path = "calibrated.values[].path", .type = "key path",
       .meaning = "a parameter path, as policies write them", .required = true},
      {.path = "calibrated.values[].value", .type = "number", .meaning = "the fitted value",
       .required = true},
      {.path = "calibrated.values[].from", .type = "date",
       .meaning = "from this day (a value per year); without it, from the start"},
      {.path = "calibrated.values[].sd", .type = "number", .min = 0,
       .meaning = "its approximate standard deviation (Gauss-Newton, at the fitted values)"},
      {.path = "calibrated.values[].fitted_to", .type = "text",
       .meaning = "the figures that move it most"},
  };
}

std::vector<ParamSpec> assumption_rows() {
  return {
      {.path = "assumptions[].param", .type = "key path",
       .meaning = "the key the assumption is about, such as stages.jbt.duration; it must exist "
                  "in the scenario",
       .required = true},
      {.path = "assumptions[].note", .type = "text",
       .meaning = "what was assumed and why", .required = true},
  };
}

// uncertain[]: an input's range (docs/scenario-format.md, "Uncertain inputs"); the forms
// are stats::InputDistribution's.
std::vector<ParamSpec> uncertain_rows() {
  const std::string d = "uncertain[].distribution.";
  return {
      {.path = "uncertain[].path", .type = "key path or list of key paths",
       .meaning = "the number (a parameter path, as policies and sweep use, or "
                  "policies.<from>.<path> for a policy's value) that is uncertain; a list "
                  "puts the same draw at each",
       .required = true},
      {.path = "uncertain[].name", .type = "name",
       .meaning = "how outputs name the input; default: its first path"},
      {.path = "uncertain[].distribution", .type = "map",
       .meaning = "the plausible values, in exactly one form", .required = true},
      {.path = d + "uniform", .type = "map", .meaning = "every value from min to max as likely"},
      {.path = d + "uniform.min", .type = "number", .meaning = "lowest", .required = true},
      {.path = d + "uniform.max", .type = "number", .meaning = "highest", .required = true},
      {.path = d + "triangular", .type = "map", .meaning = "an expert's lowest, likeliest, highest"},
      {.path = d + "triangular.min", .type = "number", .meaning = "lowest", .required = true},
      {.path = d + "triangular.mode", .type = "number", .meaning = "most likely", .required = true},
      {.path = d + "triangular.max", .type = "number", .meaning = "highest", .required = true},
      {.path = d + "normal", .type = "map",
       .meaning = "a fitted value and its standard error; cut at its 0.1% and 99.9% quantiles"},
      {.path = d + "normal.mean", .type = "number", .meaning = "the value", .required = true},
      {.path = d + "normal.sd", .type = "number", .min = 0, .min_exclusive = true,
       .meaning = "its standard deviation (standard error)", .required = true},
      {.path = d + "lognormal", .type = "map",
       .meaning = "a positive value and its standard error; cut at its 0.1% and 99.9% quantiles"},
      {.path = d + "lognormal.mean", .type = "number", .min = 0, .min_exclusive = true,
       .meaning = "mean of the value", .required = true},
      {.path = d + "lognormal.sd", .type = "number", .min = 0, .min_exclusive = true,
       .meaning = "standard deviation of the value", .required = true},
      {.path = d + "beta", .type = "map", .meaning = "Beta(alpha, beta) on min .. max: a share"},
      {.path = d + "beta.alpha", .type = "number", .min = 0, .min_exclusive = true,
       .meaning = "first shape (successes + 1)", .required = true},
      {.path = d + "beta.beta", .type = "number", .min = 0, .min_exclusive = true,
       .meaning = "second shape (failures + 1)", .required = true},
      {.path = d + "beta.min", .type = "number", .default_value = "0", .meaning = "value at 0"},
      {.path = d + "beta.max", .type = "number", .default_value = "1", .meaning = "value at 1"},
      {.path = d + "draws", .type = "list of numbers",
       .meaning = "an empirical set of draws (a calibration's), each equally likely"},
      {.path = d + "draws_file", .type = "map",
       .meaning = "draws in a column of a CSV file with a header line"},
      {.path = d + "draws_file.file", .type = "path",
       .meaning = "the CSV file, relative to the file it is written in", .required = true},
      {.path = d + "draws_file.column", .type = "text", .meaning = "the column's header",
       .required = true},
      {.path = "uncertain[].source", .type = "text",
       .meaning = "where the range comes from: \"expert range, assumption: ...\", a calibration, "
                  "a publication",
       .required = true},
  };
}

// levers.<name>: a slider of `ketensim serve` (docs/scenario-format.md, "Levers").
std::vector<ParamSpec> lever_rows() {
  return {
      {.path = "levers.<name>", .type = "map", .meaning = "one lever, by its name"},
      {.path = "levers.<name>.path", .type = "key path",
       .meaning = "the number it moves: a parameter path as policies and sweep use, or "
                  "policies.<from>.<path> for a policy's value; the value holds from the "
                  "policy's date, or from run.start",
       .required = true},
      {.path = "levers.<name>.label", .type = "map", .meaning = "what the page calls it",
       .required = true},
      {.path = "levers.<name>.label.en", .type = "text", .meaning = "in English", .required = true},
      {.path = "levers.<name>.label.nl", .type = "text", .meaning = "in Dutch", .required = true},
      {.path = "levers.<name>.min", .type = "number",
       .meaning = "the slider's lowest value; the number must be able to take it", .required = true},
      {.path = "levers.<name>.max", .type = "number",
       .meaning = "the slider's highest value, above min", .required = true},
      {.path = "levers.<name>.step", .type = "number", .min = 0, .min_exclusive = true,
       .meaning = "the slider's step, at most max - min", .required = true},
  };
}

// clang-format on
std::vector<ParamSpec> all_rows() {
  std::vector<ParamSpec> rows;
  for (auto part :
       {top_rows(), declaration_rows(), resource_rows(), arrival_rows(), stage_rows(),
        initial_rows(), norm_rows(), policy_rows(), review_rows(), cost_rows(), calibrated_rows(),
        assumption_rows(), uncertain_rows(), lever_rows(), duration_rows(), age_rows()}) {
    rows.insert(rows.end(), part.begin(), part.end());
  }
  return rows;
}

std::string_view parent_of(std::string_view path) {
  std::size_t dot = path.rfind('.');
  return dot == std::string_view::npos ? std::string_view{} : path.substr(0, dot);
}

}  // namespace

const std::vector<ParamSpec>& param_table() {
  static const std::vector<ParamSpec> table = all_rows();
  return table;
}

const ParamSpec* find_param(std::string_view path) {
  for (const ParamSpec& spec : param_table()) {
    if (spec.path == path) return &spec;
  }
  return nullptr;
}

std::vector<const ParamSpec*> params_under(std::string_view path) {
  std::vector<const ParamSpec*> rows;
  for (const ParamSpec& spec : param_table()) {
    if (parent_of(spec.path) == path) rows.push_back(&spec);
  }
  return rows;
}

std::string_view key_of(const ParamSpec& spec) {
  std::string_view path = spec.path;
  std::size_t dot = path.rfind('.');
  return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

bool is_placeholder(std::string_view key) {
  return key.starts_with('<');
}

}  // namespace ketensim::scenario
