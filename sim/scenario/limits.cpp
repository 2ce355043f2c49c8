#include "sim/scenario/limits.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "sim/scenario/value_reader.h"
#include "sim/scenario/yaml_tree.h"

namespace ketensim::scenario {

namespace {

struct SectionLimit {
  std::string_view key;
  std::string_view what;  // what its entries are, in the plural
  std::size_t most;
};

constexpr SectionLimit kSections[] = {
    {"stages", "stages", kMaxStages},
    {"arrivals", "arrival streams", kMaxArrivalStreams},
    {"resources", "resources", kMaxResources},
    {"exits", "exits", kMaxExits},
    {"attributes", "attributes", kMaxAttributes},
    {"measures", "measures", kMaxMeasures},
    {"norms", "norms", kMaxNorms},
};

// Reports `e` when its value holds more than `most` entries or items.
bool within(const Node::Entry& e, const std::string& path, std::string_view what, std::size_t most,
            Diagnostics& out) {
  std::size_t n = e.value.entries.size() + e.value.items.size();
  if (n <= most) return true;
  std::string plural(what);
  report(out, e.key.location, path, "too many " + plural,
         "at most " + std::to_string(most) + " " + plural, std::to_string(n) + " " + plural);
  return false;
}

bool attribute_values_within(const Node& attributes, Diagnostics& out) {
  bool ok = true;
  for (const Node::Entry& e : attributes.entries) {
    ok &= within(e, join_path("attributes", e.key.scalar), "values", kMaxAttributeValues, out);
  }
  return ok;
}

// A large number to three significant digits: "2.5e+12".
std::string approximately(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.3g", value);
  return text;
}

// Families one stream is expected to bring in one replication: the rate changes by the
// trend at the start of each simulated year (sim/model/arrival_process.cpp).
double expected_families(const ArrivalStream& a, double years) {
  double total = 0;
  for (int year = 0; year < years; ++year) {
    total += std::pow(1 + a.trend, year) * std::min(1.0, years - year);
  }
  return a.families_per_year * total;
}

}  // namespace

bool within_limits(const Node& root, Diagnostics& out) {
  bool ok = true;
  for (const Node::Entry& e : root.entries) {
    for (const SectionLimit& limit : kSections) {
      if (e.key.scalar == limit.key) ok &= within(e, e.key.scalar, limit.what, limit.most, out);
    }
  }
  if (const Node* attributes = root.find("attributes")) {
    ok &= attribute_values_within(*attributes, out);
  }
  return ok;
}

void check_run_size(const Scenario& s, Diagnostics& out) {
  double per_replication = 0;
  for (const ArrivalStream& a : s.arrivals) per_replication += expected_families(a, s.run.years);
  double families = per_replication * s.run.replications;
  if (families <= kMaxFamiliesPerRun) return;
  report(out, s.run.location, "run",
         "too large a run: some " + approximately(families) +
             " families would arrive over all replications",
         "at most " + approximately(kMaxFamiliesPerRun) +
             " families: fewer replications, fewer years or lower rates",
         std::to_string(s.run.replications) + " replications of " + approximately(per_replication) +
             " families");
}

}  // namespace ketensim::scenario
