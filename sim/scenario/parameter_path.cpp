#include "sim/scenario/parameter_path.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <vector>

#include "sim/engine/time.h"
#include "sim/scenario/diagnostic.h"
#include "sim/scenario/param_table.h"

namespace ketensim::scenario {

namespace {

using Target = ParameterSlot::Target;

// "stages.jbt.next[0].p" -> {stages, jbt, next, 0, p}
std::vector<std::string> split(const std::string& path) {
  std::vector<std::string> parts(1);
  for (char c : path) {
    if (c == '.' || c == '[' || c == ']') {
      if (!parts.back().empty()) parts.emplace_back();
    } else {
      parts.back() += c;
    }
  }
  if (parts.back().empty()) parts.pop_back();
  return parts;
}

struct Fail {
  PathProblem problem;
};

class Resolver {
 public:
  Resolver(const Scenario& s, const std::string& path, Reach reach)
      : s_(s), parts_(split(path)), reach_(reach) {}

  ParameterSlot resolve() {
    const std::string& section = part(0);
    if (section == "resources") return resource(named(s_.resources, part(1), "resource"));
    if (section == "arrivals") return arrival(named(s_.arrivals, part(1), "arrival stream"));
    if (section == "stages") return stage(named(s_.stages, part(1), "stage"));
    if (section == "policies" && reach_ == Reach::policy_values) return policy_value();
    if (reach_ == Reach::policy_values) {
      fail("the first key must be resources, arrivals, stages or policies",
           nearest(section, {"resources", "arrivals", "stages", "policies"}));
    }
    fail("the first key must be resources, arrivals or stages",
         nearest(section, {"resources", "arrivals", "stages"}));
  }

 private:
  const std::string& part(std::size_t i) const {
    if (i >= parts_.size()) fail("the path ends too early");
    return parts_[i];
  }

  void no_more_after(std::size_t i) const {
    if (parts_.size() > i + 1) fail("nothing to set below '" + parts_[i] + "'");
  }

  template <class T>
  int named(const std::vector<T>& items, const std::string& name, const char* what) const {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.name == name; });
    if (it != items.end()) return static_cast<int>(it - items.begin());
    std::vector<std::string> names;
    for (const auto& x : items) names.push_back(x.name);
    fail(std::string("no ") + what + " named '" + name + "'", nearest(name, names));
  }

  ParameterSlot resource(int r) const {
    const std::string& key = part(2);
    const Resource& res = s_.resources[r];
    static const std::vector<std::pair<std::string, Target>> keys = {
        {"places", Target::places},
        {"fte", Target::fte},
        {"caseload_norm", Target::caseload_norm},
        {"absence", Target::absence},
        {"turnover_per_year", Target::turnover},
        {"caseload_norm_by_measure", Target::norm_by_measure}};
    auto it = std::find_if(keys.begin(), keys.end(), [&](const auto& k) { return k.first == key; });
    if (it == keys.end()) {
      std::vector<std::string> names;
      for (const auto& k : keys) names.push_back(k.first);
      fail("resources have no number '" + key + "'", nearest(key, names));
    }
    bool places_key = it->second == Target::places;
    if (places_key != (res.kind == ResourceKind::places)) {
      fail("resource '" + res.name + "' is of kind " +
           (res.kind == ResourceKind::places ? "places" : "caseload") + " and has no " + key);
    }
    ParameterSlot slot{it->second, r, 0, "", "resources.<name>." + key};
    if (it->second == Target::norm_by_measure) {
      slot.sub = measure(part(3));
      slot.pattern = "resources.<name>.caseload_norm_by_measure.<measure>";
      no_more_after(3);
    } else {
      no_more_after(2);
    }
    return slot;
  }

  int measure(const std::string& m) const {
    auto it = std::find(s_.measures.begin(), s_.measures.end(), m);
    if (it == s_.measures.end()) fail("no measure named '" + m + "'", nearest(m, s_.measures));
    return static_cast<int>(it - s_.measures.begin());
  }

  ParameterSlot arrival(int a) const {
    const std::string& key = part(2);
    no_more_after(2);
    if (key == "families_per_year")
      return {Target::arrival_rate, a, 0, "", "arrivals.<name>." + key};
    if (key == "trend") return {Target::arrival_trend, a, 0, "", "arrivals.<name>." + key};
    fail("arrival streams have no number '" + key + "'",
         nearest(key, {"families_per_year", "trend"}));
  }

