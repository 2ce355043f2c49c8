// Everything the chain model reports leaves through this interface: statistics, traces and
// stop criteria are observers; the model itself keeps no results. A new hook must also be
// forwarded by ObserverPair (observer_pair.h), through which the model reports.
#pragma once

#include <cstdint>

#include "sim/engine/time.h"
#include "sim/model/family.h"

namespace ketensim::model {

class ChainObserver {
 public:
  virtual ~ChainObserver() = default;
  // Called once before the run: where the families' attribute values can be read.
  virtual void attach(const FamilyPool&) {}
  virtual void on_arrival(engine::SimTime, const Family&) {}
  virtual void on_stage_enter(engine::SimTime, const Family&, int /*stage*/) {}
  virtual void on_stage_exit(engine::SimTime, const Family&, int /*stage*/) {}
  virtual void on_wait_start(engine::SimTime, const Family&, int /*resource*/) {}
  // The family obtained `amount` units after waiting `waited` days (0 when none free).
  virtual void on_acquire(engine::SimTime, const Family&, int /*resource*/, int /*amount*/,
                          double /*waited*/) {}
  // The family left the waiting list after its maximum wait.
  virtual void on_wait_abandoned(engine::SimTime, const Family&, int /*resource*/,
                                 double /*waited*/) {}
  virtual void on_release(engine::SimTime, const Family&, int /*resource*/, int /*amount*/) {}
  virtual void on_exit(engine::SimTime, const Family&, int /*exit*/) {}
  // A family in the chain on the start date, placed in `stage` without an arrival.
  virtual void on_initial(engine::SimTime, const Family&, int /*stage*/) {}
  // The family's measure changes from `from` to `to` (-1: none), for its children.
  virtual void on_measure_change(engine::SimTime, const Family&, int /*from*/, int /*to*/) {}
  // A family holding `measure` leaves (entering = false) or joins (true) the breakdown
  // subjects of its current attribute values: a stage sets a `report_by` attribute, as when
  // a measure moves to another GI or region. Its measure itself does not change.
  virtual void on_measure_move(engine::SimTime, const Family&, int /*measure*/, bool /*entering*/) {
  }
  virtual void on_norm_start(engine::SimTime, const Family&, int /*norm*/) {}
  // The norm's clock, started at `started`, stopped now; `met` says whether within the norm.
  virtual void on_norm_stop(engine::SimTime, const Family&, int /*norm*/,
                            engine::SimTime /*started*/, bool /*met*/) {}
  // The family left the chain with the clock still running (the norm no longer applies).
  virtual void on_norm_drop(engine::SimTime, const Family&, int /*norm*/,
                            engine::SimTime /*started*/) {}
  // A resource's capacity changed (staff left or were hired, or a policy).
  virtual void on_capacity(engine::SimTime, int /*resource*/, std::int64_t /*units*/) {}
  // A caseload resource's filled posts changed to `staffed_fte` (before absence); `left` is
  // the fte of a post whose holder just left (0 otherwise).
  virtual void on_staff(engine::SimTime, int /*resource*/, double /*staffed_fte*/,
                        double /*left*/) {}
  // A review (ChainTables::reviews) sends the waiting family on; it then leaves the waiting
  // list as after its maximum wait (on_wait_abandoned follows).
  virtual void on_review(engine::SimTime, const Family&, int /*review*/) {}
  virtual void on_finish(engine::SimTime /*end*/) {}
};

}  // namespace ketensim::model
