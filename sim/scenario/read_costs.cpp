// costs: tariffs in euros per measure, stage and resource, each with its source or marked as
// an assumption.
#include <algorithm>

#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

Tariff read_tariff(const Section& s) {
  Tariff t;
  t.name = s.name();
  t.location = s.location();
  assign(t.per_day, s.number("per_day"));
  if (s.has("per_fte_year")) assign(t.per_fte_year, s.number("per_fte_year"));
  if (s.has("source")) assign(t.source, s.text("source"));
  if (s.has("assumption")) assign(t.assumption, s.text("assumption"));
  bool resource = s.path().rfind("costs.resources.", 0) == 0;
  if (resource && !s.has("per_day") && !s.has("per_fte_year")) {
    report(s.out(), s.location(), s.path(), "a resource's tariff needs per_day or per_fte_year",
           "per_day (places) or per_fte_year (caseload)");
  }
  if (s.has("source") == s.has("assumption")) {
    report(s.out(), s.location(), s.path(), "a tariff needs its source or an assumption, not both",
           "source: \"document, section\" or assumption: \"why\"");
  }
  return t;
}

std::vector<Tariff> read_tariffs(const Section& costs, std::string_view key) {
  std::vector<Tariff> out;
  for (const Field& f : named_fields(costs, key)) {
    Section s(f, costs.out());
    if (s.ok()) out.push_back(read_tariff(s));
  }
  return out;
}

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

void check_names(const std::vector<Tariff>& tariffs, const std::vector<std::string>& names,
                 const std::string& what, const std::string& key, Diagnostics& out) {
  for (const Tariff& t : tariffs) {
    if (contains(names, t.name)) continue;
    report(out, t.location, "costs." + key + "." + t.name, "no " + what + " named '" + t.name + "'",
           "a " + what + " of the scenario", "", nearest(t.name, names));
  }
}

}  // namespace

Costs read_costs(const Section& top) {
  Costs c;
  std::optional<Field> f = top.get("costs");
  if (!f || !top.has("costs")) return c;
  Section costs(*f, top.out());
  if (!costs.ok()) return c;
  c.measures = read_tariffs(costs, "measures");
  c.stages = read_tariffs(costs, "stages");
  c.resources = read_tariffs(costs, "resources");
  return c;
}

void check_costs(const Scenario& s, Diagnostics& out) {
  std::vector<std::string> stages, resources;
  for (const auto& st : s.stages) stages.push_back(st.name);
  for (const auto& r : s.resources) resources.push_back(r.name);
  check_names(s.costs.measures, s.measures, "measure", "measures", out);
  check_names(s.costs.stages, stages, "stage", "stages", out);
  check_names(s.costs.resources, resources, "resource", "resources", out);
  for (const Tariff& t : s.costs.resources) {
    auto r = std::find_if(s.resources.begin(), s.resources.end(),
                          [&](const Resource& x) { return x.name == t.name; });
    if (r == s.resources.end()) continue;
    bool caseload = r->kind == ResourceKind::caseload;
    std::string path = "costs.resources." + t.name;
    if (caseload && t.per_day > 0) {
      report(out, t.location, path + ".per_day", "a caseload resource costs per fte-year",
             "per_fte_year: euros");
    } else if (!caseload && t.per_fte_year > 0) {
      report(out, t.location, path + ".per_fte_year", "a places resource costs per place-day",
             "per_day: euros");
    }
  }
}

}  // namespace ketensim::scenario
