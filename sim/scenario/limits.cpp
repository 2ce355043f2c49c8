#include "sim/scenario/limits.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>
#include <vector>

#include "sim/scenario/parameter_path.h"
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
    {"levers", "levers", kMaxLevers},
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

// What policies set on one arrival stream: its highest rate, and each trend with the year
// (after the start) it is set from.
struct PolicyDemand {
  double rate = 0;
  std::vector<std::pair<int, double>> trends;
};

std::vector<PolicyDemand> policy_demand(const Scenario& s) {
  std::vector<PolicyDemand> out(s.arrivals.size());
  for (const Policy& p : s.policies) {
    for (const PolicyChange& c : p.set) {
      auto slot = resolve_parameter(s, c.path).slot;
      if (!slot) continue;
      // For other targets the index names a resource or a stage, not a stream.
      using Target = ParameterSlot::Target;
      if (slot->target != Target::arrival_rate && slot->target != Target::arrival_trend) continue;
      PolicyDemand& d = out.at(slot->index);
      if (slot->target == Target::arrival_rate) d.rate = std::max(d.rate, c.value);
      if (slot->target == Target::arrival_trend)
        d.trends.emplace_back(p.from.year - s.run.start.year, c.value);
    }
  }
  return out;
}

// About how many families a stream brings in one replication, at most: its highest rate
// (written, listed in rate_by_year or set by a policy) changing at the start of each
// simulated year by its trend, or by a policy's higher trend from that policy's year on
// (sim/model/arrival_process.cpp).
double expected_families(const ArrivalStream& a, const PolicyDemand& policies, double years) {
  double rate = std::max(a.families_per_year, policies.rate);
  for (const auto& listed : a.rate_by_year) rate = std::max(rate, listed.second);
  double total = 0, level = rate;
  for (int year = 0; year < years; ++year) {
    total += level * std::min(1.0, years - year);
    double trend = a.trend;
    for (const auto& [from, t] : policies.trends) {
      if (year + 1 >= from) trend = std::max(trend, t);
    }
    level *= 1 + trend;
  }
  return total;
}

// A count as written: "180", "2.5".
std::string number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.10g", value);
  return text;
}

// The most children a family can have under `children`; nothing when unbounded or not
// known exactly (a continuous distribution is rounded when drawn).
std::optional<double> most_children(const engine::Distribution& children) {
  using engine::DistributionKind;
  if (children.kind() == DistributionKind::fixed) return children.parameters()[0].second;
  if (children.kind() != DistributionKind::empirical) return std::nullopt;
  return *std::max_element(children.values().begin(), children.values().end());
}

// Places of a resource counted per child that some stage acquires, by name.
bool policy_sets_places(const Scenario& s, const std::string& resource) {
  std::string path = "resources." + resource + ".places";
  for (const Policy& p : s.policies) {
    for (const auto& change : p.set) {
      if (change.path == path) return true;
    }
  }
  return false;
}

std::vector<const Resource*> per_child_places(const Scenario& s) {
  std::vector<const Resource*> found;
  for (const Resource& r : s.resources) {
    if (r.kind != ResourceKind::places || r.per != CapacityUnit::child) continue;
    // Zero places serve nobody whatever the family's size, and places a policy changes may
    // fit later: neither can be known to block a family here.
    if (r.places <= 0 || policy_sets_places(s, r.name)) continue;
    auto acquires = [&](const Stage& st) {
      auto named = [&](const Hold& h) { return h.resource == r.name; };
      return std::find(st.acquire.begin(), st.acquire.end(), r.name) != st.acquire.end() ||
             std::any_of(st.holds.begin(), st.holds.end(), named);
    };
    if (std::any_of(s.stages.begin(), s.stages.end(), acquires)) found.push_back(&r);
  }
  return found;
}

void check_family_fits(const engine::Distribution& children, const Location& at,
                       const std::string& path, const std::vector<const Resource*>& resources,
                       Diagnostics& out) {
  std::optional<double> most = most_children(children);
  if (!most) return;
  for (const Resource* r : resources) {
    if (*most <= r->places) continue;
    report(out, at, path,
           "a family of " + number(*most) + " children can never be served: resource '" + r->name +
               "' has " + number(r->places) + " places, one per child",
           "at most " + number(r->places) + " children in a family, or more places",
           "up to " + number(*most) + " children");
  }
}

// The fewest families an initial stock can be placed as: its families, or its children
// over the most one family can have.
double fewest_families(const InitialStock& stock) {
  if (!stock.count_is_children) return stock.count;
  return std::ceil(stock.count / most_children(stock.children_per_family).value_or(kMaxChildren));
}

}  // namespace

std::optional<Diagnostic> initial_stock_problem(const Scenario& s, double max_families) {
  double families = 0;
  for (const InitialStock& stock : s.initial) families += fewest_families(stock);
  if (families <= max_families) return std::nullopt;
  return Diagnostic{s.initial.front().location,
                    "initial",
                    "the initial stock alone is more families than run.max_families allows "
                    "alive at once; the run would stop as unstable after building it all",
                    "at most " + number(max_families) +
                        " families in the initial stock, or a larger run.max_families",
                    "at least " + number(families) + " families",
                    ""};
}

void check_initial_size(const Scenario& s, Diagnostics& out) {
  if (auto problem = initial_stock_problem(s, s.run.max_families))
    out.push_back(std::move(*problem));
}

void check_families_fit(const Scenario& s, Diagnostics& out) {
  std::vector<const Resource*> resources = per_child_places(s);
  if (resources.empty()) return;
  for (const ArrivalStream& a : s.arrivals) {
    check_family_fits(a.children, a.location, join_path(join_path("arrivals", a.name), "children"),
                      resources, out);
  }
  for (std::size_t i = 0; i < s.initial.size(); ++i) {
    const InitialStock& stock = s.initial[i];
    check_family_fits(stock.children_per_family, stock.location,
                      "initial[" + std::to_string(i) + "].children_per_family", resources, out);
  }
}

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

std::optional<Diagnostic> run_size_problem(const Scenario& s, int replications) {
  double per_replication = 0;
  std::vector<PolicyDemand> set_by_policies = policy_demand(s);
  for (std::size_t i = 0; i < s.arrivals.size(); ++i) {
    per_replication += expected_families(s.arrivals[i], set_by_policies[i], s.run.years);
  }
  double families = per_replication * replications;
  if (families <= kMaxFamiliesPerRun) return std::nullopt;
  return Diagnostic{s.run.location,
                    "run",
                    "too large a run: some " + approximately(families) +
                        " families would arrive over all replications",
                    "at most " + approximately(kMaxFamiliesPerRun) +
                        " families: fewer replications, fewer years or lower rates",
                    std::to_string(replications) + " replications of " +
                        approximately(per_replication) + " families",
                    ""};
}

void check_run_size(const Scenario& s, Diagnostics& out) {
  if (auto problem = run_size_problem(s, s.run.replications)) out.push_back(std::move(*problem));
}

}  // namespace ketensim::scenario
