#include "sim/experiment/parameter_path.h"

#include <algorithm>
#include <cmath>
#include <vector>

#include "sim/scenario/diagnostic.h"

namespace ketensim::experiment {
namespace {

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

// Where a path leads: the number, and for a branch probability the stage it belongs to.
struct Slot {
  double* value = nullptr;
  bool above_minus_one = false;  // a relative change (> -1) rather than a count (>= 0)
  scenario::Stage* branch_stage = nullptr;
  std::size_t branch = 0;
};

class Resolver {
 public:
  Resolver(scenario::Scenario& s, const std::string& path)
      : s_(s), path_(path), parts_(split(path)) {}

  Slot resolve() {
    const std::string& section = part(0);
    if (section == "resources") return resource(named(s_.resources, part(1), "resource"));
    if (section == "arrivals") return arrival(named(s_.arrivals, part(1), "arrival stream"));
    if (section == "stages") return stage(named(s_.stages, part(1), "stage"));
    fail("the first key must be resources, arrivals or stages",
         nearest(section, {"resources", "arrivals", "stages"}));
  }

 private:
  const std::string& part(std::size_t i) {
    if (i >= parts_.size()) fail("the path ends too early", "");
    return parts_[i];
  }

  template <class T>
  T& named(std::vector<T>& items, const std::string& name, const char* what) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.name == name; });
    if (it != items.end()) return *it;
    std::vector<std::string> names;
    for (const auto& x : items) names.push_back(x.name);
    fail(std::string("no ") + what + " named '" + name + "'", nearest(name, names));
  }

  Slot resource(scenario::Resource& r) {
    const std::string& key = part(2);
    if (key == "places") return {&r.places};
    if (key == "fte") return {&r.fte};
    if (key == "caseload_norm") return {&r.caseload_norm};
    if (key == "absence") return {&r.absence};
    if (key == "turnover_per_year") return {&r.turnover_per_year};
    if (key == "caseload_norm_by_measure") return by_measure(r);
    fail("resources have no number '" + key + "'",
         nearest(key, {"places", "fte", "caseload_norm", "absence", "turnover_per_year",
                       "caseload_norm_by_measure"}));
  }

  Slot by_measure(scenario::Resource& r) {
    const std::string& m = part(3);
    if (std::find(s_.measures.begin(), s_.measures.end(), m) == s_.measures.end()) {
      fail("no measure named '" + m + "'", nearest(m, s_.measures));
    }
    for (auto& [name, norm] : r.caseload_norm_by_measure) {
      if (name == m) return {&norm};
    }
    r.caseload_norm_by_measure.emplace_back(m, r.caseload_norm);
    return {&r.caseload_norm_by_measure.back().second};
  }

  Slot arrival(scenario::ArrivalStream& a) {
    const std::string& key = part(2);
    if (key == "families_per_year") return {&a.families_per_year};
    if (key == "trend") return {&a.trend, true};
    fail("arrival streams have no number '" + key + "'",
         nearest(key, {"families_per_year", "trend"}));
  }

  Slot stage(scenario::Stage& st) {
    const std::string& key = part(2);
    if (key == "max_wait" && part(3) == "days" && st.max_wait_days) return {&*st.max_wait_days};
    if (key == "max_wait") fail("stage '" + st.name + "' has no max_wait", "");
    if (key == "next") return branch(st, index(st.next.size()));
    if (key == "timers") {
      std::size_t i = index(st.timers.size());
      if (part(4) == "days" && st.timers[i].days) return {&*st.timers[i].days};
      fail("timer " + std::to_string(i) + " of stage '" + st.name + "' has no days", "");
    }
    fail("stage '" + st.name + "' has no number here",
         nearest(key, {"next", "max_wait", "timers"}));
  }

  Slot branch(scenario::Stage& st, std::size_t i) {
    if (part(4) != "p" || !st.next[i].p) {
      fail("branch " + std::to_string(i) + " of stage '" + st.name + "' has no probability p", "");
    }
    return {&*st.next[i].p, false, &st, i};
  }

  std::size_t index(std::size_t size) {
    const std::string& text = part(3);
    bool digits = !text.empty() && std::all_of(text.begin(), text.end(),
                                               [](char c) { return c >= '0' && c <= '9'; });
    if (!digits || std::stoul(text) >= size) {
      fail("'" + text + "' is not an index below " + std::to_string(size), "");
    }
    return std::stoul(text);
  }

  [[noreturn]] void fail(const std::string& message, const std::string& suggestion) const {
    std::string text = "parameter '" + path_ + "': " + message;
    if (!suggestion.empty()) text += "; did you mean '" + suggestion + "'?";
    throw RequestError(text);
  }

  static std::string nearest(const std::string& word, const std::vector<std::string>& candidates) {
    return scenario::nearest(word, candidates);
  }

  scenario::Scenario& s_;
  const std::string& path_;
  std::vector<std::string> parts_;
};

// The other probabilistic branches share 1 - p in their old proportions.
void rescale_branches(scenario::Stage& st, std::size_t changed, double p, const std::string& path) {
  double others = 0;
  for (std::size_t i = 0; i < st.next.size(); ++i) {
    if (i != changed && st.next[i].p) others += *st.next[i].p;
  }
  if (others <= 0 && p < 1)
    throw RequestError("parameter '" + path + "': no other branch to take the rest of p");
  for (std::size_t i = 0; i < st.next.size(); ++i) {
    if (i != changed && st.next[i].p) *st.next[i].p *= (1 - p) / others;
  }
}

}  // namespace

double get_parameter(const scenario::Scenario& s, const std::string& path) {
  scenario::Scenario copy = s;  // resolving a by-measure norm not yet given adds it
  return *Resolver(copy, path).resolve().value;
}

void set_parameter(scenario::Scenario& s, const std::string& path, double value) {
  Slot slot = Resolver(s, path).resolve();
  bool in_range = slot.above_minus_one ? value > -1 : value >= 0;
  if (!std::isfinite(value) || !in_range) {
    throw RequestError("parameter '" + path + "': must be a number " +
                       (slot.above_minus_one ? "> -1" : ">= 0"));
  }
  if (slot.branch_stage) {
    if (value > 1) throw RequestError("parameter '" + path + "': a probability must be <= 1");
    rescale_branches(*slot.branch_stage, slot.branch, value, path);
  }
  *slot.value = value;
}

}  // namespace ketensim::experiment
