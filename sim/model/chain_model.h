// One replication of the chain: families arrive (or are there on the start date), pass
// stages, wait for and hold resources, start and end measures, and leave through an exit.
// The model is a generic interpreter of ChainTables; Veilig Thuis, the Raad or a GI are
// data, not code. Results leave only through the ChainObserver. A replication whose
// families alive pass run.max_families stops early as unstable (growth_limit.h), and one
// with a family that needs more places than its resource will ever have again stops at it
// (never_served.h).
//
// Randomness (common random numbers): every draw is keyed by what it is for, not by when it
// happens. A family's key comes from (seed, replication, its stream, its ordinal in that
// stream); its duration and routing at a stage from (family key, stage name, visit number).
// So the same family draws the same numbers in two scenarios wherever its path is the same.
// Staff turnover and arrival times have streams of their own per resource and stream.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "sim/engine/random.h"
#include "sim/engine/simulator.h"
#include "sim/model/arrival_process.h"
#include "sim/model/chain_observer.h"
#include "sim/model/chain_tables.h"
#include "sim/model/family.h"
#include "sim/model/growth_limit.h"
#include "sim/model/instability.h"
#include "sim/model/never_served.h"
#include "sim/model/observer_pair.h"
#include "sim/model/staff_pool.h"
#include "sim/model/waiting_list.h"

namespace ketensim::model {

class ChainModel {
 public:
  // Takes its own copy of the tables: policies change numbers during the run.
  ChainModel(const ChainTables& tables, std::uint64_t replication, ChainObserver& observer);

  // Runs the replication from time 0 to the horizon, or until it proves unstable.
  void run();
  void on_event(const engine::Event& e);  // the simulator's handler

  const engine::Calendar& calendar() const { return calendar_; }
  std::uint64_t events() const { return sim_.events_dispatched(); }
  std::size_t peak_families() const { return families_.peak_alive(); }
  std::size_t families_alive() const { return families_.alive(); }
  std::int64_t in_use(int resource) const { return resources_[resource].in_use; }
  std::size_t waiting(int resource) const { return resources_[resource].waiting.size(); }
  std::int64_t capacity(int resource) const { return resources_[resource].capacity; }
  // Why the run stopped before the horizon, measured at the stop; none when it did not.
  std::optional<Instability> instability() const;
  // The family that stopped the run because it can never be served; none when no such.
  const std::optional<NeverServed>& never_served() const { return never_served_; }

 private:
  enum EventKind : std::uint32_t {
    kArrival,
    kStageDone,
    kWaitLimit,
    kWaitTimer,
    kHoldEnd,
    kStaffLeaves,
    kStaffHired,
    kRampDone,
    kPolicy,
    kReview
  };
  struct ResourceState {
    std::int64_t capacity = 0;
    std::int64_t in_use = 0;
    WaitingList waiting;
    StaffPool staff;
  };

  // Families: arrival, initial state, stages, resources (chain_model.cpp).
  void arrive(int stream);
  void schedule_arrival(int stream);
  Family& new_family(int stream);
  void draw_attributes(Family& f, const std::vector<CompiledArrival::Draw>& draws,
                       engine::RandomStream& rng);
  void place_initial(const CompiledInitial& stock, int index);
  void enter(FamilyId id, NodeIndex node);
  static bool passes_at_once(const CompiledStage& st);
  void begin_stage(Family& f, NodeIndex node);
  void acquire_next(Family& f);
  bool try_take(Family& f, int resource);
  void start_waiting(Family& f, int resource);
  void start_service(Family& f);
  void schedule_service_end(Family& f, double remaining);
  bool in_service(const Family& f) const;
  void redraw_service(Family& f);
  double service_time(Family& f, const CompiledStage& st);
  void finish_stage(FamilyId id);
  NodeIndex end_stage(Family& f);
  void give_up_waiting(FamilyId id);
  bool wait_limit_due(const Family& f) const;
  double wait_limit(const Family& f) const;
  bool wait_timer_due(const Family& f) const;
  void stop_waiting(FamilyId id, NodeIndex next);
  double timer_left(const Family& f, const CompiledTimer& tm) const;
  int earliest_timer(const Family& f, double& remaining) const;
  void set_attributes(Family& f, const CompiledStage& st);
  void start_hold(Family& f, int resource);
  void end_hold(FamilyId id, std::uint64_t token);
  NodeIndex route(Family& f, const CompiledStage& st);
  bool holds(const Family& f, const CompiledCondition& c);
  void release(Family& f, int resource);
  void serve(int resource);
  const WaitingEntry* waiting_head(int resource);
  void stop_if_never_served(const Family& f, int resource, std::int64_t need);
  void leave(Family& f, NodeIndex exit);
  std::int64_t amount(const Family& f, int resource) const;
  engine::RandomStream stage_stream(const Family& f, const CompiledStage& st,
                                    std::uint64_t purpose);
  void set_measure(Family& f, int measure);
  void norm_event(Family& f, scenario::NormEvent::Kind kind, int index);

  // Staff and policies (chain_model_dynamics.cpp).
  void start_staff(int resource);
  void schedule_leaving(int resource, int person);
  void staff_leaves(int resource, int person);
  void staff_hired(int resource, int person);
  void update_capacity(int resource);
  void staff_changed(int resource, double left);
  void set_turnover(int resource);
  void schedule_policies();
  void apply_policy(int policy, int step);
  void apply_change(const CompiledChange& c, double value);
  double current_value(const CompiledChange& c) const;
  void set_arrival_rate(int stream, double value);
  void set_arrival_trend(int stream, double value);
  void set_duration(int stage, const std::string& key, double value);
  void restart_arrivals(int stream);
  void max_wait_changed(int stage);
  void reschedule_wait(Family& f);

  // Reviews of long waits (chain_model_dynamics.cpp).
  void schedule_review(int review, int round);
  void review(int review, int round);

  ChainTables t_;
  std::uint64_t replication_;
  engine::Calendar calendar_;
  engine::Simulator sim_;
  GrowthLimit growth_limit_;
  ObserverPair observer_;  // the caller's observer, then the growth limit
  FamilyPool families_;
  std::vector<ResourceState> resources_;
  std::vector<ArrivalProcess> arrival_processes_;
  std::vector<engine::RandomStream> arrival_rngs_;
  std::vector<std::uint32_t> arrival_generation_;  // bumped when a rate changes
  std::vector<std::uint64_t> family_keys_;         // per stream, then per initial stock
  std::vector<std::uint32_t> ordinals_;            // families created per stream
  std::vector<engine::RandomStream> staff_rngs_;
  std::vector<std::vector<double>> policy_start_values_;
  std::uint64_t redraws_ = 0;                // keys the redraws of each duration change
  std::uint32_t hold_serial_ = 0;            // numbers the holds (hold_token)
  std::vector<bool> reported_;               // per attribute: in report_by
  std::optional<NeverServed> never_served_;  // set when it stops the run
};

}  // namespace ketensim::model
