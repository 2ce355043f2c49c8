#include "sim/model/chain_tables.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <stdexcept>

#include "sim/engine/random.h"
#include "sim/scenario/param_table.h"

namespace ketensim::model {
namespace {

template <class T>
int index_of(const std::vector<T>& items, const std::string& name) {
  auto it = std::find_if(items.begin(), items.end(), [&](const T& x) { return x.name == name; });
  if (it == items.end()) throw std::logic_error("unchecked reference to '" + name + "'");
  return static_cast<int>(it - items.begin());
}

int index_of(const std::vector<std::string>& names, const std::string& name) {
  auto it = std::find(names.begin(), names.end(), name);
  if (it == names.end()) throw std::logic_error("unchecked reference to '" + name + "'");
  return static_cast<int>(it - names.begin());
}

class Compiler {
 public:
  explicit Compiler(const scenario::Scenario& s) : s_(s) {}

  ChainTables run() {
    header();
    for (const auto& a : s_.attributes) {
      t_.attribute_names.push_back(a.name);
      t_.attribute_values.push_back(a.values);
    }
    t_.exits.push_back(scenario::kDefaultExit);
    for (const auto& e : s_.exits) t_.exits.push_back(e);
    t_.measures = s_.measures;
    for (const auto& a : s_.report_by) t_.report_by.push_back(attribute(a));
    for (const auto& r : s_.resources) t_.resources.push_back(resource(r));
    for (const auto& st : s_.stages) t_.stages.push_back(stage(st));
    for (const auto& a : s_.arrivals) t_.arrivals.push_back(arrival(a));
    for (const auto& i : s_.initial) t_.initial.push_back(initial(i));
    for (const auto& n : s_.norms) t_.norms.push_back(norm(n));
    for (const auto& p : s_.policies) t_.policies.push_back(policy(p));
    schedule_places();
    for (const auto& r : s_.reviews) t_.reviews.push_back(review(r));
    for (double days : s_.wait_thresholds_days) add_wait_threshold(t_, days);
    costs();
    return std::move(t_);
  }

 private:
  // The tariffs of `costs`, by index.
  void costs() {
    auto per = [](const std::vector<scenario::Tariff>& tariffs, const auto& names, auto name_of,
                  double scenario::Tariff::*amount) {
      std::vector<double> out(names.size(), 0.0);
      for (const auto& t : tariffs) {
        for (std::size_t i = 0; i < names.size(); ++i) {
          if (name_of(names[i]) == t.name) out[i] = t.*amount;
        }
      }
      return out;
    };
    auto same = [](const std::string& n) { return n; };
    auto named = [](const auto& x) { return x.name; };
    const scenario::Costs& c = s_.costs;
    t_.measure_per_day = per(c.measures, t_.measures, same, &scenario::Tariff::per_day);
    t_.stage_per_day = per(c.stages, t_.stages, named, &scenario::Tariff::per_day);
    t_.resource_per_day = per(c.resources, t_.resources, named, &scenario::Tariff::per_day);
    t_.resource_per_fte_year =
        per(c.resources, t_.resources, named, &scenario::Tariff::per_fte_year);
    t_.has_measure_costs = !c.measures.empty();
    t_.has_care_costs = !c.stages.empty();
    t_.has_staff_costs = false;
    for (const auto& r : t_.resources) {
      for (const auto& t : c.resources) {
        if (t.name != r.name) continue;
        (r.is_caseload() ? t_.has_staff_costs : t_.has_care_costs) = true;
      }
    }
  }

  void header() {
    t_.scenario_name = s_.name;
    t_.start = s_.run.start;
    t_.horizon_days = horizon_days(s_.run.start, s_.run.years);
    t_.replications = s_.run.replications;
    t_.seed = s_.run.seed;
    t_.max_families = static_cast<std::size_t>(s_.run.max_families);
  }

  NodeIndex node(const std::string& name) const {
    auto it = std::find_if(s_.stages.begin(), s_.stages.end(),
                           [&](const scenario::Stage& st) { return st.name == name; });
    if (it != s_.stages.end()) return static_cast<NodeIndex>(it - s_.stages.begin());
    return static_cast<NodeIndex>(s_.stages.size()) + index_of(t_.exits, name);
  }

  int attribute(const std::string& name) const { return index_of(t_.attribute_names, name); }

  std::uint8_t value(int attr, const std::string& v) const {
    return static_cast<std::uint8_t>(index_of(t_.attribute_values[attr], v));
  }

  CompiledResource resource(const scenario::Resource& r) const {
    CompiledResource c;
    c.name = r.name;
    c.kind = r.kind;
    c.places = r.places;
    c.fte = r.fte;
    c.caseload_norm = r.caseload_norm;
    c.norm_by_measure.assign(s_.measures.size(), 0.0);
    for (const auto& [m, n] : r.caseload_norm_by_measure)
      c.norm_by_measure[index_of(s_.measures, m)] = n;
    c.turnover_per_year = r.turnover_per_year;
    c.hiring_delay = r.hiring_delay;
    c.ramp_up_days = r.ramp_up_days;
    c.ramp_up_share = r.ramp_up_share;
    c.absence = r.absence;
    c.per_child = r.per == scenario::CapacityUnit::child;
    c.priority_order = r.queue == scenario::QueueOrder::priority;
    return c;
  }

