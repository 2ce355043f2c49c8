// The parts of a replication that change capacity and parameters while it runs: staff
// turnover and hiring at caseload resources, dated policies and reviews of long waits.
#include <algorithm>
#include <cmath>
#include <limits>

#include "sim/model/chain_model.h"

namespace ketensim::model {
namespace {
using engine::kDaysPerYear;
constexpr double kDaysPerMonth = 30.4375;

std::uint64_t person_token(int person, std::uint32_t generation) {
  return (static_cast<std::uint64_t>(person) << 32) | generation;
}
}  // namespace

// --- staff ---------------------------------------------------------------------------

void ChainModel::start_staff(int resource) {
  observer_.on_capacity(sim_.now(), resource, resources_[resource].capacity);
  if (t_.resources[resource].is_caseload()) staff_changed(resource, 0);
  if (t_.resources[resource].turnover_per_year <= 0) return;
  for (int p = 0; p < resources_[resource].staff.size(); ++p) schedule_leaving(resource, p);
}

void ChainModel::schedule_leaving(int resource, int person) {
  double rate = t_.resources[resource].turnover_per_year / kDaysPerYear;
  if (rate <= 0) return;
  double after = -std::log(staff_rngs_[resource].uniform01()) / rate;
  const StaffPool& staff = resources_[resource].staff;
  sim_.schedule_in(after, kStaffLeaves, static_cast<std::uint32_t>(resource),
                   person_token(person, staff.leave_generation(person)));
}

void ChainModel::staff_leaves(int resource, int person) {
  const CompiledResource& r = t_.resources[resource];
  StaffPool& staff = resources_[resource].staff;
  staff.leave(person);
  staff_changed(resource, staff.post_fte(person));
  update_capacity(resource);
  double delay =
      r.hiring_delay ? std::max(0.0, r.hiring_delay->sample(staff_rngs_[resource])) : 0.0;
  sim_.schedule_in(delay, kStaffHired, static_cast<std::uint32_t>(resource),
                   person_token(person, staff.generation(person)));
}

void ChainModel::staff_hired(int resource, int person) {
  const CompiledResource& r = t_.resources[resource];
  StaffPool& staff = resources_[resource].staff;
  bool ramps = r.ramp_up_days > 0 && r.ramp_up_share < 1;
  staff.hire(person, ramps ? r.ramp_up_share : 1.0);
  staff_changed(resource, 0);
  update_capacity(resource);
  if (ramps) {
    sim_.schedule_in(r.ramp_up_days, kRampDone, static_cast<std::uint32_t>(resource),
                     person_token(person, staff.generation(person)));
  }
  schedule_leaving(resource, person);
}

void ChainModel::staff_changed(int resource, double left) {
  observer_.on_staff(sim_.now(), resource, resources_[resource].staff.staffed_fte(), left);
}

// Departures are exponential, so at a new rate every holder's departure is drawn afresh.
void ChainModel::set_turnover(int resource) {
  StaffPool& staff = resources_[resource].staff;
  for (int p = 0; p < staff.size(); ++p) {
    if (!staff.active(p)) continue;
    staff.forget_departure(p);
    schedule_leaving(resource, p);
  }
}

void ChainModel::update_capacity(int resource) {
  ResourceState& rs = resources_[resource];
  std::int64_t capacity = t_.resources[resource].capacity_for(rs.staff.working_fte());
  if (capacity == rs.capacity) return;
  bool grew = capacity > rs.capacity;
  rs.capacity = capacity;
  observer_.on_capacity(sim_.now(), resource, capacity);
  if (grew) return serve(resource);
  if (const WaitingEntry* e = waiting_head(resource)) {
    const Family& f = families_[e->family];
    stop_if_never_served(f, resource, amount(f, resource));
  }
}

// --- policies ------------------------------------------------------------------------

// A policy with `over` moves its numbers in monthly steps; step k of n sets
// old + (new - old) x k / n, where old is the value just before step 1.
namespace {
int policy_steps(const CompiledPolicy& policy) {
  if (policy.over_days <= 0) return 1;
  return std::max(1, static_cast<int>(std::lround(policy.over_days / kDaysPerMonth)));
}
}  // namespace

void ChainModel::schedule_policies() {
  policy_start_values_.resize(t_.policies.size());
  for (std::size_t p = 0; p < t_.policies.size(); ++p) {
    const CompiledPolicy& policy = t_.policies[p];
    int steps = policy_steps(policy);
    for (int k = 1; k <= steps; ++k) {
      double at = std::max(0.0, policy.from + policy.over_days * k / steps);
      if (at <= t_.horizon_days)
        sim_.schedule(at, kPolicy, static_cast<std::uint32_t>(p), static_cast<std::uint64_t>(k));
    }
  }
}

void ChainModel::apply_policy(int policy, int step) {
  const CompiledPolicy& p = t_.policies[policy];
  std::vector<double>& start = policy_start_values_[policy];
  if (start.empty()) {
    for (const auto& c : p.changes) start.push_back(current_value(c));
  }
  double share = static_cast<double>(step) / policy_steps(p);
  for (std::size_t i = 0; i < p.changes.size(); ++i) {
    apply_change(p.changes[i], start[i] + (p.changes[i].value - start[i]) * share);
  }
  for (const auto& c : p.changes) {
    if (c.target == CompiledChange::Target::branch_p) t_.stages[c.index].accumulate_probabilities();
  }
}

double ChainModel::current_value(const CompiledChange& c) const {
  using T = CompiledChange::Target;
  const CompiledResource* r =
      c.index < static_cast<int>(t_.resources.size()) ? &t_.resources[c.index] : nullptr;
  switch (c.target) {
    case T::places:
      return r->places;
    case T::fte:
      return r->fte;
    case T::caseload_norm:
      return r->caseload_norm;
    case T::norm_by_measure:
      return r->norm_by_measure[c.sub] > 0 ? r->norm_by_measure[c.sub] : r->caseload_norm;
    case T::absence:
      return r->absence;
    case T::turnover:
      return r->turnover_per_year;
    case T::arrival_rate:
      return arrival_processes_[c.index].yearly_rate(calendar_.year_at(sim_.now()));
    case T::arrival_trend:
      return t_.arrivals[c.index].trend;
    case T::branch_p:
      return t_.stages[c.index].probabilistic[c.sub].weight;
    case T::max_wait:
      return t_.stages[c.index].max_wait;
    case T::timer_days:
      return t_.stages[c.index].timers[c.sub].days;
    case T::duration:
      return *t_.stages[c.index].duration_form.number(c.key);
  }
  return 0;
}

void ChainModel::apply_change(const CompiledChange& c, double value) {
  using T = CompiledChange::Target;
  switch (c.target) {
    case T::places:
      t_.resources[c.index].places = value;
      break;
    case T::fte: {
      const CompiledResource& r = t_.resources[c.index];
      t_.resources[c.index].fte = value;
      StaffPool& staff = resources_[c.index].staff;
      int old_size = staff.size();
      int first_new = staff.resize(value, r.ramp_up_days > 0 ? r.ramp_up_share : 1.0);
      for (int p = first_new; p < staff.size() && staff.size() > old_size; ++p) {
        if (r.ramp_up_days > 0 && r.ramp_up_share < 1) {
          sim_.schedule_in(r.ramp_up_days, kRampDone, static_cast<std::uint32_t>(c.index),
                           person_token(p, staff.generation(p)));
        }
        schedule_leaving(c.index, p);
      }
      staff_changed(c.index, 0);
      break;
    }
    case T::caseload_norm:
      t_.resources[c.index].caseload_norm = value;
      break;
    case T::norm_by_measure:
      t_.resources[c.index].norm_by_measure[c.sub] = value;
      break;
    case T::absence:
      t_.resources[c.index].absence = value;
      break;
    case T::turnover:
      t_.resources[c.index].turnover_per_year = value;
      return set_turnover(c.index);
    case T::arrival_rate:
      return set_arrival_rate(c.index, value);
    case T::arrival_trend:
      return set_arrival_trend(c.index, value);
    case T::branch_p:
      t_.stages[c.index].probabilistic[c.sub].weight = value;
      return;
    case T::max_wait:
      t_.stages[c.index].max_wait = value;
      return max_wait_changed(c.index);
    case T::timer_days:
      t_.stages[c.index].timers[c.sub].days = value;
      return;
    case T::duration:
      return set_duration(c.index, c.key, value);
  }
  update_capacity(c.index);
}

// A new max_wait applies to the families already waiting in the stage too: their limit
// counts from the start of their wait, so one that has waited longer leaves now.
void ChainModel::max_wait_changed(int stage) {
  for (FamilyId id = 0; id < families_.slots(); ++id) {
    Family& f = families_[id];
    if (f.alive && f.stage == stage && f.waiting_for >= 0) reschedule_wait(f);
  }
}

// The limit at the stage's current max_wait, and the stage's first timer if it now comes
// before that limit. Events scheduled for an earlier limit are let through only when due
// (wait_limit_due), so the family's place in the waiting list is kept.
void ChainModel::reschedule_wait(Family& f) {
  double left = std::numeric_limits<double>::infinity();
  if (double limit = wait_limit(f); limit >= 0) {
    double at = std::max(sim_.now(), f.wait_started + limit);
    sim_.schedule(at, kWaitLimit, f.id, f.generation);
    left = at - sim_.now();
  }
  int before = f.timer;
  f.timer = static_cast<std::int16_t>(earliest_timer(f, left));
  if (f.timer >= 0 && f.timer != before) sim_.schedule_in(left, kWaitTimer, f.id, f.generation);
}

// --- reviews of long waits ------------------------------------------------------------

void ChainModel::schedule_review(int review, int round) {
  const CompiledReview& r = t_.reviews[review];
  double at = r.from + r.every * round;
  if (at <= std::min(r.until, t_.horizon_days)) {
    sim_.schedule(std::max(0.0, at), kReview, static_cast<std::uint32_t>(review),
                  static_cast<std::uint64_t>(round));
  }
}

// Every family waiting longer than the limit in a reviewed stage keeps waiting with
// probability keep_waiting (drawn per family and round, so the same family draws the same in
// every scenario) and otherwise leaves the waiting list for the stage `send` names.
void ChainModel::review(int review, int round) {
  const CompiledReview& r = t_.reviews[review];
  auto due = [&](const Family& f) {
    return f.alive && f.stage >= 0 && f.waiting_for >= 0 && r.send[f.stage] >= 0 &&
           sim_.now() - f.wait_started > r.longer_than;
  };
  std::vector<std::pair<FamilyId, std::uint32_t>> reviewed;
  for (FamilyId id = 0; id < families_.slots(); ++id) {
    if (due(families_[id])) reviewed.emplace_back(id, families_[id].generation);
  }
  for (auto [id, generation] : reviewed) {
    Family& f = families_[id];
    if (f.generation != generation || !due(f)) continue;  // served meanwhile
    engine::RandomStream rng(engine::derive_key(f.random_key, r.name_hash),
                             static_cast<std::uint64_t>(round));
    if (rng.uniform01() < r.keep_waiting) continue;
    observer_.on_review(sim_.now(), f, review);
    stop_waiting(id, r.send[f.stage]);
  }
  schedule_review(review, round + 1);
}

// New services draw from the changed distribution. An exponential duration has no memory,
// so families already in service at the stage draw their remaining time afresh: from the
// date on, every family in the stage leaves at the new rate (docs/scenario-format.md).
void ChainModel::set_duration(int stage, const std::string& key, double value) {
  CompiledStage& st = t_.stages[stage];
  st.duration_form = st.duration_form.with(key, value);
  st.duration = scenario::make_duration(st.duration_form);
  if (st.duration.kind() != engine::DistributionKind::exponential) return;
  ++redraws_;
  for (FamilyId id = 0; id < families_.slots(); ++id) {
    Family& f = families_[id];
    if (f.alive && f.stage == stage && in_service(f)) redraw_service(f);
  }
}

bool ChainModel::in_service(const Family& f) const {
  return f.waiting_for < 0 && f.acquire_pos >= static_cast<int>(t_.stages[f.stage].acquire.size());
}

void ChainModel::redraw_service(Family& f) {
  const CompiledStage& st = t_.stages[f.stage];
  engine::RandomStream rng(
      engine::derive_key(engine::derive_key(f.random_key, st.name_hash), redraws_),
      families_.visits(f.id, f.stage));
  ++f.generation;  // the pending end of service is stale now
  schedule_service_end(f, std::max(0.0, st.duration.sample(rng)));
}

// From now on the stream arrives at `value` families per year (the rate_by_year table no
// longer applies); the pending arrival is redrawn, which is exact for a Poisson process.
void ChainModel::set_arrival_rate(int stream, double value) {
  CompiledArrival& a = t_.arrivals[stream];
  a.rate_by_year.clear();
  a.trend = 0;
  a.families_per_year = value;
  restart_arrivals(stream);
}

// A trend from a date in year Y changes each year from Y on against the year before: the rate
// of Y - 1 is listed as it stood (unless a listed year already anchors it) and the trend runs
// from there, to trend_until if that is later, else to the end of the run. Years listed in
// rate_by_year keep their listed rates.
void ChainModel::set_arrival_trend(int stream, double value) {
  CompiledArrival& a = t_.arrivals[stream];
  int year = calendar_.year_at(sim_.now());
  if (a.rate_by_year.empty() || a.rate_by_year.back().first < year - 1) {
    a.rate_by_year.emplace_back(year - 1, arrival_processes_[stream].yearly_rate(year - 1));
  }
  a.trend = value;
  if (a.trend_until < year) a.trend_until = CompiledArrival{}.trend_until;
  restart_arrivals(stream);
}

void ChainModel::restart_arrivals(int stream) {
  arrival_processes_[stream].rates_changed();
  ++arrival_generation_[stream];
  schedule_arrival(stream);
}

}  // namespace ketensim::model
