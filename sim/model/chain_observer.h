// Everything the chain model reports leaves through this interface: statistics, traces and
// stop criteria are observers; the model itself keeps no results.
#pragma once

#include "sim/engine/time.h"
#include "sim/model/family.h"

namespace ketensim::model {

class ChainObserver {
 public:
  virtual ~ChainObserver() = default;
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
  virtual void on_finish(engine::SimTime /*end*/) {}
};

}  // namespace ketensim::model
