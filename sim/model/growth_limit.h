// The stop criterion for unstable scenarios. When families arrive faster than a resource
// serves them, its waiting list grows without end, and one replication would hold ever more
// families until memory ran out. This observer ends the replication at the first arrival
// that brings the families alive above run.max_families (every waiting family is alive, so
// every waiting list is bounded by it too), and counts per resource what the report of an
// unstable scenario (instability.h) needs: requests, units held and for how long.
//
// Requests count the families that arrived during the run: the initial stock, placed on the
// start date, is left out, so that their rate is that of the arrivals.
#pragma once

#include <cstdint>
#include <vector>

#include "sim/engine/simulator.h"
#include "sim/model/chain_observer.h"
#include "sim/model/chain_tables.h"

namespace ketensim::model {

class GrowthLimit : public ChainObserver {
 public:
  GrowthLimit(const ChainTables& t, engine::Simulator& sim);

  void attach(const FamilyPool& families) override { families_ = &families; }
  void on_arrival(engine::SimTime t, const Family& f) override;
  void on_wait_start(engine::SimTime t, const Family& f, int resource) override;
  void on_acquire(engine::SimTime t, const Family& f, int resource, int amount,
                  double waited) override;
  void on_release(engine::SimTime t, const Family& f, int resource, int amount) override;

  // Whether, and when, the families alive passed the bound (the replication then stopped).
  bool exceeded() const { return exceeded_; }
  engine::SimTime exceeded_at() const { return exceeded_at_; }
  std::size_t bound() const { return bound_; }
  std::uint64_t arrivals() const { return arrivals_; }

  // Up to the stop: families that asked for the resource, and the mean days a unit was held
  // (units in use integrated over time, per unit released; NaN before any release); the mean
  // units one family takes (NaN before any was taken).
  std::uint64_t requests(int resource) const { return resources_[resource].requests; }
  double mean_hold_days(int resource) const;
  double units_per_family(int resource) const;

 private:
  struct Use {
    std::uint64_t requests = 0;
    std::uint64_t takers = 0;  // families that obtained it, the initial stock included
    double units_taken = 0;
    double units_released = 0;
    double unit_days = 0;  // integral of the units in use, up to `since`
    double in_use = 0;
    double since = 0;
  };
  void change_use(Use& u, engine::SimTime t, double delta);

  std::size_t bound_;
  engine::Simulator& sim_;
  const FamilyPool* families_ = nullptr;
  std::vector<Use> resources_;
  std::uint64_t arrivals_ = 0;
  bool exceeded_ = false;
  engine::SimTime exceeded_at_ = 0;
};

}  // namespace ketensim::model