  CompiledCondition condition(const scenario::Condition& w) const {
    CompiledCondition c;
    for (const auto& test : w.attributes) {
      CompiledCondition::Test t{attribute(test.attribute), {}};
      for (const auto& v : test.any_of) t.any_of.push_back(value(t.attribute, v));
      c.tests.push_back(std::move(t));
    }
    if (w.min_children) c.min_children = *w.min_children;
    if (w.max_children) c.max_children = *w.max_children;
    return c;
  }

  void routing(const scenario::Stage& st, CompiledStage& c) const {
    for (const auto& b : st.next) {
      CompiledBranch cb;
      cb.to = node(b.to);
      cb.conditional = b.when.has_value();
      if (b.when) {
        cb.when = condition(*b.when);
        c.conditional.push_back(std::move(cb));
      } else if (b.p) {
        cb.weight = *b.p;
        c.probabilistic.push_back(std::move(cb));
      } else {
        c.fallback = cb.to;
      }
    }
    c.accumulate_probabilities();
  }

  CompiledStage stage(const scenario::Stage& st) const {
    CompiledStage c;
    c.name = st.name;
    c.name_hash = engine::hash_name("stage:" + st.name);
    c.duration = st.duration;
    c.duration_form = st.duration_form;
    for (const auto& r : st.acquire) c.acquire.push_back(index_of(s_.resources, r));
    for (const auto& r : st.release) c.release.push_back(index_of(s_.resources, r));
    c.release_all = st.release_all;
    if (st.max_wait_days) {
      c.max_wait = *st.max_wait_days;
      c.max_wait_random = st.max_wait_random;
      c.after_max_wait = node(st.after_max_wait);
    }
    for (const auto& a : st.set) {
      int attr = attribute(a.attribute);
      c.set.emplace_back(attr, value(attr, a.value));
    }
    c.max_visits = st.max_visits;
    if (st.max_visits > 0) c.after_max_visits = node(st.after_max_visits);
    routing(st, c);
    for (const auto& tm : st.timers) {
      c.timers.push_back({tm.days.value_or(-1),
                          tm.age_years ? *tm.age_years * engine::kDaysPerYear : -1, node(tm.then),
                          tm.since_measure});
    }
    c.until_timer = st.until_timer;
    for (const auto& h : st.holds) {
      c.holds.push_back({index_of(s_.resources, h.resource), h.duration});
    }
    if (!st.measure.empty()) c.measure = index_of(s_.measures, st.measure);
    return c;
  }

  CompiledArrival arrival(const scenario::ArrivalStream& a) const {
    CompiledArrival c;
    c.name = a.name;
    c.name_hash = engine::hash_name("family:" + a.name);
    c.into = node(a.into);
    c.families_per_year = a.families_per_year;
    c.trend = a.trend;
    if (a.trend_until) c.trend_until = *a.trend_until;
    c.seasonality = a.seasonality.empty() ? std::vector<double>(12, 1.0) : a.seasonality;
    c.children = a.children;
    c.priority = a.priority;
    for (const auto& d : a.attributes) c.attributes.push_back(draw(d));
    c.rate_by_year = a.rate_by_year;
    std::sort(c.rate_by_year.begin(), c.rate_by_year.end());
    c.age_years = a.age_years;
    return c;
  }

  CompiledArrival::Draw draw(const scenario::AttributeDraw& d) const {
    CompiledArrival::Draw c;
    c.attribute = attribute(d.attribute);
    double cumulative = 0;
    for (std::size_t i = 0; i < d.values.size(); ++i) {
      c.values.push_back(value(c.attribute, d.values[i]));
      cumulative += d.weights[i];
      c.cumulative.push_back(cumulative);
    }
    c.cumulative.back() = 1.0;
    return c;
  }

  // Without `elapsed`: uniform over the stage's shortest day timer, else none.
  engine::Distribution default_elapsed(NodeIndex stage) const {
    double shortest = -1;
    for (const auto& tm : t_.stages[stage].timers) {
      if (tm.days > 0 && (shortest < 0 || tm.days < shortest)) shortest = tm.days;
    }
    return shortest > 0 ? engine::Distribution::uniform(0, shortest)
                        : engine::Distribution::fixed(0);
  }

  CompiledInitial initial(const scenario::InitialStock& i) const {
    CompiledInitial c;
    c.stage = node(i.stage);
    c.count = i.count;
    c.count_is_children = i.count_is_children;
    for (const auto& d : i.attributes) c.attributes.push_back(draw(d));
    c.children_per_family = i.children_per_family;
    c.elapsed = i.elapsed ? *i.elapsed : default_elapsed(c.stage);
    c.age_years = i.age_years;
    return c;
  }

