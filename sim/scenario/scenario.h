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

namespace ketensim::scenario {

// Where a value was written: file path as given, 1-based line and column.
struct Location {
  std::string file;
  int line = 0;
  int column = 0;
};

struct RunSettings {
  engine::Date start{2020, 1, 1};
  double years = 1.0;        // horizon of one replication
  int replications = 1;
  std::uint64_t seed = 1;
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
  double places = 0;          // kind == places
  double fte = 0;             // kind == caseload
  double caseload_norm = 0;   // kind == caseload: cases per fte
  CapacityUnit per = CapacityUnit::family;
  QueueOrder queue = QueueOrder::fifo;
  Location location;
};

// A categorical attribute drawn for each arriving family: value -> weight.
struct AttributeDraw {
  std::string attribute;
  std::vector<std::string> values;
  std::vector<double> weights;   // same length as values, sum 1
  Location location;
};

struct ArrivalStream {
  std::string name;
  std::string into;                        // stage the family enters
  double families_per_year = 0;
  double trend = 0;                        // relative change of the rate per year (0.02 = +2%/yr)
  std::vector<double> seasonality;         // empty, or 12 monthly factors with mean 1
  engine::Distribution children = engine::Distribution::fixed(1);  // integer values >= 1
  std::vector<AttributeDraw> attributes;
  int priority = 0;                        // higher is served first in priority queues
  Location location;
  Location into_location;
};

// A routing condition: all tests must hold (logical AND).
struct AttributeTest {
  std::string attribute;
  std::vector<std::string> any_of;
  Location location;
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
};

struct Stage {
  std::string name;
  engine::Distribution duration = engine::Distribution::fixed(0);
  std::vector<std::string> acquire;        // resources held before the duration starts, in order
  std::vector<Location> acquire_locations;
  std::optional<double> max_wait_days;     // leave the waiting list after this long ...
  std::string after_max_wait;              // ... and go to this stage or exit
  Location after_max_wait_location;
  std::vector<std::string> release;        // released when leaving the stage
  std::vector<Location> release_locations;
  bool release_all = false;                // `release: all`
  std::vector<AttributeSet> set;           // attributes set on entry
  int max_visits = 0;                      // 0: no cap; else entries per family
  std::string after_max_visits;            // where a family goes instead once the cap is reached
  Location after_max_visits_location;
  std::vector<Branch> next;
  Location location;
};

struct Scenario {
  std::string name;
  std::string description;
  std::vector<std::string> files;          // the file and every file it extends, base last
  RunSettings run;
  std::vector<AttributeDecl> attributes;
  std::vector<std::string> exits;          // named exits; "exit" always exists
  std::vector<Resource> resources;
  std::vector<ArrivalStream> arrivals;
  std::vector<Stage> stages;
  Location location;
};

// The built-in exit every scenario has.
inline constexpr const char* kDefaultExit = "exit";

}  // namespace ketensim::scenario