  ParameterSlot stage(int i) const {
    const Stage& st = s_.stages[i];
    const std::string& key = part(2);
    if (key == "max_wait") {
      if (!st.max_wait_days) fail("stage '" + st.name + "' has no max_wait");
      std::string key3 = st.max_wait_random ? "mean_days" : "days";
      expect(3, key3);
      return {Target::max_wait, i, 0, "", "stages.<name>.max_wait." + key3};
    }
    if (key == "next") return branch(st, i, index(st.next.size()));
    if (key == "timers") {
      int t = index(st.timers.size());
      expect(4, "days");
      if (!st.timers[t].days)
        fail("timer " + std::to_string(t) + " of stage '" + st.name + "' has no days");
      return {Target::timer_days, i, t, "", "stages.<name>.timers[].days"};
    }
    if (key == "duration") return duration(st, i);
    fail("stage '" + st.name + "' has no number '" + key + "'",
         nearest(key, {"next", "max_wait", "timers", "duration"}));
  }

  ParameterSlot branch(const Stage& st, int i, int b) const {
    expect(4, "p");
    if (!st.next[b].p) fail("branch " + std::to_string(b) + " of stage '" + st.name + "' has no p");
    return {Target::branch_p, i, b, "", "stages.<name>.next[].p"};
  }

  // stages.<s>.duration.<form>.<number>, or stages.<s>.duration.days
  ParameterSlot duration(const Stage& st, int i) const {
    const DurationForm& f = st.duration_form;
    if (st.until_timer)
      fail("stage '" + st.name + "' has no duration: it lasts until a timer fires");
    if (f.form.empty())
      fail("the duration of stage '" + st.name +
           "' is an empirical table, which has no numbers to set");
    const std::string& form = part(3);
    if (form != f.form) {
      fail("the duration of stage '" + st.name + "' is written as " + f.form,
           nearest(form, {f.form}));
    }
    std::string key = f.form == "days" ? "days" : part(4);
    no_more_after(f.form == "days" ? 3 : 4);
    if (!f.number(key)) {
      std::vector<std::string> keys;
      for (const auto& [name, value] : f.numbers) keys.push_back(name);
      fail("the " + f.form + " duration of stage '" + st.name + "' has no number '" + key + "'",
           nearest(key, keys));
    }
    std::string pattern = f.form == "days" ? "<duration>.days" : "<duration>." + f.form + "." + key;
    return {Target::duration, i, 0, key, pattern};
  }

  void expect(std::size_t i, const std::string& key) const {
    if (part(i) != key) fail("expected '" + key + "' here, not '" + part(i) + "'", key);
    no_more_after(i);
  }

  int index(std::size_t size) const {
    const std::string& text = part(3);
    bool digits =
        !text.empty() && text.size() < 6 &&
        std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || std::stoul(text) >= size) {
      fail("'" + text + "' is not an index below " + std::to_string(size));
    }
    return static_cast<int>(std::stoul(text));
  }

  // policies.<from>.<path>: the one change of a policy from that date that sets <path>.
  ParameterSlot policy_value() const {
    const std::string& date = part(1);
    std::vector<std::string> wanted(parts_.begin() + 2, parts_.end());
    part(2);  // the path must go on
    std::vector<std::string> dates, paths;
    std::optional<ParameterSlot> found;
    for (std::size_t p = 0; p < s_.policies.size(); ++p) {
      const Policy& policy = s_.policies[p];
      if (engine::format_date(policy.from) != date) {
        dates.push_back(engine::format_date(policy.from));
        continue;
      }
      for (std::size_t c = 0; c < policy.set.size(); ++c) {
        paths.push_back(policy.set[c].path);
        if (split(policy.set[c].path) != wanted) continue;
        if (found) fail("two policies from " + date + " set '" + policy.set[c].path + "'");
        found = Resolver(s_, policy.set[c].path, Reach::scenario).resolve();
        found->policy = static_cast<int>(p);
        found->change = static_cast<int>(c);
      }
    }
    if (found) return *found;
    std::string rest = join(wanted);
    if (paths.empty()) fail("no policy from " + date, nearest(date, dates));
    fail("no policy from " + date + " sets '" + rest + "'", nearest(rest, paths));
  }

  static std::string join(const std::vector<std::string>& parts) {
    std::string text;
    for (const auto& p : parts) text += (text.empty() ? "" : ".") + p;
    return text;
  }

  [[noreturn]] void fail(const std::string& message, const std::string& suggestion = "") const {
    throw Fail{{message, suggestion}};
  }

  const Scenario& s_;
  std::vector<std::string> parts_;
  Reach reach_;
};

}  // namespace

ResolvedPath resolve_parameter(const Scenario& s, const std::string& path, Reach reach) {
  try {
    return {Resolver(s, path, reach).resolve(), {}};
  } catch (const Fail& f) {
    return {std::nullopt, f.problem};
  }
}

