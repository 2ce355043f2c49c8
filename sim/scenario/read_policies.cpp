// policies: dated changes to the numbers of a scenario. Reading takes the dates, phasing
// and values; whether each path names a settable number, and whether the new value fits
// it, is checked once the whole scenario is read (key_path_checks.cpp).
#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

void read_changes(const Section& s, Policy& p) {
  std::optional<Field> f = s.get("set");
  if (!f) return;
  Section set(*f, s.out());
  for (const Field& change : set.named(false)) {
    if (std::optional<double> value = read_number(change, s.out())) {
      p.set.push_back({change.name, *value, change.key_location, change.location()});
    }
  }
  if (set.ok() && f->node->entries.empty()) {
    report(s.out(), f->location(), f->path, "needs at least one change",
           "{resources.jbw.caseload_norm: 12}");
  }
}

Policy read_policy(const Section& s) {
  Policy p;
  p.location = s.location();
  if (std::optional<Field> from = s.get("from")) assign(p.from, read_date(*from, s.out()));
  if (std::optional<Field> over = s.get("over"))
    assign(p.over_days, Section(*over, s.out()).number("days"));
  read_changes(s, p);
  assign(p.note, s.text("note"));
  return p;
}

Assumption read_assumption(const Section& s) {
  Assumption a;
  a.location = s.location();
  if (std::optional<Field> f = s.get("param")) {
    assign(a.param, read_text(*f, s.out()));
    a.location = f->location();
  }
  assign(a.note, s.text("note"));
  return a;
}

template <class T, class Read>
std::vector<T> read_list(const Section& top, const char* key, Read read) {
  std::vector<T> items;
  std::optional<Field> field = top.get(key);
  if (!field) return items;
  for (const Field& item : read_items(*field, top.out())) {
    Section s(item, top.out());
    if (s.ok()) items.push_back(read(s));
  }
  return items;
}

}  // namespace

std::vector<Policy> read_policies(const Section& top) {
  return read_list<Policy>(top, "policies", read_policy);
}

std::vector<Assumption> read_assumptions(const Section& top) {
  return read_list<Assumption>(top, "assumptions", read_assumption);
}

}  // namespace ketensim::scenario
