#include "sim/scenario/param_table.h"

#include "sim/scenario/limits.h"

namespace ketensim::scenario {

namespace {

// Where a default or a bound is stated; the format document is the contract with users.
constexpr const char* kFormat = "docs/scenario-format.md";
// Bounds that no real scenario comes near; they keep absurd input from exhausting the
// machine or overflowing counters, and are not published figures.
constexpr const char* kGuard = "guard against absurd input";

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
  };
}

std::vector<ParamSpec> declaration_rows() {
  return {
      {.path = "run.start", .type = "date", .meaning = "first simulated day", .required = true},
      {.path = "run.years", .type = "number", .unit = "years", .min = 0, .max = kMaxYears,
       .min_exclusive = true, .meaning = "simulated horizon of one replication",
       .source = kFormat, .required = true},
      {.path = "run.replications", .type = "integer", .default_value = "1", .min = 1,
       .max = kMaxReplications, .meaning = "number of independent replications", .source = kFormat},
      {.path = "run.seed", .type = "integer", .default_value = "1", .min = 0,
       .meaning = "seed of all random streams, a whole number from 0 to 2^64-1",
       .source = kFormat},
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
       .meaning = "relative change of the rate per year: -0.02 is 2% fewer each year",
       .source = kFormat},
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
       .meaning = "longest wait for the acquired resources", .required = true},
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
  };
}

std::vector<ParamSpec> duration_rows() {
  return {
      {.path = "<duration>.days", .type = "number", .unit = "days", .min = 0,
       .meaning = "fixed: always this long (for children: always this many)"},
      {.path = "<duration>.exponential", .type = "map", .meaning = "exponential distribution"},
      {.path = "<duration>.exponential.mean_days", .type = "number", .unit = "days", .min = 0,
       .min_exclusive = true, .meaning = "mean", .required = true},
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

std::vector<ParamSpec> all_rows() {
  std::vector<ParamSpec> rows;
  for (auto part : {top_rows(), declaration_rows(), resource_rows(), arrival_rows(), stage_rows(),
                    duration_rows()}) {
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

bool is_placeholder(std::string_view key) { return key.starts_with('<'); }

}  // namespace ketensim::scenario
