// The jeugdbeschermers behind one caseload resource. Capacity drifts as people leave and
// are replaced: each working person leaves at rate turnover_per_year; the vacancy is filled
// after a hiring delay; a new hire carries a reduced caseload (ramp_up_share) for
// ramp_up_days. A fractional fte is one part-time person. This class keeps the state; the
// chain model schedules the events and draws their times.
#pragma once

#include <cstdint>
#include <vector>

namespace ketensim::model {

class StaffPool {
 public:
  // `fte` staff, all working at full caseload.
  explicit StaffPool(double fte);

  double working_fte() const { return working_; }  // weighted by ramp-up
  double staffed_fte() const { return staffed_; }  // posts filled, whatever their ramp-up
  double post_fte(int person) const { return people_[person].size; }
  int size() const { return static_cast<int>(people_.size()); }
  bool active(int person) const { return people_[person].weight > 0; }
  std::uint32_t generation(int person) const { return people_[person].generation; }
  // Keys the pending departure of a post's holder; a change of the post or of the
  // turnover rate makes it stale.
  std::uint32_t leave_generation(int person) const { return people_[person].leave_generation; }
  void forget_departure(int person) { ++people_[person].leave_generation; }

  void leave(int person);                       // the post becomes vacant
  void hire(int person, double ramp_up_share);  // vacancy filled, at reduced caseload
  void ramp_done(int person);                   // full caseload from now on
  // Grows or shrinks to `fte` (a policy). New posts start filled, at `ramp_up_share`;
  // removed posts go from the end. Returns the index of the first new post (== old size
  // when none were added).
  int resize(double fte, double ramp_up_share);

 private:
  struct Person {
    double size = 1;               // fte of the post
    double weight = 1;             // share of a full caseload carried now (0 = vacant)
    std::uint32_t generation = 0;  // bumped on every change: older events are stale
    std::uint32_t leave_generation = 0;
  };
  void set_weight(int person, double weight);

  std::vector<Person> people_;
  double working_ = 0;
  double staffed_ = 0;
};

}  // namespace ketensim::model
