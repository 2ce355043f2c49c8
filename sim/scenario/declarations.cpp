// The sections that declare what the rest of a scenario refers to or runs under: run,
// attributes, exits, measures and the attributes the measure KPIs are broken down by.
#include <algorithm>
#include <filesystem>

#include "sim/scenario/sections.h"

namespace ketensim::scenario {

RunSettings read_run(const Section& top) {
  RunSettings run;
  std::optional<Field> field = top.get("run");
  if (!field) return run;
  run.location = field->key_location;
  Section s(*field, top.out());
  if (std::optional<Field> start = s.get("start")) assign(run.start, read_date(*start, s.out()));
  assign(run.years, s.number("years"));
  assign(run.replications, s.integer("replications"));
  if (std::optional<Field> seed = s.get("seed")) assign(run.seed, read_unsigned64(*seed, s.out()));
  assign(run.max_families, s.integer("max_families"));
  return run;
}

std::vector<AttributeDecl> read_attributes(const Section& top) {
  std::vector<AttributeDecl> attributes;
  for (const Field& f : named_fields(top, "attributes")) {
    if (f.name == "children") {
      report(top.out(), f.key_location, f.path, "the name 'children' is taken",
             "another name: 'children' in a condition tests the number of children");
      continue;
    }
    AttributeDecl a{f.name, {}, f.key_location};
    for (const NameAt& value : read_names(f, top.out())) a.values.push_back(value.name);
    if (f.node->is_sequence() && f.node->items.empty()) {
      report(top.out(), f.location(), f.path, "needs at least one value", expected_value(*f.spec));
    }
    attributes.push_back(std::move(a));
  }
  return attributes;
}

std::vector<NameAt> read_exits(const Section& top) {
  std::optional<Field> field = top.get("exits");
  if (!field) return {};
  std::vector<NameAt> exits = read_names(*field, top.out());
  std::erase_if(exits, [&](const NameAt& exit) {
    if (exit.name != kDefaultExit) return false;
    report(top.out(), exit.location, field->path, "'exit' always exists; list only other exits");
    return true;
  });
  return exits;
}

std::vector<NameAt> read_measures(const Section& top) {
  std::optional<Field> field = top.get("measures");
  return field ? read_names(*field, top.out()) : std::vector<NameAt>{};
}

// Relative to the file the key is written in, so an overlay inherits its base's figures.
std::string read_figures_path(const Section& top) {
  std::optional<Field> f = top.get("published_figures");
  if (!f) return "";
  std::optional<std::string> path = read_text(*f, top.out());
  if (!path || path->empty()) return "";
  return (std::filesystem::path(f->location().file).parent_path() / *path)
      .lexically_normal()
      .string();
}

std::vector<double> read_wait_thresholds(const Section& top) {
  std::optional<Field> field = top.get("wait_thresholds_days");
  if (!field) return {};
  std::vector<double> days;
  for (const Field& item : read_items(*field, top.out())) {
    std::optional<double> d = read_number(item, top.out());
    if (!d) continue;
    if (std::find(days.begin(), days.end(), *d) != days.end()) {
      report(top.out(), item.location(), item.path, "this threshold is listed twice",
             "each number of days once");
    }
    days.push_back(*d);
  }
  std::sort(days.begin(), days.end());
  days.erase(std::unique(days.begin(), days.end()), days.end());
  return days;
}

std::vector<NameAt> read_report_by(const Section& top) {
  std::optional<Field> field = top.get("report_by");
  return field ? read_names(*field, top.out()) : std::vector<NameAt>{};
}

}  // namespace ketensim::scenario
