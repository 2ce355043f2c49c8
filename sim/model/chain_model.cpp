#include "sim/model/chain_model.h"

#include <algorithm>
#include <cassert>
#include <cmath>

namespace ketensim::model {
namespace {
constexpr std::uint64_t kDurationDraw = 0;
constexpr std::uint64_t kRoutingDraw = 1;
}  // namespace

ChainModel::ChainModel(const ChainTables& tables, std::uint64_t replication,
                       ChainObserver& observer)
    : t_(tables),
      observer_(observer),
      calendar_(tables.start),
      families_(static_cast<int>(tables.attribute_names.size()), tables.stage_count(),
                static_cast<int>(tables.resources.size())) {
  for (const auto& r : t_.resources) resources_.push_back({r.capacity, 0, WaitingList(r.priority_order)});
  for (const auto& a : t_.arrivals) {
    arrival_processes_.emplace_back(a, calendar_);
    arrival_rngs_.emplace_back(engine::derive_key(t_.seed, replication, "arrivals:" + a.name));
    family_keys_.push_back(engine::derive_key(t_.seed, replication, "family:" + a.name));
    ordinals_.push_back(0);
  }
}

void ChainModel::run() {
  for (int s = 0; s < static_cast<int>(t_.arrivals.size()); ++s) schedule_arrival(s);
  sim_.run_until(t_.horizon_days, *this);
  observer_.on_finish(t_.horizon_days);
}

void ChainModel::on_event(const engine::Event& e) {
  switch (e.kind) {
    case kArrival: return arrive(static_cast<int>(e.target));
    case kStageDone:
      if (families_[e.target].generation == e.data) finish_stage(e.target);
      return;
    case kWaitLimit:
      if (families_[e.target].generation == e.data) give_up_waiting(e.target);
      return;
  }
}

void ChainModel::schedule_arrival(int stream) {
  engine::SimTime at = arrival_processes_[stream].next(sim_.now(), t_.horizon_days, arrival_rngs_[stream]);
  if (at <= t_.horizon_days) sim_.schedule(at, kArrival, static_cast<std::uint32_t>(stream));
}

void ChainModel::arrive(int stream) {
  const CompiledArrival& a = t_.arrivals[stream];
  Family& f = families_.create();
  f.stream = static_cast<std::int16_t>(stream);
  f.ordinal = ordinals_[stream]++;
  f.random_key = engine::derive_key(family_keys_[stream], f.ordinal);
  f.arrived = sim_.now();
  f.priority = static_cast<std::int16_t>(a.priority);
  draw_family(f, a);
  observer_.on_arrival(sim_.now(), f);
  schedule_arrival(stream);
  enter(f.id, a.into);
}

void ChainModel::draw_family(Family& f, const CompiledArrival& a) {
  engine::RandomStream rng(engine::derive_key(f.random_key, engine::hash_name("attributes")));
  f.children = static_cast<std::int16_t>(std::lround(a.children.sample(rng)));
  auto attrs = families_.attributes(f.id);
  for (const auto& d : a.attributes) {
    double u = rng.uniform01();
    auto it = std::lower_bound(d.cumulative.begin(), d.cumulative.end(), u);
    attrs[d.attribute] = d.values[std::min<std::size_t>(it - d.cumulative.begin(), d.values.size() - 1)];
  }
}

void ChainModel::enter(FamilyId id, NodeIndex node) {
  Family& f = families_[id];
  for (int guard = 0; !t_.is_exit(node); ++guard) {
    const CompiledStage& st = t_.stages[node];
    std::uint16_t& visits = families_.visits(id, node);
    if (st.max_visits == 0 || visits < st.max_visits || guard > t_.stage_count()) break;
    node = st.after_max_visits;
  }
  if (t_.is_exit(node)) return leave(f, node);
  const CompiledStage& st = t_.stages[node];
  ++families_.visits(id, node);
  ++f.hand_offs;
  f.stage = static_cast<std::int16_t>(node);
  f.stage_entered = sim_.now();
  f.acquire_pos = 0;
  for (auto [attr, value] : st.set) families_.attributes(id)[attr] = value;
  observer_.on_stage_enter(sim_.now(), f, node);
  acquire_next(f);
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

int ChainModel::amount(const Family& f, int resource) const {
  return t_.resources[resource].per_child ? f.children : 1;
}

bool ChainModel::try_take(Family& f, int resource) {
  ResourceState& rs = resources_[resource];
  int need = amount(f, resource);
  if (rs.waiting.size() > 0 || rs.in_use + need > rs.capacity) return false;
  rs.in_use += need;
  families_.held(f.id, resource) = need;
  observer_.on_acquire(sim_.now(), f, resource, need, 0.0);
  return true;
}

void ChainModel::start_waiting(Family& f, int resource) {
  ++f.generation;   // a new wait: earlier timers for this family are stale now
  f.waiting_for = static_cast<std::int16_t>(resource);
  f.wait_started = sim_.now();
  resources_[resource].waiting.push({f.id, f.generation, amount(f, resource)}, f.priority);
  observer_.on_wait_start(sim_.now(), f, resource);
  const CompiledStage& st = t_.stages[f.stage];
  if (st.max_wait >= 0) sim_.schedule_in(st.max_wait, kWaitLimit, f.id, f.generation);
  serve(resource);   // a higher-priority family may go ahead of a head that does not fit
}

void ChainModel::start_service(Family& f) {
  const CompiledStage& st = t_.stages[f.stage];
  engine::RandomStream rng = stage_stream(f, st, kDurationDraw);
  double d = std::max(0.0, st.duration.sample(rng));
  sim_.schedule_in(d, kStageDone, f.id, f.generation);
}

engine::RandomStream ChainModel::stage_stream(const Family& f, const CompiledStage& st,
                                              std::uint64_t purpose) {
  std::uint64_t visit = families_.visits(f.id, f.stage);
  return engine::RandomStream(engine::derive_key(f.random_key, st.name_hash), visit * 2 + purpose);
}

void ChainModel::finish_stage(FamilyId id) {
  Family& f = families_[id];
  const CompiledStage& st = t_.stages[f.stage];
  int stage = f.stage;
  NodeIndex next = route(f, st);
  for (int r : st.release) release(f, r);
  if (st.release_all) {
    for (int r = 0; r < static_cast<int>(resources_.size()); ++r) release(f, r);
  }
  f.stage = -1;
  observer_.on_stage_exit(sim_.now(), f, stage);
  enter(id, next);
}

void ChainModel::give_up_waiting(FamilyId id) {
  Family& f = families_[id];
  int r = f.waiting_for;
  ++f.generation;   // invalidates the waiting-list entry
  resources_[r].waiting.note_left();
  f.waiting_for = -1;
  observer_.on_wait_abandoned(sim_.now(), f, r, sim_.now() - f.wait_started);
  int stage = f.stage;
  f.stage = -1;
  observer_.on_stage_exit(sim_.now(), f, stage);
  enter(id, t_.stages[stage].after_max_wait);
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

void ChainModel::release(Family& f, int resource) {
  std::int32_t& held = families_.held(f.id, resource);
  if (held == 0) return;
  resources_[resource].in_use -= held;
  observer_.on_release(sim_.now(), f, resource, held);
  held = 0;
  serve(resource);
}

void ChainModel::serve(int resource) {
  ResourceState& rs = resources_[resource];
  auto is_live = [&](const WaitingEntry& e) { return families_[e.family].generation == e.generation; };
  while (const WaitingEntry* e = rs.waiting.front(is_live)) {
    if (rs.in_use + e->amount > rs.capacity) return;
    Family& f = families_[e->family];
    int e_amount = e->amount;
    rs.in_use += e_amount;
    families_.held(f.id, resource) = e_amount;
    rs.waiting.pop_front();
    ++f.generation;   // cancels the wait limit timer
    observer_.on_acquire(sim_.now(), f, resource, e_amount, sim_.now() - f.wait_started);
    f.waiting_for = -1;
    ++f.acquire_pos;
    acquire_next(f);
  }
}

void ChainModel::leave(Family& f, NodeIndex exit) {
  for (int r = 0; r < static_cast<int>(resources_.size()); ++r) release(f, r);
  observer_.on_exit(sim_.now(), f, exit - t_.stage_count());
  families_.destroy(f.id);
}

}  // namespace ketensim::model