double parameter_value(const Scenario& s, const ParameterSlot& slot) {
  if (slot.policy >= 0) return s.policies[slot.policy].set[slot.change].value;
  switch (slot.target) {
    case Target::places:
      return s.resources[slot.index].places;
    case Target::fte:
      return s.resources[slot.index].fte;
    case Target::caseload_norm:
      return s.resources[slot.index].caseload_norm;
    case Target::norm_by_measure: {
      const Resource& r = s.resources[slot.index];
      for (const auto& [m, norm] : r.caseload_norm_by_measure) {
        if (m == s.measures[slot.sub]) return norm;
      }
      return r.caseload_norm;
    }
    case Target::absence:
      return s.resources[slot.index].absence;
    case Target::turnover:
      return s.resources[slot.index].turnover_per_year;
    case Target::arrival_rate:
      return s.arrivals[slot.index].families_per_year;
    case Target::arrival_trend:
      return s.arrivals[slot.index].trend;
    case Target::branch_p:
      return *s.stages[slot.index].next[slot.sub].p;
    case Target::max_wait:
      return *s.stages[slot.index].max_wait_days;
    case Target::timer_days:
      return *s.stages[slot.index].timers[slot.sub].days;
    case Target::duration:
      return *s.stages[slot.index].duration_form.number(slot.key);
  }
  return 0;
}

std::string policy_value_path(engine::Date from, const std::string& path) {
  return "policies." + engine::format_date(from) + "." + path;
}

std::string value_problem(const Scenario& s, const ParameterSlot& slot, double value) {
  if (!std::isfinite(value)) return "must be a finite number";
  if (const ParamSpec* spec = find_param(slot.pattern)) {
    std::string range = range_text(*spec);
    bool below = spec->min && (value < *spec->min || (spec->min_exclusive && value == *spec->min));
    bool above = spec->max && value > *spec->max;
    if (below || above) return "must be " + range;
  }
  if (slot.target == Target::duration) {
    try {
      make_duration(s.stages[slot.index].duration_form.with(slot.key, value));
    } catch (const std::invalid_argument& e) {
      return e.what();
    }
  }
  return "";
}

void set_parameter_value(Scenario& s, const ParameterSlot& slot, double value) {
  if (slot.policy >= 0) {
    s.policies[slot.policy].set[slot.change].value = value;
    return;
  }
  switch (slot.target) {
    case Target::places:
      s.resources[slot.index].places = value;
      return;
    case Target::fte:
      s.resources[slot.index].fte = value;
      return;
    case Target::caseload_norm:
      s.resources[slot.index].caseload_norm = value;
      return;
    case Target::norm_by_measure: {
      Resource& r = s.resources[slot.index];
      for (auto& [m, norm] : r.caseload_norm_by_measure) {
        if (m == s.measures[slot.sub]) {
          norm = value;
          return;
        }
      }
      r.caseload_norm_by_measure.emplace_back(s.measures[slot.sub], value);
      return;
    }
    case Target::absence:
      s.resources[slot.index].absence = value;
      return;
    case Target::turnover:
      s.resources[slot.index].turnover_per_year = value;
      return;
    case Target::arrival_rate:
      s.arrivals[slot.index].families_per_year = value;
      return;
    case Target::arrival_trend:
      s.arrivals[slot.index].trend = value;
      return;
    case Target::branch_p:
      s.stages[slot.index].next[slot.sub].p = value;
      return;
    case Target::max_wait:
      s.stages[slot.index].max_wait_days = value;
      return;
    case Target::timer_days:
      s.stages[slot.index].timers[slot.sub].days = value;
      return;
    case Target::duration: {
      Stage& st = s.stages[slot.index];
      st.duration_form = st.duration_form.with(slot.key, value);
      st.duration = make_duration(st.duration_form);
      return;
    }
  }
}

bool same_number(const ParameterSlot& a, const ParameterSlot& b) {
  return a.target == b.target && a.index == b.index && a.key == b.key &&
         (a.sub == b.sub || a.target == ParameterSlot::Target::branch_p);
}

std::vector<std::string> policies_also_setting(const Scenario& s, const ParameterSlot& slot,
                                               const std::string& name, const std::string& what) {
  std::vector<std::string> lines;
  for (const Policy& policy : s.policies) {
    for (const PolicyChange& change : policy.set) {
      ResolvedPath r = resolve_parameter(s, change.path);
      if (!r.slot || !same_number(*r.slot, slot)) continue;
      lines.push_back("'" + name + "' is also set by the scenario's policy from " +
                      engine::format_date(policy.from) + " (" + change.location.file + ":" +
                      std::to_string(change.location.line) + "): the " + what +
                      " acts only before that date");
    }
  }
  return lines;
}

}  // namespace ketensim::scenario
