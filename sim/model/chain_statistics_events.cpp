// ChainStatistics: what each observed event adds to the KPIs.
#include <cmath>

#include "sim/model/chain_statistics.h"
#include "sim/model/kpi_table.h"

namespace ketensim::model {

// The subjects follow the family's attribute values; visiting them allocates nothing, as
// this runs at every change of measure.
template <class Visit>
void ChainStatistics::for_each_measure_subject(const Family& f, int measure, Visit visit) const {
  visit(measure * measure_width_);
  int offset = 1;
  auto attrs = families_->attributes(f.id);
  for (int a : t_.report_by) {
    visit(measure * measure_width_ + offset + attrs[a]);
    offset += static_cast<int>(t_.attribute_values[a].size());
  }
}

void ChainStatistics::on_arrival(engine::SimTime t, const Family& f) {
  advance(t);
  add(kArrivals, f.stream, 1);
  add(kArrivalsChildren, f.stream, f.children);
  change(in_system_, t, 1);
}

// Families there on the start date count in the stocks, not in the flows.
void ChainStatistics::on_initial(engine::SimTime t, const Family& f, int stage) {
  add(kInitialFamilies, 0, 1);
  change(in_system_, t, 1);
  change(stage_children_[stage], t, f.children);
  if (f.measure < 0) return;
  for_each_measure_subject(f, f.measure, [&](int s) {
    change(measure_children_[s], t, f.children);
    add(kMeasureServed, s, f.children);
  });
}

void ChainStatistics::on_stage_enter(engine::SimTime t, const Family& f, int stage) {
  change(stage_children_[stage], t, f.children);
  add(kStageInflow, stage, f.children);
  add(kStageEntries, stage, 1);
}

void ChainStatistics::on_stage_exit(engine::SimTime t, const Family& f, int stage) {
  change(stage_children_[stage], t, -f.children);
  add(kStageOutflow, stage, f.children);
  if (!f.initial) add_mean(kStageTime, stage, t - f.stage_entered);
}

void ChainStatistics::on_wait_start(engine::SimTime t, const Family& f, int resource) {
  change(queue_[resource], t, 1);
  open_waits_[resource].start(t, f.children);
}

void ChainStatistics::on_acquire(engine::SimTime t, const Family& f, int resource, int amount,
                                 double waited) {
  if (f.waiting_for == resource) {
    change(queue_[resource], t, -1);
    open_waits_[resource].stop(f.wait_started, f.children);
  }
  change(in_use_[resource], t, amount);
  change(cases_[resource], t, t_.resources[resource].per_child ? f.children : 1);
  holding_children_[resource] += f.children;
  add(kServed, resource, f.children);
  add_mean(kWaitMean, resource, waited);
  add_mean(kWaitedShare, resource, waited > 0 ? 1.0 : 0.0);
  add_mean(kWaitedOver90, resource, waited > kLongWaitDays ? 1.0 : 0.0);
  placed(resource, waited);
}

// One request for the resource has ended: obtained after `waited` days, or not at all (NaN).
void ChainStatistics::placed(int resource, double waited) {
  const auto& days = t_.wait_thresholds;
  int first = resource * static_cast<int>(days.size());
  for (std::size_t k = 0; k < days.size(); ++k) {
    add_mean(kPlacedWithinShare, first + static_cast<int>(k), waited <= days[k] ? 1.0 : 0.0);
  }
}

void ChainStatistics::on_wait_abandoned(engine::SimTime t, const Family& f, int resource, double) {
  change(queue_[resource], t, -1);
  open_waits_[resource].stop(f.wait_started, f.children);
  add(kWaitAbandoned, resource, 1);
  placed(resource, std::nan(""));
}

void ChainStatistics::on_review(engine::SimTime t, const Family&, int review) {
  advance(t);
  add(kReviewSent, review, 1);
}

void ChainStatistics::on_release(engine::SimTime t, const Family& f, int resource, int amount) {
  change(in_use_[resource], t, -amount);
  change(cases_[resource], t, t_.resources[resource].per_child ? -f.children : -1);
  holding_children_[resource] -= f.children;
}

void ChainStatistics::on_exit(engine::SimTime t, const Family& f, int exit) {
  change(in_system_, t, -1);
  add(kExits, exit, 1);
  add(kExitsChildren, exit, f.children);
  add_mean(kHandOffs, 0, f.hand_offs);
  if (f.stream < static_cast<int>(t_.arrivals.size())) add_mean(kLeadTime, 0, t - f.arrived);
}

void ChainStatistics::on_staff(engine::SimTime t, int resource, double staffed_fte, double left) {
  change(staff_[resource], t, staffed_fte - staff_[resource].level);
  if (left > 0) add(kStaffTurnover, resource, left);
}

void ChainStatistics::on_capacity(engine::SimTime t, int resource, std::int64_t units) {
  change(capacity_[resource], t, static_cast<double>(units - capacity_units_[resource]));
  capacity_units_[resource] = units;
}

// --- measures ------------------------------------------------------------------------

void ChainStatistics::measure_flow(engine::SimTime t, const Family& f, int measure, int sign,
                                   bool breakdown_only) {
  for_each_measure_subject(f, measure, [&](int s) {
    if (breakdown_only && s == measure * measure_width_) return;  // the measure's own total
    change(measure_children_[s], t, sign * f.children);
    add(sign > 0 ? kMeasureInflow : kMeasureOutflow, s, f.children);
    if (sign > 0) add(kMeasureServed, s, f.children);
  });
}

// A move between breakdown subjects counts as their outflow and inflow, not the measure's.
void ChainStatistics::on_measure_move(engine::SimTime t, const Family& f, int measure,
                                      bool entering) {
  measure_flow(t, f, measure, entering ? +1 : -1, true);
}

void ChainStatistics::on_measure_change(engine::SimTime t, const Family& f, int from, int to) {
  if (from >= 0) measure_flow(t, f, from, -1);
  if (to >= 0) measure_flow(t, f, to, +1);
}

// --- norms ---------------------------------------------------------------------------

void ChainStatistics::on_norm_start(engine::SimTime t, const Family& f, int norm) {
  advance(t);
  add(kNormStarted, norm, 1);
  open_norms_[norm].start(t, f.children);
}

void ChainStatistics::on_norm_stop(engine::SimTime t, const Family& f, int norm,
                                   engine::SimTime started, bool met) {
  advance(t);
  open_norms_[norm].stop(started, f.children);
  add_mean(kNormMetShare, norm, met ? 1.0 : 0.0);
  add_mean(kNormWaitMean, norm, t - started);
}

void ChainStatistics::on_norm_drop(engine::SimTime t, const Family& f, int norm,
                                   engine::SimTime started) {
  advance(t);
  open_norms_[norm].stop(started, f.children);
}

}  // namespace ketensim::model
