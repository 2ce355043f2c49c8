#include "sim/model/growth_limit.h"

#include <cmath>

#include "sim/model/family.h"

namespace ketensim::model {

GrowthLimit::GrowthLimit(const ChainTables& t, engine::Simulator& sim)
    : bound_(t.max_families), sim_(sim), resources_(t.resources.size()) {}

void GrowthLimit::on_arrival(engine::SimTime t, const Family&) {
  ++arrivals_;
  if (exceeded_ || families_ == nullptr || families_->alive() <= bound_) return;
  exceeded_ = true;
  exceeded_at_ = t;
  sim_.request_stop();
}

void GrowthLimit::on_wait_start(engine::SimTime, const Family& f, int resource) {
  if (!f.initial) ++resources_[resource].requests;
}

// A family taken off the waiting list still has waiting_for set when this is called
// (ChainModel::serve); it asked when it started waiting.
void GrowthLimit::on_acquire(engine::SimTime t, const Family& f, int resource, int amount, double) {
  Use& u = resources_[resource];
  if (!f.initial && f.waiting_for != resource) ++u.requests;
  ++u.takers;
  u.units_taken += amount;
  change_use(u, t, amount);
}

void GrowthLimit::on_release(engine::SimTime t, const Family&, int resource, int amount) {
  Use& u = resources_[resource];
  u.units_released += amount;
  change_use(u, t, -amount);
}

void GrowthLimit::change_use(Use& u, engine::SimTime t, double delta) {
  u.unit_days += u.in_use * (t - u.since);
  u.since = t;
  u.in_use += delta;
}

double GrowthLimit::mean_hold_days(int resource) const {
  const Use& u = resources_[resource];
  if (u.units_released == 0) return std::nan("");
  double until = exceeded_ ? exceeded_at_ : sim_.now();
  return (u.unit_days + u.in_use * (until - u.since)) / u.units_released;
}

double GrowthLimit::units_per_family(int resource) const {
  const Use& u = resources_[resource];
  return u.takers == 0 ? std::nan("") : u.units_taken / static_cast<double>(u.takers);
}

}  // namespace ketensim::model
