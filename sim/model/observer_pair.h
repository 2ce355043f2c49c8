// Two observers watching one replication: every hook goes to the first, then the second.
// The model reports to one ChainObserver; this is how the KPI collector and a stop
// criterion (growth_limit.h) both see the run without either knowing of the other. Every
// hook of ChainObserver is forwarded (tests/model/growth_limit_test.cpp checks each).
#pragma once

#include "sim/model/chain_observer.h"

namespace ketensim::model {

class ObserverPair : public ChainObserver {
 public:
  ObserverPair(ChainObserver& first, ChainObserver& second) : first_(first), second_(second) {}

  void attach(const FamilyPool& f) override {
    first_.attach(f);
    second_.attach(f);
  }
  void on_arrival(engine::SimTime t, const Family& f) override {
    first_.on_arrival(t, f);
    second_.on_arrival(t, f);
  }
  void on_stage_enter(engine::SimTime t, const Family& f, int stage) override {
    first_.on_stage_enter(t, f, stage);
    second_.on_stage_enter(t, f, stage);
  }
  void on_stage_exit(engine::SimTime t, const Family& f, int stage) override {
    first_.on_stage_exit(t, f, stage);
    second_.on_stage_exit(t, f, stage);
  }
  void on_wait_start(engine::SimTime t, const Family& f, int resource) override {
    first_.on_wait_start(t, f, resource);
    second_.on_wait_start(t, f, resource);
  }
  void on_acquire(engine::SimTime t, const Family& f, int resource, int amount,
                  double waited) override {
    first_.on_acquire(t, f, resource, amount, waited);
    second_.on_acquire(t, f, resource, amount, waited);
  }
  void on_wait_abandoned(engine::SimTime t, const Family& f, int resource, double waited) override {
    first_.on_wait_abandoned(t, f, resource, waited);
    second_.on_wait_abandoned(t, f, resource, waited);
  }
  void on_release(engine::SimTime t, const Family& f, int resource, int amount) override {
    first_.on_release(t, f, resource, amount);
    second_.on_release(t, f, resource, amount);
  }
  void on_exit(engine::SimTime t, const Family& f, int exit) override {
    first_.on_exit(t, f, exit);
    second_.on_exit(t, f, exit);
  }
  void on_initial(engine::SimTime t, const Family& f, int stage) override {
    first_.on_initial(t, f, stage);
    second_.on_initial(t, f, stage);
  }
  void on_measure_change(engine::SimTime t, const Family& f, int from, int to) override {
    first_.on_measure_change(t, f, from, to);
    second_.on_measure_change(t, f, from, to);
  }
  void on_measure_move(engine::SimTime t, const Family& f, int measure, bool entering) override {
    first_.on_measure_move(t, f, measure, entering);
    second_.on_measure_move(t, f, measure, entering);
  }
  void on_norm_start(engine::SimTime t, const Family& f, int norm) override {
    first_.on_norm_start(t, f, norm);
    second_.on_norm_start(t, f, norm);
  }
  void on_norm_stop(engine::SimTime t, const Family& f, int norm, engine::SimTime started,
                    bool met) override {
    first_.on_norm_stop(t, f, norm, started, met);
    second_.on_norm_stop(t, f, norm, started, met);
  }
  void on_norm_drop(engine::SimTime t, const Family& f, int norm,
                    engine::SimTime started) override {
    first_.on_norm_drop(t, f, norm, started);
    second_.on_norm_drop(t, f, norm, started);
  }
  void on_capacity(engine::SimTime t, int resource, std::int64_t units) override {
    first_.on_capacity(t, resource, units);
    second_.on_capacity(t, resource, units);
  }
  void on_staff(engine::SimTime t, int resource, double staffed_fte, double left) override {
    first_.on_staff(t, resource, staffed_fte, left);
    second_.on_staff(t, resource, staffed_fte, left);
  }
  void on_review(engine::SimTime t, const Family& f, int review) override {
    first_.on_review(t, f, review);
    second_.on_review(t, f, review);
  }
  void on_finish(engine::SimTime end) override {
    first_.on_finish(end);
    second_.on_finish(end);
  }

 private:
  ChainObserver& first_;
  ChainObserver& second_;
};

}  // namespace ketensim::model