  CompiledNormEvent norm_event(const scenario::NormEvent& e) const {
    CompiledNormEvent c;
    c.kind = e.kind;
    for (const auto& name : e.names) {
      auto index = static_cast<std::size_t>(e.kind == scenario::NormEvent::Kind::acquire
                                                ? index_of(s_.resources, name)
                                                : static_cast<int>(node(name)));
      if (index >= c.named.size()) c.named.resize(index + 1, 0);
      c.named[index] = 1;
    }
    return c;
  }

  CompiledNorm norm(const scenario::Norm& n) const {
    return {n.name, norm_event(n.from), norm_event(n.to), n.within, n.working_days};
  }

  CompiledPolicy policy(const scenario::Policy& p) const {
    CompiledPolicy c;
    c.from = engine::Calendar(s_.run.start).time_of(p.from);
    c.over_days = p.over_days;
    for (const auto& change : p.set) c.changes.push_back(resolve(change));
    return c;
  }

  CompiledChange resolve(const scenario::PolicyChange& ch) const;

  // Every policy that starts within the run and sets a resource's places, on that resource.
  void schedule_places() {
    for (const CompiledPolicy& p : t_.policies) {
      if (p.from > t_.horizon_days) continue;
      for (const CompiledChange& c : p.changes) {
        if (c.target != CompiledChange::Target::places) continue;
        t_.resources[c.index].scheduled_places.push_back(
            {std::max(0.0, p.from + p.over_days), c.value});
      }
    }
  }

  CompiledReview review(const scenario::Review& r) const {
    engine::Calendar cal(s_.run.start);
    CompiledReview c{r.name,
                     engine::hash_name("review:" + r.name),
                     cal.time_of(r.from),
                     r.until ? cal.time_of(*r.until) : t_.horizon_days,
                     r.every_days,
                     r.longer_than_days,
                     r.keep_waiting,
                     std::vector<NodeIndex>(s_.stages.size(), -1)};
    for (const auto& [waiting, target] : r.send) c.send[node(waiting)] = node(target);
    return c;
  }

  const scenario::Scenario& s_;
  ChainTables t_;
};

// The policy's path as the model changes it; the loader has checked that it resolves.
CompiledChange Compiler::resolve(const scenario::PolicyChange& ch) const {
  scenario::ResolvedPath r = scenario::resolve_parameter(s_, ch.path);
  if (!r.slot)
    throw std::logic_error("unchecked policy path '" + ch.path + "': " + r.problem.message);
  CompiledChange c{r.slot->target, r.slot->index, r.slot->sub, r.slot->key, ch.value};
  if (c.target == CompiledChange::Target::branch_p) {
    // Branch index in `next` -> index among the probabilistic branches.
    int position = 0;
    for (int i = 0; i < c.sub; ++i) position += s_.stages[c.index].next[i].p.has_value();
    c.sub = position;
  }
  return c;
}

}  // namespace

void CompiledStage::accumulate_probabilities() {
  double cumulative = 0;
  for (auto& b : probabilistic) b.p = cumulative += b.weight;
  if (!probabilistic.empty()) probabilistic.back().p = 1.0;  // guard rounding
}

std::int64_t CompiledResource::units_per_case(int measure) const {
  if (!is_caseload()) return 1;
  double norm =
      measure >= 0 && norm_by_measure[measure] > 0 ? norm_by_measure[measure] : caseload_norm;
  return static_cast<std::int64_t>(std::floor(kUnitsPerFte / norm));
}

namespace {
std::int64_t whole_units(double units) {
  return static_cast<std::int64_t>(std::floor(units + 1e-6));
}
}  // namespace

std::int64_t CompiledResource::capacity_for(double working_fte) const {
  return whole_units(is_caseload() ? working_fte * (1 - absence) * kUnitsPerFte : places);
}

std::int64_t CompiledResource::most_capacity_from(double day) const {
  if (is_caseload()) return std::numeric_limits<std::int64_t>::max();
  double most = places;
  for (const ScheduledPlaces& s : scheduled_places) {
    if (s.last_day >= day) most = std::max(most, s.places);
  }
  return whole_units(most);
}

const std::string& ChainTables::node_name(NodeIndex n) const {
  return is_exit(n) ? exits[n - stage_count()] : stages[n].name;
}

double horizon_days(engine::Date start, double years) {
  engine::Calendar cal(start);
  double whole = std::floor(years);
  engine::Date end = start;
  end.year += static_cast<int>(whole);
  if (end.month == 2 && end.day == 29) end.day = 28;  // no 29 Feb in the end year
  return cal.time_of(end) + (years - whole) * engine::kDaysPerYear;
}

ChainTables compile(const scenario::Scenario& s) {
  return Compiler(s).run();
}

}  // namespace ketensim::model

namespace ketensim::model {

void add_wait_threshold(ChainTables& t, double days) {
  auto& w = t.wait_thresholds;
  auto at = std::lower_bound(w.begin(), w.end(), days);
  if (at == w.end() || *at != days) w.insert(at, days);
}

std::string threshold_label(double days) {
  return scenario::format_number(days) + "d";
}

}  // namespace ketensim::model
