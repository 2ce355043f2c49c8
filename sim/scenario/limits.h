// How large a scenario may be. Beyond these limits a scenario is refused with a diagnostic
// before it is attempted, so that a mistyped or malicious file can neither exhaust the
// machine nor overflow the model's compact per-family fields. No real scenario comes near
// them: the whole Dutch chain is some tens of stages and organisations (domain/).
//
// The YAML layer enforces the first group while it parses (yaml_tree.cpp), the sizes of
// sections are checked on the tree before any section is read (within_limits), and the
// numeric ranges are rows of the parameter table (param_table.cpp) that name these
// constants. docs/scenario-format.md lists them for users.
#pragma once

#include <cstddef>
#include <optional>

#include "sim/scenario/diagnostic.h"
#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

struct Node;

// The file as a file.
inline constexpr std::size_t kMaxFileBytes = 4 * 1024 * 1024;  // each file, bases included
inline constexpr int kMaxDepth = 64;                           // nested maps and lists
inline constexpr std::size_t kMaxExtendDepth = 64;             // files in a chain of extends
// Values in one file, aliases expanded: some ten times the largest scenario imaginable
// (1,000 stages of 25 values each); an alias bomb stops here within a second.
inline constexpr std::size_t kMaxNodes = 250000;
// Entries of one map or items of one list: bounds the work of readers that compare the
// entries of a collection with each other (duplicate names, references).
inline constexpr std::size_t kMaxCollectionItems = 10000;

// Sections. Stage, stream and resource indices are 16-bit fields of a family
// (sim/model/family.h); attribute values are stored in one byte per family.
inline constexpr std::size_t kMaxStages = 1000;
inline constexpr std::size_t kMaxArrivalStreams = 1000;
inline constexpr std::size_t kMaxResources = 1000;
inline constexpr std::size_t kMaxExits = 1000;
inline constexpr std::size_t kMaxAttributes = 100;
inline constexpr std::size_t kMaxAttributeValues = 256;
inline constexpr std::size_t kMaxMeasures = 1000;  // a 16-bit field of a family
inline constexpr std::size_t kMaxNorms = 1000;     // a clock per norm per family
inline constexpr std::size_t kMaxLevers = 100;     // sliders on one page

// Numbers, as ranges of the parameter table.
inline constexpr double kMaxYears = 100;                // run.years
inline constexpr double kMaxReplications = 1000000;     // run.replications
inline constexpr double kMaxFamiliesPerYear = 1000000;  // one arrival stream
inline constexpr double kMaxTrend = 1;                  // +100% a year
inline constexpr double kMaxChildren = 1000;            // one family; a 16-bit field
inline constexpr double kMaxVisits = 10000;             // max_visits; counted in 16 bits
inline constexpr double kMaxPriority = 10000;           // |priority|; a 16-bit field
inline constexpr double kMaxAgeYears = 120;             // ages, age timers
// Children (or families) of one initial stock: the whole Dutch chain holds some 32,000
// measures (BACKGROUND.md, CBS 2019); three hundred times that.
inline constexpr double kMaxInitialCount = 1e7;
// Families alive at once in one replication (run.max_families, default 10^6): some 100
// bytes each and more, so 10^8 is about the memory of a large workstation.
inline constexpr double kMaxFamiliesAlive = 1e8;

// The work of one run: families expected to arrive over all replications (rates, trends
// and horizon taken together); hundreds of times the design's reference run (four
// regions, 10 years, 1,000 replications), hours of computing on a workstation.
inline constexpr double kMaxFamiliesPerRun = 1e10;

// Problems listed in full when a scenario is rendered; the rest are counted.
inline constexpr std::size_t kMaxRenderedProblems = 100;

// Reports every section of `root` (the merged map of sections) with more entries than its
// limit. False when there is one: its entries are then not read at all.
bool within_limits(const Node& root, Diagnostics& out);

// Reports a run expected to simulate more than kMaxFamiliesPerRun families.
void check_run_size(const Scenario& s, Diagnostics& out);
// The same check for `replications` replications of `s` (a command line's --replications):
// the problem, at the file's `run:` location, or nothing when the run is within the limit.
std::optional<Diagnostic> run_size_problem(const Scenario& s, int replications);

// Reports an initial stock that alone holds more families than run.max_families: it is
// refused before it is built (ten million families took 1.9 GB). With `max_families` (a
// command line's --max-families), the problem at the stock's location, or nothing.
void check_initial_size(const Scenario& s, Diagnostics& out);
std::optional<Diagnostic> initial_stock_problem(const Scenario& s, double max_families);

// Reports every arrival stream and initial stock whose largest family has more children
// than a per-child resource some stage acquires has places: such a family would wait for
// ever, and every family queued behind it. Only sizes known exactly (fixed, empirical)
// are checked; a capacity lowered by a policy is caught while running (ChainModel).
void check_families_fit(const Scenario& s, Diagnostics& out);

}  // namespace ketensim::scenario
