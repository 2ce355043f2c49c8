// norms: the inspection norms, each a clock per family from one event to another.
#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

constexpr const char* kEventKinds[] = {"enter", "leave", "acquire"};

// `{enter: ots_lt1}` or `{acquire: [jbw, wss]}`: one kind of event and its names.
NormEvent read_event(const Field& f, Diagnostics& out) {
  NormEvent e;
  e.location = f.location();
  Section s(f, out);
  if (!s.ok()) return e;
  int kinds = 0;
  for (const char* kind : kEventKinds) {
    std::optional<Field> names = s.has(kind) ? s.get(kind) : std::nullopt;
    if (!names) continue;
    ++kinds;
    e.kind = kind == std::string("enter")   ? NormEvent::Kind::enter
             : kind == std::string("leave") ? NormEvent::Kind::leave
                                            : NormEvent::Kind::acquire;
    if (names->node->is_sequence()) {
      for (const NameAt& n : read_names(*names, out)) {
        e.names.push_back(n.name);
        e.name_locations.push_back(n.location);
      }
    } else if (std::optional<std::string> name = read_name(*names, out)) {
      e.names.push_back(*name);
      e.name_locations.push_back(names->location());
    }
  }
  if (kinds != 1) {
    report(out, f.location(), f.path, "needs exactly one of enter, leave and acquire",
           "{enter: stage}, {leave: stage} or {acquire: resource}");
  }
  return e;
}

void read_within(const Field& f, Norm& n, Diagnostics& out) {
  Section s(f, out);
  if (!s.ok()) return;
  if (s.has("days") == s.has("working_days")) {
    report(out, f.location(), f.path, "needs exactly one of days and working_days",
           "{days: 42} or {working_days: 5}");
    return;
  }
  n.working_days = s.has("working_days");
  if (n.working_days) {
    assign(n.within, s.integer("working_days"));
  } else {
    assign(n.within, s.number("days"));
  }
}

Norm read_norm(const Section& s) {
  Norm n;
  n.name = s.name();
  n.location = s.location();
  if (std::optional<Field> f = s.get("from")) n.from = read_event(*f, s.out());
  if (std::optional<Field> f = s.get("to")) n.to = read_event(*f, s.out());
  if (std::optional<Field> f = s.get("within")) read_within(*f, n, s.out());
  return n;
}

}  // namespace

std::vector<Norm> read_norms(const Section& top) {
  std::vector<Norm> norms;
  for (const Field& f : named_fields(top, "norms")) {
    Section s(f, top.out());
    if (s.ok()) norms.push_back(read_norm(s));
  }
  return norms;
}

}  // namespace ketensim::scenario
