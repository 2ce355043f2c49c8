#include "sim/experiment/capacity_search.h"

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include "sim/engine/time.h"
#include "sim/experiment/monotone_search.h"
#include "sim/experiment/parameter_path.h"
#include "sim/experiment/run_stopped.h"
#include "sim/experiment/scenario_set.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/chain_tables.h"
#include "sim/scenario/diagnostic.h"
#include "sim/stats/kpi_bounds.h"

namespace ketensim::experiment {
namespace {

// The smallest of the ascending candidates from which every one up to the maximum has its
// mean within the maximum's interval; -1 unless the maximum and one below it were simulated.
int flat_from(const std::vector<CapacityCandidate>& ascending, int max_capacity) {
  if (ascending.size() < 2 || ascending.back().capacity != max_capacity) return -1;
  const stats::Interval& top = ascending.back().kpi;
  auto within = [&](const CapacityCandidate& c) {
    return c.kpi.mean >= top.low && c.kpi.mean <= top.high;
  };
  int from = -1;
  for (auto it = ascending.rbegin() + 1; it != ascending.rend() && within(*it); ++it)
    from = it->capacity;
  return from;
}

const scenario::Resource& resource_named(const scenario::Scenario& s, const std::string& name) {
  std::vector<std::string> names;
  for (const auto& r : s.resources) {
    if (r.name == name) return r;
    names.push_back(r.name);
  }
  std::string near = scenario::nearest(name, names);
  throw RequestError("no resource named '" + name + "' in scenario '" + s.name + "'" +
                     (near.empty() ? "" : "; did you mean '" + near + "'?"));
}

std::optional<std::size_t> find_kpi(const stats::KpiCatalog& c, const std::string& kpi,
                                    const std::string& subject, const std::string& period) {
  for (std::size_t k = 0; k < c.size(); ++k) {
    const auto& key = c.key(k);
    if (key.kpi == kpi && key.subject == subject && key.period == period) return k;
  }
  return std::nullopt;
}

// The distinct `wanted` fields, in catalog order, of the keys whose `given` field is `value`:
// the KPIs measured for a subject (a resource, a norm, ...) or the subjects of a KPI, to
// tell the author what a target can use.
std::vector<std::string> distinct(const stats::KpiCatalog& c, std::string stats::KpiKey::*given,
                                  const std::string& value, std::string stats::KpiKey::*wanted) {
  std::set<std::string> seen;
  std::vector<std::string> names;
  for (const auto& key : c.keys()) {
    if (key.*given == value && seen.insert(key.*wanted).second) names.push_back(key.*wanted);
  }
  return names;
}

std::vector<std::string> kpis_of(const stats::KpiCatalog& c, const std::string& subject) {
  return distinct(c, &stats::KpiKey::subject, subject, &stats::KpiKey::kpi);
}

std::vector<std::string> subjects_of(const stats::KpiCatalog& c, const std::string& kpi) {
  return distinct(c, &stats::KpiKey::kpi, kpi, &stats::KpiKey::subject);
}

std::string listed(const std::vector<std::string>& names) {
  std::string list;
  for (const auto& n : names) list += (list.empty() ? "" : ", ") + n;
  return list;
}

class CapacitySearch {
 public:
  CapacitySearch(const scenario::Scenario& s, const CapacityQuestion& q, const ExperimentOptions& o,
                 const CandidateReport& report)
      : base_(s), q_(q), options_(o), report_(report) {
    options_.keep_replications = false;
    options_.on_replication = {};
  }

  CapacityAnswer run() {
    const scenario::Resource& r = resource_named(base_, q_.resource);
    bool caseload = r.kind == scenario::ResourceKind::caseload;
    answer_ = {r.name,
               "resources." + r.name + (caseload ? ".fte" : ".places"),
               caseload ? "fte" : "places",
               caseload ? r.fte : r.places,
               q_.target,
               {},
               base_.run.replications,
               base_.run.seed};
    check_question();
    if (q_.years.empty()) answer_.steps.push_back(search("all", std::nullopt));
    for (int year : q_.years) {
      answer_.steps.push_back(search(std::to_string(year), year));
      if (answer_.steps.back().capacity < 0) break;  // later years cannot build on no answer
      plan_.emplace_back(year, answer_.steps.back().capacity);
    }
    return answer_;
  }

