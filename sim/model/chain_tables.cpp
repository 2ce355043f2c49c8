#include "sim/model/chain_tables.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "sim/engine/random.h"

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
    for (const auto& r : s_.resources) t_.resources.push_back(resource(r));
    for (const auto& st : s_.stages) t_.stages.push_back(stage(st));
    for (const auto& a : s_.arrivals) t_.arrivals.push_back(arrival(a));
    return std::move(t_);
  }

 private:
  void header() {
    t_.scenario_name = s_.name;
    t_.start = s_.run.start;
    t_.horizon_days = horizon_days(s_.run.start, s_.run.years);
    t_.replications = s_.run.replications;
    t_.seed = s_.run.seed;
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

  static CompiledResource resource(const scenario::Resource& r) {
    CompiledResource c;
    c.name = r.name;
    c.kind = r.kind;
    double units = r.kind == scenario::ResourceKind::places ? r.places : r.fte * r.caseload_norm;
    c.capacity = static_cast<std::int64_t>(std::floor(units + 1e-9));
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
    double cumulative = 0;
    for (const auto& b : st.next) {
      CompiledBranch cb{node(b.to), 0, b.when.has_value(), {}};
      if (b.when) {
        cb.when = condition(*b.when);
        c.conditional.push_back(std::move(cb));
      } else if (b.p) {
        cumulative += *b.p;
        cb.p = cumulative;
        c.probabilistic.push_back(std::move(cb));
      } else {
        c.fallback = cb.to;
      }
    }
    if (!c.probabilistic.empty()) c.probabilistic.back().p = 1.0;  // guard rounding
  }

  CompiledStage stage(const scenario::Stage& st) const {
    CompiledStage c;
    c.name = st.name;
    c.name_hash = engine::hash_name("stage:" + st.name);
    c.duration = st.duration;
    for (const auto& r : st.acquire) c.acquire.push_back(index_of(s_.resources, r));
    for (const auto& r : st.release) c.release.push_back(index_of(s_.resources, r));
    c.release_all = st.release_all;
    if (st.max_wait_days) {
      c.max_wait = *st.max_wait_days;
      c.after_max_wait = node(st.after_max_wait);
    }
    for (const auto& a : st.set) {
      int attr = attribute(a.attribute);
      c.set.emplace_back(attr, value(attr, a.value));
    }
    c.max_visits = st.max_visits;
    if (st.max_visits > 0) c.after_max_visits = node(st.after_max_visits);
    routing(st, c);
    return c;
  }

  CompiledArrival arrival(const scenario::ArrivalStream& a) const {
    CompiledArrival c;
    c.name = a.name;
    c.name_hash = engine::hash_name("family:" + a.name);
    c.into = node(a.into);
    c.families_per_year = a.families_per_year;
    c.trend = a.trend;
    c.seasonality = a.seasonality.empty() ? std::vector<double>(12, 1.0) : a.seasonality;
    c.children = a.children;
    c.priority = a.priority;
    for (const auto& d : a.attributes) c.attributes.push_back(draw(d));
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

  const scenario::Scenario& s_;
  ChainTables t_;
};

}  // namespace

const std::string& ChainTables::node_name(NodeIndex n) const {
  return is_exit(n) ? exits[n - stage_count()] : stages[n].name;
}

double horizon_days(engine::Date start, double years) {
  engine::Calendar cal(start);
  double whole = std::floor(years);
  engine::Date end = start;
  end.year += static_cast<int>(whole);
  if (end.month == 2 && end.day == 29) end.day = 28;  // no 29 Feb in the end year
  return cal.time_of(end) + (years - whole) * 365.25;
}

ChainTables compile(const scenario::Scenario& s) { return Compiler(s).run(); }

}  // namespace ketensim::model
