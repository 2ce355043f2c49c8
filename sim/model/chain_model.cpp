#include "sim/model/chain_model.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <limits>

namespace ketensim::model {
namespace {
constexpr std::uint64_t kDurationDraw = 0;
constexpr std::uint64_t kRoutingDraw = 1;
constexpr std::uint64_t kHoldDraw = 0x686f6c64;      // "hold": keys the stage's holding times
constexpr std::uint64_t kPatienceDraw = 0x70617469;  // "pati": keys a family's patience
constexpr int kConditionalTries = 64;  // draws of a duration conditional on exceeding `elapsed`
using engine::kDaysPerYear;
// Keys a family's draws on arrival (children, attributes, age); hashed once, not per family.
const std::uint64_t kAttributesDraw = engine::hash_name("attributes");
}  // namespace

ChainModel::ChainModel(const ChainTables& tables, std::uint64_t replication,
                       ChainObserver& observer)
    : t_(tables),
      replication_(replication),
      calendar_(tables.start),
      growth_limit_(t_, sim_),
      observer_(observer, growth_limit_),
      families_(static_cast<int>(tables.attribute_names.size()), tables.stage_count(),
                static_cast<int>(tables.resources.size()), static_cast<int>(tables.norms.size())) {
  for (const auto& r : t_.resources) {
    resources_.push_back(
        {r.capacity_for(r.fte), 0, WaitingList(r.priority_order), StaffPool(r.fte)});
    staff_rngs_.emplace_back(engine::derive_key(t_.seed, replication, "staff:" + r.name));
  }
  for (const auto& a : t_.arrivals) {
    arrival_processes_.emplace_back(a, calendar_);
    arrival_rngs_.emplace_back(engine::derive_key(t_.seed, replication, "arrivals:" + a.name));
    family_keys_.push_back(engine::derive_key(t_.seed, replication, "family:" + a.name));
    ordinals_.push_back(0);
    arrival_generation_.push_back(0);
  }
  for (std::size_t i = 0; i < t_.initial.size(); ++i) {
    family_keys_.push_back(
        engine::derive_key(t_.seed, replication, "initial:" + std::to_string(i)));
    ordinals_.push_back(0);
  }
  reported_.assign(t_.attribute_names.size(), false);
  for (int a : t_.report_by) reported_[a] = true;
}

void ChainModel::run() {
  observer_.attach(families_);
  for (int r = 0; r < static_cast<int>(resources_.size()); ++r) start_staff(r);
  for (std::size_t i = 0; i < t_.initial.size(); ++i)
    place_initial(t_.initial[i], static_cast<int>(i));
  for (int s = 0; s < static_cast<int>(t_.arrivals.size()); ++s) schedule_arrival(s);
  schedule_policies();
  for (int r = 0; r < static_cast<int>(t_.reviews.size()); ++r) schedule_review(r, 0);
  sim_.run_until(t_.horizon_days, *this);
  observer_.on_finish(t_.horizon_days);
}

void ChainModel::on_event(const engine::Event& e) {
  auto current = [&] { return families_[e.target].generation == e.data; };
  auto staff_current = [&] {
    return resources_[e.target].staff.generation(static_cast<int>(e.data >> 32)) ==
           (e.data & 0xffffffffu);
  };
  switch (e.kind) {
    case kArrival:
      if (arrival_generation_[e.target] == e.data) arrive(static_cast<int>(e.target));
      return;
    case kStageDone:
      if (current()) finish_stage(e.target);
      return;
    case kWaitLimit:
      if (current() && wait_limit_due(families_[e.target])) give_up_waiting(e.target);
      return;
    case kWaitTimer:
      if (current() && wait_timer_due(families_[e.target])) {
        stop_waiting(e.target,
                     t_.stages[families_[e.target].stage].timers[families_[e.target].timer].then);
      }
      return;
    case kHoldEnd:
      end_hold(e.target, e.data);
      return;
    case kStaffLeaves:
      if (resources_[e.target].staff.leave_generation(static_cast<int>(e.data >> 32)) ==
          (e.data & 0xffffffffu)) {
        staff_leaves(static_cast<int>(e.target), static_cast<int>(e.data >> 32));
      }
      return;
    case kStaffHired:
      if (staff_current()) staff_hired(static_cast<int>(e.target), static_cast<int>(e.data >> 32));
      return;
    case kRampDone:
      if (staff_current()) {
        resources_[e.target].staff.ramp_done(static_cast<int>(e.data >> 32));
        update_capacity(static_cast<int>(e.target));
      }
      return;
    case kPolicy:
      apply_policy(static_cast<int>(e.target), static_cast<int>(e.data));
      return;
    case kReview:
      review(static_cast<int>(e.target), static_cast<int>(e.data));
      return;
  }
}

// --- arrivals and the initial state --------------------------------------------------

void ChainModel::schedule_arrival(int stream) {
  engine::SimTime at =
      arrival_processes_[stream].next(sim_.now(), t_.horizon_days, arrival_rngs_[stream]);
  if (at <= t_.horizon_days) {
    sim_.schedule(at, kArrival, static_cast<std::uint32_t>(stream), arrival_generation_[stream]);
  }
}

Family& ChainModel::new_family(int stream) {
  Family& f = families_.create();
  f.stream = static_cast<std::int16_t>(stream);
  f.ordinal = ordinals_[stream]++;
  f.random_key = engine::derive_key(family_keys_[stream], f.ordinal);
  f.arrived = sim_.now();
  return f;
}

void ChainModel::draw_attributes(Family& f, const std::vector<CompiledArrival::Draw>& draws,
                                 engine::RandomStream& rng) {
  auto attrs = families_.attributes(f.id);
  for (const auto& d : draws) {
    double u = rng.uniform01();
    auto it = std::lower_bound(d.cumulative.begin(), d.cumulative.end(), u);
    attrs[d.attribute] =
        d.values[std::min<std::size_t>(it - d.cumulative.begin(), d.values.size() - 1)];
  }
}

void ChainModel::arrive(int stream) {
  const CompiledArrival& a = t_.arrivals[stream];
  Family& f = new_family(stream);
  f.priority = static_cast<std::int16_t>(a.priority);
  engine::RandomStream rng(engine::derive_key(f.random_key, kAttributesDraw));
  f.children = static_cast<std::int16_t>(std::lround(a.children.sample(rng)));
  draw_attributes(f, a.attributes, rng);
  if (a.age_years) f.birth = sim_.now() - a.age_years->sample(rng) * kDaysPerYear;
  observer_.on_arrival(sim_.now(), f);
  schedule_arrival(stream);
  enter(f.id, a.into);
}

// Families are created until the stock's children (or families) are all there; the last
// family is cut to the children still missing, so the stock is met exactly.
void ChainModel::place_initial(const CompiledInitial& stock, int index) {
  int stream = static_cast<int>(t_.arrivals.size()) + index;
  double placed = 0;
  while (placed < stock.count - 1e-9) {
    Family& f = new_family(stream);
    f.initial = true;
    engine::RandomStream rng(engine::derive_key(f.random_key, kAttributesDraw));
    double children = std::max(1.0, std::round(stock.children_per_family.sample(rng)));
    if (stock.count_is_children) children = std::min(children, std::ceil(stock.count - placed));
    f.children = static_cast<std::int16_t>(children);
    placed += stock.count_is_children ? children : 1;
    draw_attributes(f, stock.attributes, rng);
    if (stock.age_years) f.birth = -stock.age_years->sample(rng) * kDaysPerYear;
    f.arrived = -std::max(0.0, stock.elapsed.sample(rng));
    begin_stage(f, stock.stage);
    f.stage_entered = f.arrived;
    observer_.on_initial(sim_.now(), f, stock.stage);
    acquire_next(f);
  }
}

// --- stages --------------------------------------------------------------------------

// Enters `node` and, as long as it is a stage passed at once, the stages after it. Passing
// such a decision point takes no event of its own: the family is observed, routed and draws
// exactly as if the stage had ended by an event at the same time, except for its place among
// other events at that very time, which it now goes before instead of after.
void ChainModel::enter(FamilyId id, NodeIndex node) {
  Family& f = families_[id];
  for (;;) {
    for (int guard = 0; !t_.is_exit(node); ++guard) {
      const CompiledStage& st = t_.stages[node];
      if (st.max_visits == 0 || families_.visits(id, node) < st.max_visits ||
          guard > t_.stage_count())
        break;
      node = st.after_max_visits;
    }
    if (t_.is_exit(node)) return leave(f, node);
    begin_stage(f, node);
    observer_.on_stage_enter(sim_.now(), f, node);
    norm_event(f, scenario::NormEvent::Kind::enter, node);
    if (!passes_at_once(t_.stages[node])) return acquire_next(f);
    node = end_stage(f);
  }
}

// A stage that lasts no time and acquires nothing and has no timers: a decision point.
bool ChainModel::passes_at_once(const CompiledStage& st) {
  return st.acquire.empty() && st.timers.empty() && !st.until_timer &&
         st.duration.kind() == engine::DistributionKind::fixed && st.duration.mean() == 0;
}

void ChainModel::begin_stage(Family& f, NodeIndex node) {
  const CompiledStage& st = t_.stages[node];
  ++families_.visits(f.id, node);
  ++f.hand_offs;
  f.stage = static_cast<std::int16_t>(node);
  f.stage_entered = sim_.now();
  f.acquire_pos = 0;
  f.timer = -1;
  set_attributes(f, st);
  if (st.measure >= 0 && !f.initial && st.measure == f.measure)
    f.measure_started = sim_.now();  // renewed
  if (st.measure >= 0 && !f.initial) set_measure(f, st.measure);
  if (st.measure >= 0 && f.initial && f.measure < 0) {
    f.measure = static_cast<std::int16_t>(st.measure);
    f.measure_started = f.arrived;  // the stock's time already spent is the measure's
  }
}

// Setting an attribute the measure KPIs are broken down by moves a held measure from the
// old value's subjects to the new one's (a measure transferred to another GI or region).
void ChainModel::set_attributes(Family& f, const CompiledStage& st) {
  auto attrs = families_.attributes(f.id);
  for (auto [attr, value] : st.set) {
    bool moves = reported_[attr] && f.measure >= 0 && attrs[attr] != value;
    if (moves) observer_.on_measure_move(sim_.now(), f, f.measure, false);
    attrs[attr] = value;
    if (moves) observer_.on_measure_move(sim_.now(), f, f.measure, true);
  }
}

void ChainModel::set_measure(Family& f, int measure) {
  if (f.measure == measure) return;
  observer_.on_measure_change(sim_.now(), f, f.measure, measure);
  f.measure = static_cast<std::int16_t>(measure);
  f.measure_started = sim_.now();
}

void ChainModel::acquire_next(Family& f) {
  const CompiledStage& st = t_.stages[f.stage];
  for (; f.acquire_pos < static_cast<int>(st.acquire.size()); ++f.acquire_pos) {
    int r = st.acquire[f.acquire_pos];
    if (families_.held(f.id, r) > 0) continue;
    if (!try_take(f, r)) return start_waiting(f, r);
  }
  start_service(f);
}

std::int64_t ChainModel::amount(const Family& f, int resource) const {
  const CompiledResource& r = t_.resources[resource];
  return (r.per_child ? f.children : 1) * r.units_per_case(f.measure);
}

bool ChainModel::try_take(Family& f, int resource) {
  ResourceState& rs = resources_[resource];
  std::int64_t need = amount(f, resource);
  if (rs.waiting.size() > 0 || rs.in_use + need > rs.capacity) return false;
  rs.in_use += need;
  families_.held(f.id, resource) = need;
  observer_.on_acquire(sim_.now(), f, resource, static_cast<int>(need), 0.0);
  norm_event(f, scenario::NormEvent::Kind::acquire, resource);
  start_hold(f, resource);
  return true;
}

void ChainModel::start_waiting(Family& f, int resource) {
  stop_if_never_served(f, resource, amount(f, resource));
  ++f.generation;  // a new wait: earlier timers for this family are stale now
  f.waiting_for = static_cast<std::int16_t>(resource);
  f.wait_started = sim_.now();
  resources_[resource].waiting.push({f.id, f.generation, static_cast<std::int32_t>(0)}, f.priority);
  observer_.on_wait_start(sim_.now(), f, resource);
  double limit = wait_limit(f);
  if (limit >= 0) sim_.schedule_in(limit, kWaitLimit, f.id, f.generation);
  // The stage's timers run while the family waits: an OTS year does not wait for a place.
  double left = limit >= 0 ? limit : std::numeric_limits<double>::infinity();
  f.timer = static_cast<std::int16_t>(earliest_timer(f, left));
  if (f.timer >= 0) sim_.schedule_in(left, kWaitTimer, f.id, f.generation);
  serve(resource);  // a higher-priority family may go ahead of a head that does not fit
}

// The stage ends at the earliest of its drawn duration and its timers; initial families
// have already spent (now - stage_entered) days and draw a duration longer than that.
void ChainModel::start_service(Family& f) {
  const CompiledStage& st = t_.stages[f.stage];
  double spent = sim_.now() - f.stage_entered;
  schedule_service_end(f, std::max(0.0, service_time(f, st) - (f.initial ? spent : 0.0)));
}

// The service ends after `remaining` days, or earlier when one of the stage's timers fires.
void ChainModel::schedule_service_end(Family& f, double remaining) {
  f.timer = static_cast<std::int16_t>(earliest_timer(f, remaining));
  if (std::isinf(remaining)) return;  // until a timer that cannot fire: stays to the end
  sim_.schedule_in(remaining, kStageDone, f.id, f.generation);
}

// Days until `tm` fires for the family: NaN when it cannot (no age known; counting from a
// measure the family does not hold).
double ChainModel::timer_left(const Family& f, const CompiledTimer& tm) const {
  double now = sim_.now();
  if (tm.days < 0) return f.birth + tm.age_days - now;
  if (tm.since_measure && f.measure < 0) return std::numeric_limits<double>::quiet_NaN();
  return tm.days - (now - (tm.since_measure ? f.measure_started : f.stage_entered));
}

// The stage's timer that fires first, if before `remaining` (which it then becomes); -1 if none.
int ChainModel::earliest_timer(const Family& f, double& remaining) const {
  const CompiledStage& st = t_.stages[f.stage];
  int first = -1;
  for (std::size_t i = 0; i < st.timers.size(); ++i) {
    double left = timer_left(f, st.timers[i]);
    if (std::isnan(left)) continue;
    left = std::max(0.0, left);
    if (left < remaining) {
      remaining = left;
      first = static_cast<int>(i);
    }
  }
  return first;
}

double ChainModel::service_time(Family& f, const CompiledStage& st) {
  if (st.until_timer) return std::numeric_limits<double>::infinity();
  engine::RandomStream rng = stage_stream(f, st, kDurationDraw);
  double spent = sim_.now() - f.stage_entered;
  double d = std::max(0.0, st.duration.sample(rng));
  for (int i = 1; f.initial && d <= spent && i < kConditionalTries; ++i)
    d = st.duration.sample(rng);
  return d;
}

engine::RandomStream ChainModel::stage_stream(const Family& f, const CompiledStage& st,
                                              std::uint64_t purpose) {
  std::uint64_t visit = families_.visits(f.id, f.stage);
  return engine::RandomStream(engine::derive_key(f.random_key, st.name_hash), visit * 2 + purpose);
}

void ChainModel::finish_stage(FamilyId id) {
  enter(id, end_stage(families_[id]));
}

// Ends the family's current stage, releasing what the stage releases; returns where it goes.
NodeIndex ChainModel::end_stage(Family& f) {
  const CompiledStage& st = t_.stages[f.stage];
  int stage = f.stage;
  NodeIndex next = f.timer >= 0 ? st.timers[f.timer].then : route(f, st);
  for (int r : st.release) release(f, r);
  if (st.release_all) {
    for (int r = 0; r < static_cast<int>(resources_.size()); ++r) release(f, r);
  }
  f.stage = -1;
  f.initial = false;
  observer_.on_stage_exit(sim_.now(), f, stage);
  norm_event(f, scenario::NormEvent::Kind::leave, stage);
  return next;
}

void ChainModel::give_up_waiting(FamilyId id) {
  stop_waiting(id, t_.stages[families_[id].stage].after_max_wait);
}

// A policy may have changed the stage's max_wait since the limit was scheduled: a limit is
// due only once the family has waited as long as the stage's limit is now.
bool ChainModel::wait_limit_due(const Family& f) const {
  double limit = wait_limit(f);
  return limit >= 0 && sim_.now() >= f.wait_started + limit;
}

// How long this wait may last (< 0: no limit): the stage's max_wait, or with mean_days the
// family's own patience, an exponential draw of that mean. The draw is keyed by the family,
// stage, visit and resource, so it is the same each time it is asked for, and a policy that
// changes the mean scales it (the same quantile).
double ChainModel::wait_limit(const Family& f) const {
  const CompiledStage& st = t_.stages[f.stage];
  if (st.max_wait < 0 || !st.max_wait_random) return st.max_wait;
  std::uint64_t stage_key = engine::derive_key(f.random_key, st.name_hash);
  std::uint64_t key = engine::derive_key(engine::derive_key(stage_key, kPatienceDraw),
                                         static_cast<std::uint64_t>(f.waiting_for));
  engine::RandomStream rng(key, families_.visits(f.id, f.stage));
  return -st.max_wait * std::log(rng.uniform01());
}

bool ChainModel::wait_timer_due(const Family& f) const {
  if (f.timer < 0) return false;
  return timer_left(f, t_.stages[f.stage].timers[f.timer]) <= 1e-6;
}

// The family leaves the waiting list without the resource (its maximum wait, or a timer)
// and goes to `next`, keeping what it holds.
void ChainModel::stop_waiting(FamilyId id, NodeIndex next) {
  Family& f = families_[id];
  int r = f.waiting_for;
  ++f.generation;  // invalidates the waiting-list entry
  resources_[r].waiting.note_left();
  f.waiting_for = -1;
  observer_.on_wait_abandoned(sim_.now(), f, r, sim_.now() - f.wait_started);
  int stage = f.stage;
  f.stage = -1;
  f.initial = false;
  observer_.on_stage_exit(sim_.now(), f, stage);
  enter(id, next);
}

NodeIndex ChainModel::route(Family& f, const CompiledStage& st) {
  for (const auto& b : st.conditional) {
    if (holds(f, b.when)) return b.to;
  }
  if (st.probabilistic.empty()) return st.fallback;
  engine::RandomStream rng = stage_stream(f, st, kRoutingDraw);
  double u = rng.uniform01();
  for (const auto& b : st.probabilistic) {
    if (u <= b.p) return b.to;
  }
  return st.probabilistic.back().to;
}

bool ChainModel::holds(const Family& f, const CompiledCondition& c) {
  if (f.children < c.min_children || f.children > c.max_children) return false;
  auto attrs = families_.attributes(f.id);
  return std::ranges::all_of(c.tests, [&](const CompiledCondition::Test& t) {
    return std::ranges::find(t.any_of, attrs[t.attribute]) != t.any_of.end();
  });
}

// --- resources -----------------------------------------------------------------------

void ChainModel::release(Family& f, int resource) {
  std::int64_t& held = families_.held(f.id, resource);
  if (held == 0) return;
  families_.hold_token(f.id, resource) = 0;  // a pending end of a hold no longer applies
  resources_[resource].in_use -= held;
  observer_.on_release(sim_.now(), f, resource, static_cast<int>(held));
  held = 0;
  serve(resource);
}

const WaitingEntry* ChainModel::waiting_head(int resource) {
  auto is_live = [&](const WaitingEntry& e) {
    return families_[e.family].generation == e.generation;
  };
  return resources_[resource].waiting.front(is_live);
}

void ChainModel::serve(int resource) {
  ResourceState& rs = resources_[resource];
  while (const WaitingEntry* e = waiting_head(resource)) {
    Family& f = families_[e->family];
    std::int64_t need = amount(f, resource);
    if (rs.in_use + need > rs.capacity) return stop_if_never_served(f, resource, need);
    rs.in_use += need;
    families_.held(f.id, resource) = need;
    rs.waiting.pop_front();
    ++f.generation;  // cancels the wait limit timer
    observer_.on_acquire(sim_.now(), f, resource, static_cast<int>(need),
                         sim_.now() - f.wait_started);
    f.waiting_for = -1;
    norm_event(f, scenario::NormEvent::Kind::acquire, resource);
    start_hold(f, resource);
    ++f.acquire_pos;
    acquire_next(f);
  }
}

// A family that needs more places than the resource has now and will ever have again
// stops the run (never_served.h); one that will fit later, or at a closed resource (no
// places now or later), waits. Asked only when the family does not fit the capacity as a
// whole, so rarely.
void ChainModel::stop_if_never_served(const Family& f, int resource, std::int64_t need) {
  if (never_served_ || need <= resources_[resource].capacity) return;
  std::int64_t most = t_.resources[resource].most_capacity_from(sim_.now());
  if (most == 0 || need <= most) return;
  never_served_ = NeverServed{t_.scenario_name,
                              replication_,
                              sim_.now(),
                              calendar_.date_at(sim_.now()),
                              t_.stages[f.stage].name,
                              t_.resources[resource].name,
                              f.children,
                              need,
                              most};
  sim_.request_stop();
}

// A resource the stage holds for a time of its own: its release is scheduled now, keyed by
// the hold's serial number so that an earlier release (or a reused family slot) voids it.
// The holds of one stage draw from the same numbers, so holds with the same duration end
// together (a MUHP and the placement it authorises).
void ChainModel::start_hold(Family& f, int resource) {
  const CompiledStage& st = t_.stages[f.stage];
  for (const CompiledHold& h : st.holds) {
    if (h.resource != resource) continue;
    engine::RandomStream rng(
        engine::derive_key(engine::derive_key(f.random_key, st.name_hash), kHoldDraw),
        families_.visits(f.id, f.stage));
    std::uint32_t token = ++hold_serial_;
    families_.hold_token(f.id, resource) = token;
    sim_.schedule_in(std::max(0.0, h.duration.sample(rng)), kHoldEnd, f.id,
                     (static_cast<std::uint64_t>(resource) << 32) | token);
  }
}

void ChainModel::end_hold(FamilyId id, std::uint64_t data) {
  int resource = static_cast<int>(data >> 32);
  Family& f = families_[id];
  if (!f.alive || families_.hold_token(id, resource) != static_cast<std::uint32_t>(data)) return;
  families_.hold_token(id, resource) = 0;
  release(f, resource);
}

void ChainModel::leave(Family& f, NodeIndex exit) {
  for (int r = 0; r < static_cast<int>(resources_.size()); ++r) release(f, r);
  set_measure(f, -1);
  for (int n = 0; n < static_cast<int>(t_.norms.size()); ++n) {
    double start = families_.norm_start(f.id, n);
    if (!std::isnan(start) && !std::isinf(start)) observer_.on_norm_drop(sim_.now(), f, n, start);
  }
  observer_.on_exit(sim_.now(), f, exit - t_.stage_count());
  families_.destroy(f.id);
}

// --- inspection norms ----------------------------------------------------------------

void ChainModel::norm_event(Family& f, scenario::NormEvent::Kind kind, int index) {
  for (int n = 0; n < static_cast<int>(t_.norms.size()); ++n) {
    const CompiledNorm& norm = t_.norms[n];
    double& start = families_.norm_start(f.id, n);
    if (std::isnan(start) && norm.from.matches(kind, index)) {
      start = sim_.now();
      observer_.on_norm_start(sim_.now(), f, n);
    } else if (!std::isnan(start) && !std::isinf(start) && norm.to.matches(kind, index)) {
      double deadline = norm.working_days
                            ? calendar_.add_working_days(start, static_cast<int>(norm.within))
                            : start + norm.within;
      observer_.on_norm_stop(sim_.now(), f, n, start, sim_.now() <= deadline);
      start = std::numeric_limits<double>::infinity();
    }
  }
}

}  // namespace ketensim::model