 private:
  // A scenario policy on the searched parameter clashes with the search unless it has done
  // its work before the first searched year begins (a calibrated 2020 staff figure under a
  // search for 2025..2030): the search sets the parameter itself from that day on.
  void check_question() const {
    bool by_later_years = !q_.years.empty() && q_.years.front() > base_.run.start.year;
    double first_day =
        by_later_years ? static_cast<double>(engine::days_from_civil({q_.years.front(), 1, 1})) : 0;
    for (const auto& p : base_.policies) {
      for (const auto& change : p.set) {
        if (change.path != answer_.parameter) continue;
        double done = static_cast<double>(engine::days_from_civil(p.from)) + p.over_days;
        if (by_later_years && done <= first_day) continue;
        throw RequestError(
            "scenario '" + base_.name + "' has a policy from " + engine::format_date(p.from) +
            (change.location.file.empty()
                 ? std::string()
                 : " (" + change.location.file + ":" + std::to_string(change.location.line) + ")") +
            " that changes " + answer_.parameter +
            "; the capacity search sets it itself, so search from a later year or remove that "
            "policy first");
      }
    }
    stats::KpiCatalog catalog = model::ChainStatistics::catalog(model::compile(base_));
    std::vector<std::string> periods =
        q_.years.empty() ? std::vector<std::string>{"all"} : std::vector<std::string>{};
    for (int y : q_.years) periods.push_back(std::to_string(y));
    for (const auto& p : periods) {
      if (find_kpi(catalog, q_.target.kpi, subject(), p)) continue;
      auto known = kpis_of(catalog, subject());
      if (std::find(known.begin(), known.end(), q_.target.kpi) != known.end()) {
        throw RequestError("year " + p + " is not in the run of scenario '" + base_.name + "'");
      }
      if (!q_.target.subject.empty() && known.empty()) unknown_subject(catalog);
      std::string near = scenario::nearest(q_.target.kpi, known);
      std::string measured_for =
          q_.target.subject.empty() ? "resources" : "'" + q_.target.subject + "'";
      throw RequestError("target '" + q_.target.text + "': the model measures no KPI '" +
                         q_.target.kpi + "' for " + measured_for + " (it measures " +
                         listed(known) + ")" +
                         (near.empty() ? "" : "; did you mean '" + near + "'?"));
    }
  }

  [[noreturn]] void unknown_subject(const stats::KpiCatalog& catalog) const {
    auto subjects = subjects_of(catalog, q_.target.kpi);
    std::string near = scenario::nearest(q_.target.subject, subjects);
    throw RequestError("target '" + q_.target.text + "': the model measures nothing for '" +
                       q_.target.subject + "'" +
                       (subjects.empty()
                            ? ""
                            : " (it measures " + q_.target.kpi + " for " + listed(subjects) + ")") +
                       (near.empty() ? "" : "; did you mean '" + near + "'?"));
  }

  // What the target's KPI is measured for: the subject written in it, else the resource.
  std::string subject() const { return q_.target.subject_or(q_.resource); }

  CapacityStep search(const std::string& period, std::optional<int> year) {
    std::map<int, stats::Interval> known;
    auto kpi_at = [&](int c) -> const stats::Interval& {
      auto it = known.find(c);
      if (it == known.end()) it = known.emplace(c, evaluate(c, year, period)).first;
      return it->second;
    };
    bool upper = q_.target.is_upper_bound();
    auto meets = [&](double x) { return q_.target.met_by(x); };
    int start =
        plan_.empty() ? static_cast<int>(std::lround(answer_.current)) : plan_.back().second;
    CapacityStep step{period, -1, -1, -1, -1, {}};
    step.on_mean =
        smallest_holding([&](int c) { return meets(kpi_at(c).mean); }, start, q_.max_capacity);
    int near = step.on_mean >= 0 ? step.on_mean : start;
    // The capacities simulated so far bracket the next two searches (they are monotone too).
    auto simulated = [&] {
      std::vector<int> out;
      for (const auto& entry : known) out.push_back(entry.first);
      return out;
    };
    step.capacity = smallest_holding(
        [&](int c) { return q_.target.met_by_interval(kpi_at(c).low, kpi_at(c).high); }, near,
        q_.max_capacity, simulated());
    step.plausible =
        smallest_holding([&](int c) { return meets(upper ? kpi_at(c).low : kpi_at(c).high); }, near,
                         q_.max_capacity, simulated());
    for (const auto& [c, i] : known) step.candidates.push_back({c, i});
    if (step.capacity < 0) step.flat_from = flat_from(step.candidates, q_.max_capacity);
    return step;
  }

  // The scenario with the plan so far and `capacity` from `year` (the whole run without one).
  scenario::Scenario with_capacity(int capacity, std::optional<int> year) const {
    scenario::Scenario s = base_;
    for (const auto& [y, c] : plan_) place(s, y, c);
    place(s, year, capacity);
    return s;
  }

  void place(scenario::Scenario& s, std::optional<int> year, int capacity) const {
    if (!year || *year <= s.run.start.year) return set_parameter(s, answer_.parameter, capacity);
    scenario::Policy p;
    p.from = engine::Date{*year, 1, 1};
    p.set.push_back({answer_.parameter, static_cast<double>(capacity), {}});
    p.note = "capacity search";
    s.policies.push_back(std::move(p));
  }

