// levers: the numbers `ketensim serve` shows as sliders, by name. Reading takes the path,
// labels and range; whether the path names a number and the range fits it is checked once
// the whole scenario is read (check_levers).
#include <set>

#include "sim/scenario/levers.h"
#include "sim/scenario/param_table.h"
#include "sim/scenario/parameter_path.h"
#include "sim/scenario/sections.h"

namespace ketensim::scenario {
namespace {

Lever read_lever(const Section& s) {
  Lever l;
  l.name = s.name();
  l.location = s.location();
  if (std::optional<Field> f = s.get("path")) {
    assign(l.path, read_text(*f, s.out()));
    l.path_location = f->location();
  }
  if (std::optional<Field> f = s.get("label")) {
    Section label(*f, s.out());
    assign(l.label_en, label.text("en"));
    assign(l.label_nl, label.text("nl"));
  }
  assign(l.min, s.number("min"));
  assign(l.max, s.number("max"));
  assign(l.step, s.number("step"));
  return l;
}

void check_range(const Scenario& s, const Lever& l, const ParameterSlot& slot, Diagnostics& out) {
  std::string key = "levers." + l.name;
  if (!(l.min < l.max)) {
    report(out, l.location, key + ".max", "must be above min", "> " + format_number(l.min),
           format_number(l.max));
    return;
  }
  if (l.step > l.max - l.min) {
    report(out, l.location, key + ".step", "must be at most max - min",
           "<= " + format_number(l.max - l.min), format_number(l.step));
  }
  for (double end : {l.min, l.max}) {
    if (std::string problem = value_problem(s, slot, end); !problem.empty()) {
      report(out, l.location, key + (end == l.min ? ".min" : ".max"),
             "'" + l.path + "' cannot take " + format_number(end) + ": it " + problem);
    }
  }
  double now = parameter_value(s, slot);
  if (now < l.min || now > l.max) {
    report(out, l.location, key,
           "the range must hold the value the scenario gives '" + l.path + "'",
           format_number(l.min) + " .. " + format_number(l.max), format_number(now));
  }
}

}  // namespace

std::vector<Lever> read_levers(const Section& top) {
  std::vector<Lever> levers;
  for (const Field& f : named_fields(top, "levers")) {
    Section s(f, top.out());
    if (s.ok()) levers.push_back(read_lever(s));
  }
  return levers;
}

void check_levers(const Scenario& s, Diagnostics& out) {
  std::vector<ParameterSlot> seen;
  for (const Lever& l : s.levers) {
    if (l.path.empty()) continue;  // a missing path is reported where the lever is read
    ResolvedPath r = resolve_parameter(s, l.path, Reach::policy_values);
    if (!r.slot) {
      report(out, l.path_location, "levers." + l.name + ".path", r.problem.message, "", l.path,
             r.problem.suggestion);
      continue;
    }
    for (std::size_t i = 0; i < seen.size(); ++i) {
      // Two policies' values of one number are two numbers: each holds from its own date.
      if (same_number(seen[i], *r.slot) && seen[i].policy == r.slot->policy) {
        report(out, l.path_location, "levers." + l.name + ".path",
               "names the same number as lever '" + s.levers[i].name + "'", "", l.path);
      }
    }
    seen.push_back(*r.slot);
    if (std::string problem = values_problem(s, {*r.slot}); !problem.empty()) {
      report(out, l.path_location, "levers." + l.name + ".path",
             problem + ", as a lever on a branch's p needs", "", l.path);
      continue;
    }
    check_range(s, l, *r.slot, out);
  }
}

const Lever* find_lever(const Scenario& s, const std::string& name) {
  for (const Lever& l : s.levers) {
    if (l.name == name) return &l;
  }
  return nullptr;
}

double lever_value(const Scenario& s, const Lever& lever) {
  return parameter_value(s, *resolve_parameter(s, lever.path, Reach::policy_values).slot);
}

std::string lever_value_problem(const Scenario& s, const Lever& lever, double value) {
  if (!(value >= lever.min && value <= lever.max)) {
    return "must be between " + format_number(lever.min) + " and " + format_number(lever.max);
  }
  return value_problem(s, *resolve_parameter(s, lever.path, Reach::policy_values).slot, value);
}

namespace {

// The path and value of each `p` share of `slot`'s stage, as `s` holds them: the stage's own
// branches for a number of the scenario, the policy's changes to that stage for its value.
std::vector<std::pair<std::string, double>> shares(const Scenario& s, const ParameterSlot& slot) {
  std::vector<std::pair<std::string, double>> out;
  const Stage& st = s.stages[slot.index];
  if (slot.policy < 0) {
    for (std::size_t b = 0; b < st.next.size(); ++b) {
      if (st.next[b].p)
        out.emplace_back("stages." + st.name + ".next[" + std::to_string(b) + "].p", *st.next[b].p);
    }
    return out;
  }
  for (BranchChange c : branch_changes(s, slot.policy, slot.index)) {
    const PolicyChange& change = s.policies[slot.policy].set[c.change];
    out.emplace_back(change.path, change.value);
  }
  return out;
}

}  // namespace

LeverChange lever_change(const Scenario& s, const Lever& lever, double value) {
  ParameterSlot slot = *resolve_parameter(s, lever.path, Reach::policy_values).slot;
  engine::Date from = slot.policy < 0 ? s.run.start : s.policies[slot.policy].from;
  std::string path = slot.policy < 0 ? lever.path : s.policies[slot.policy].set[slot.change].path;
  if (slot.target != ParameterSlot::Target::branch_p) return {from, {{path, value}}};
  Scenario moved = s;
  set_parameter_values(moved, {{slot, value}});
  return {from, shares(moved, slot)};
}

}  // namespace ketensim::scenario
