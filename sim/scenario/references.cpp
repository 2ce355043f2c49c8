#include "sim/scenario/references.h"

#include <algorithm>

#include "sim/scenario/value_reader.h"

namespace ketensim::scenario {

namespace {

bool contains(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

std::string one_of(const std::vector<std::string>& names) {
  std::string list;
  for (const std::string& name : names) list += (list.empty() ? "" : ", ") + name;
  return "one of " + list;
}

// Where the i-th name of a list is written; `fallback` for scenarios built without places.
const Location& place(const std::vector<Location>& places, std::size_t i,
                      const Location& fallback) {
  return i < places.size() ? places[i] : fallback;
}

std::string indexed(const std::string& path, std::size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

// A name that takes part in the one name space of stages, exits and resources.
struct Declared {
  std::string what;  // "a stage"
  std::string name;
  Location location;
  std::string path;
};

class References {
 public:
  References(const Scenario& s, Diagnostics& out) : s_(s), out_(out) {
    exits_ = {kDefaultExit};
    exits_.insert(exits_.end(), s.exits.begin(), s.exits.end());
    for (const Stage& st : s.stages) stages_.push_back(st.name);
    for (const Resource& r : s.resources) resources_.push_back(r.name);
    targets_ = stages_;
    targets_.insert(targets_.end(), exits_.begin(), exits_.end());
  }

  void check() {
    check_name_space();
    for (const ArrivalStream& a : s_.arrivals) check_arrival(a);
    for (const Stage& st : s_.stages) check_stage(st);
    check_report_by();
    for (const Resource& r : s_.resources) check_norms_by_measure(r);
    for (std::size_t i = 0; i < s_.initial.size(); ++i)
      check_initial(s_.initial[i], indexed("initial", i));
    for (const Norm& n : s_.norms) check_norm(n);
    for (const Review& r : s_.reviews) check_review(r);
  }

 private:
  std::vector<Declared> declared() const {
    std::vector<Declared> all{{"the built-in exit", kDefaultExit, {}, ""}};
    for (std::size_t i = 0; i < s_.exits.size(); ++i) {
      Location at = place(s_.exit_locations, i, s_.location);
      all.push_back({"an exit", s_.exits[i], at, indexed("exits", i)});
    }
    for (const Stage& st : s_.stages)
      all.push_back({"a stage", st.name, st.location, "stages." + st.name});
    for (const Resource& r : s_.resources) {
      all.push_back({"a resource", r.name, r.location, "resources." + r.name});
    }
    return all;
  }

  void check_name_space() {
    std::vector<Declared> all = declared();
    for (auto it = all.begin(); it != all.end(); ++it) {
      auto same = [&](const Declared& d) { return d.name == it->name; };
      auto first = std::find_if(all.begin(), it, same);
      if (first == it) continue;
      report(out_, it->location, it->path, "the name '" + it->name + "' is taken by " + first->what,
             "different names for stages, exits and resources");
    }
  }

  void check_arrival(const ArrivalStream& a) {
    std::string path = "arrivals." + a.name;
    check_start(a.into, a.into_location, path + ".into", "a stage: families arrive into a stage",
                "");
    check_draws(a.attributes, path);
  }

  // Where families start: a stage, not an exit.
  void check_start(const std::string& name, const Location& at, const std::string& path,
                   const std::string& if_exit, const std::string& expected) {
    if (contains(exits_, name)) {
      report(out_, at, path, "'" + name + "' is an exit", if_exit);
    } else if (!name.empty() && !contains(stages_, name)) {
      report(out_, at, path, "no stage named '" + name + "'", expected, "", nearest(name, stages_));
    }
  }

  void check_draws(const std::vector<AttributeDraw>& draws, const std::string& path) {
    for (const AttributeDraw& d : draws) {
      check_values(d.attribute, d.values, d.location, d.value_locations,
                   path + ".attributes." + d.attribute);
    }
  }

  void check_stage(const Stage& st) {
    std::string path = "stages." + st.name;
    for (std::size_t i = 0; i < st.acquire.size(); ++i) {
      check_resource(st.acquire[i], place(st.acquire_locations, i, st.location),
                     indexed(path + ".acquire", i));
    }
    for (std::size_t i = 0; i < st.release.size(); ++i) {
      check_resource(st.release[i], place(st.release_locations, i, st.location),
                     indexed(path + ".release", i));
    }
    check_target(st.after_max_wait, st.after_max_wait_location, path + ".max_wait.then");
    check_target(st.after_max_visits, st.after_max_visits_location, path + ".after_max_visits");
    for (const AttributeSet& set : st.set) {
      check_values(set.attribute, {set.value}, set.location, {set.value_location},
                   path + ".set." + set.attribute);
    }
    for (std::size_t i = 0; i < st.next.size(); ++i)
      check_branch(st.next[i], indexed(path + ".next", i));
    for (std::size_t i = 0; i < st.timers.size(); ++i) {
      check_target(st.timers[i].then, st.timers[i].then_location,
                   indexed(path + ".timers", i) + ".then");
    }
    if (!st.measure.empty()) check_measure(st.measure, st.measure_location, path + ".measure");
  }

  void check_measure(const std::string& name, const Location& at, const std::string& path) {
    if (contains(s_.measures, name)) return;
    report(out_, at, path, "no measure named '" + name + "'",
           s_.measures.empty() ? "a measure listed under measures" : one_of(s_.measures), "",
           nearest(name, s_.measures));
  }

  void check_norms_by_measure(const Resource& r) {
    for (std::size_t i = 0; i < r.caseload_norm_by_measure.size(); ++i) {
      const std::string& m = r.caseload_norm_by_measure[i].first;
      check_measure(m, place(r.norm_by_measure_locations, i, r.location),
                    "resources." + r.name + ".caseload_norm_by_measure." + m);
    }
  }

  void check_report_by() {
    for (std::size_t i = 0; i < s_.report_by.size(); ++i) {
      const std::string& a = s_.report_by[i];
      const Location& at = place(s_.report_by_locations, i, s_.location);
      if (std::none_of(s_.attributes.begin(), s_.attributes.end(),
                       [&](const AttributeDecl& d) { return d.name == a; })) {
        std::vector<std::string> names;
        for (const AttributeDecl& d : s_.attributes) names.push_back(d.name);
        report(out_, at, indexed("report_by", i), "no attribute named '" + a + "'",
               names.empty() ? "an attribute declared under attributes" : one_of(names), "",
               nearest(a, names));
      }
    }
  }

  void check_initial(const InitialStock& stock, const std::string& path) {
    check_start(stock.stage, stock.stage_location, path + ".stage", "a stage", "a stage");
    check_draws(stock.attributes, path);
  }

  void check_norm(const Norm& n) {
    std::string path = "norms." + n.name;
    check_event(n.from, path + ".from");
    check_event(n.to, path + ".to");
  }

  void check_event(const NormEvent& e, const std::string& path) {
    bool resources = e.kind == NormEvent::Kind::acquire;
    for (std::size_t i = 0; i < e.names.size(); ++i) {
      const Location& at = place(e.name_locations, i, e.location);
      if (resources) {
        check_resource(e.names[i], at, path + ".acquire");
      } else if (!contains(stages_, e.names[i])) {
        report(out_, at, path + (e.kind == NormEvent::Kind::enter ? ".enter" : ".leave"),
               "no stage named '" + e.names[i] + "'", "", "", nearest(e.names[i], stages_));
      }
    }
  }

  // A review's waiting stages must be stages where a family can wait (they acquire something);
  // where they go is a stage or an exit.
  void check_review(const Review& r) {
    std::string path = "reviews." + r.name + ".send";
    for (std::size_t i = 0; i < r.send.size(); ++i) {
      const std::string& waiting = r.send[i].first;  // named, not bound: lambdas capture it
      const std::string& target = r.send[i].second;
      const Location& at = place(r.send_locations, i, r.location);
      auto st = std::find_if(s_.stages.begin(), s_.stages.end(),
                             [&](const Stage& x) { return x.name == waiting; });
      if (st == s_.stages.end()) {
        report(out_, at, path + "." + waiting, "no stage named '" + waiting + "'", "", "",
               nearest(waiting, stages_));
      } else if (st->acquire.empty()) {
        report(out_, at, path + "." + waiting, "nobody waits in stage '" + waiting + "'",
               "a stage that acquires a resource");
      }
      check_target(target, place(r.target_locations, i, r.location), path + "." + waiting);
    }
  }

  void check_branch(const Branch& b, const std::string& path) {
    check_target(b.to, b.to_location, path + ".to");
    if (!b.when) return;
    for (const AttributeTest& t : b.when->attributes) {
      check_values(t.attribute, t.any_of, t.location, t.value_locations,
                   path + ".when." + t.attribute);
    }
  }

  void check_target(const std::string& name, const Location& at, const std::string& path) {
    if (name.empty() || contains(targets_, name)) return;
    report(out_, at, path, "no stage or exit named '" + name + "'", "", "",
           nearest(name, targets_));
  }

  void check_resource(const std::string& name, const Location& at, const std::string& path) {
    if (contains(resources_, name)) return;
    report(out_, at, path, "no resource named '" + name + "'", "", "", nearest(name, resources_));
  }

  void check_values(const std::string& attribute, const std::vector<std::string>& values,
                    const Location& at, const std::vector<Location>& value_locations,
                    const std::string& path) {
    auto is_it = [&](const AttributeDecl& d) { return d.name == attribute; };
    auto decl = std::find_if(s_.attributes.begin(), s_.attributes.end(), is_it);
    if (decl == s_.attributes.end()) {
      std::vector<std::string> names;
      for (const AttributeDecl& d : s_.attributes) names.push_back(d.name);
      report(out_, at, path, "no attribute named '" + attribute + "'",
             names.empty() ? "an attribute declared under attributes" : one_of(names), "",
             nearest(attribute, names));
      return;
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (contains(decl->values, values[i])) continue;
      report(out_, place(value_locations, i, at), path,
             "attribute '" + attribute + "' has no value '" + values[i] + "'", one_of(decl->values),
             "", nearest(values[i], decl->values));
    }
  }

  const Scenario& s_;
  Diagnostics& out_;
  std::vector<std::string> stages_, exits_, resources_, targets_;
};

}  // namespace

void check_references(const Scenario& s, Diagnostics& out) {
  References(s, out).check();
}

}  // namespace ketensim::scenario