  stats::Interval evaluate(int capacity, std::optional<int> year, const std::string& period) {
    stats::Interval i = simulate(capacity, year, period);
    if (report_) report_(period, {capacity, i});
    return i;
  }

  // A candidate is decided early only on strong evidence. It is looked at after 10, 20, 40,
  // 80, ... replications (in replication order, so the same at any thread count), and at
  // each of these L early looks its interval at confidence 1 - 0.05 / L must lie wholly on
  // one side of the target: all L looks together then decide wrongly at most 5% of the time
  // (Bonferroni), where a 95% interval at every look is fooled by a lucky early sample far
  // more often. Missing the target (even the interval's better end misses it) may be decided
  // from the first look; meeting it, which is the answer's guarantee, from the 40th
  // replication: a wait is skewed, and every candidate shares the same first replications
  // (common random numbers), so a first 10 with little demand made candidates meet on a mean
  // far below their mean over all replications. One still undecided runs all the
  // replications and is judged by its 95% interval, the answer's own criterion.
  SequentialStop decided(const std::string& period) const {
    int looks = early_looks(base_.run.replications);
    double level = 1 - 0.05 / std::max(looks, 1);
    return {kFirstLook, kFirstLook, [this, period, level](const ScenarioSetResult& set) {
              if (!is_look(set.replications)) return false;
              const ExperimentResult& r = set.scenarios[0];
              std::size_t k = *find_kpi(r.catalog, q_.target.kpi, subject(), period);
              stats::Interval i = stats::within_bounds(stats::interval_at(r.kpis.moments(k), level),
                                                       r.catalog.key(k).unit);
              if (i.n < 2 || std::isnan(i.low) || std::isnan(i.high)) return false;
              bool upper = q_.target.is_upper_bound();
              bool meets =
                  set.replications >= kFirstMeetLook && q_.target.met_by_interval(i.low, i.high);
              return meets || !q_.target.met_by(upper ? i.low : i.high);
            }};
  }
  static constexpr int kFirstLook = 10, kFirstMeetLook = 40;
  // 10, 20, 40, ...: a look at 10 times a power of two.
  static bool is_look(int n) {
    return n >= kFirstLook && n % kFirstLook == 0 &&
           std::has_single_bit(static_cast<unsigned>(n / kFirstLook));
  }
  static int early_looks(int replications) {
    int looks = 0;
    for (int n = kFirstLook; n < replications; n *= 2) ++looks;
    return looks;
  }

  // The target KPI's 95% interval in `period`, cut to where the KPI can lie.
  stats::Interval target_interval(const ExperimentResult& r, const std::string& period) const {
    std::size_t k = *find_kpi(r.catalog, q_.target.kpi, subject(), period);
    return stats::within_bounds(interval_95(r.kpis.moments(k)), r.catalog.key(k).unit);
  }

  // The target's KPI at `capacity`; undefined, so missing the target, when that capacity is
  // too small for the arrivals and a replication stopped as unstable.
  stats::Interval simulate(int capacity, std::optional<int> year, const std::string& period) {
    model::ChainTables t = model::compile(with_capacity(capacity, year));
    try {
      ScenarioSetResult set = run_scenario_set({t}, options_, {}, decided(period));
      const ExperimentResult& r = set.scenarios[0];
      if (!r.complete() && !set.stopped_by_rule)
        throw Interrupted("the capacity search stopped at " + answer_.parameter + " = " +
                          std::to_string(capacity));
      return target_interval(r, period);
    } catch (const UnstableScenario&) {
      double undefined = std::nan("");
      return {0, undefined, undefined, 0, undefined, undefined};
    }
  }

  const scenario::Scenario& base_;
  const CapacityQuestion& q_;
  ExperimentOptions options_;
  const CandidateReport& report_;
  CapacityAnswer answer_;
  std::vector<std::pair<int, int>> plan_;  // (year, capacity) found so far
};

// The scenario with the target's threshold among its wait_thresholds_days, so the model
// measures the target's KPI for it.
scenario::Scenario with_threshold(const scenario::Scenario& s, const KpiTarget& t) {
  scenario::Scenario out = s;
  if (t.threshold_days < 0) return out;
  auto& days = out.wait_thresholds_days;
  double n = t.threshold_days;
  auto at = std::lower_bound(days.begin(), days.end(), n);
  if (at == days.end() || *at != n) days.insert(at, n);
  return out;
}

}  // namespace

CapacityAnswer find_capacity(const scenario::Scenario& s, const CapacityQuestion& q,
                             const ExperimentOptions& options, const CandidateReport& report) {
  scenario::Scenario measured = with_threshold(s, q.target);
  return CapacitySearch(measured, q, options, report).run();
}

}  // namespace ketensim::experiment
