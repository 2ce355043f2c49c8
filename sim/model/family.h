// A family moving through the chain (the model's "case"), and the pool that holds the
// families alive in one replication. Per-family arrays (attribute values, visits per stage,
// units held per resource) live in flat vectors inside the pool, so creating a family never
// allocates once the pool has grown to the peak number alive.
#pragma once

#include <cstdint>
#include <limits>
#include <span>
#include <vector>

#include "sim/engine/time.h"

namespace ketensim::model {

using FamilyId = std::uint32_t;

struct Family {
  FamilyId id = 0;
  std::uint32_t generation = 0;  // bumped on reuse and on every new wait: stale events are ignored
  std::uint32_t ordinal = 0;     // n-th family of its arrival stream: keys its random draws
  std::uint64_t random_key = 0;  // derive_key(stream key, ordinal)
  std::int16_t stream = 0;
  std::int16_t stage = -1;  // current stage, -1 when between stages
  std::int16_t children = 1;
  std::int16_t priority = 0;
  std::int16_t acquire_pos = 0;   // position in the current stage's acquire list
  std::int16_t waiting_for = -1;  // resource index while on a waiting list
  std::uint32_t hand_offs = 0;    // stages entered
  std::int16_t measure = -1;      // measure held, -1 none
  std::int16_t timer = -1;        // the stage's timer that ends the current service, -1 none
  bool initial = false;           // in the chain on the start date, not an arrival
  engine::SimTime birth = std::numeric_limits<double>::quiet_NaN();  // NaN: age unknown
  engine::SimTime arrived = 0;
  engine::SimTime stage_entered = 0;
  engine::SimTime wait_started = 0;
  engine::SimTime measure_started = 0;  // when the current measure started
  bool alive = false;
};

class FamilyPool {
 public:
  FamilyPool(int attributes, int stages, int resources, int norms = 0);

  Family& create();  // a fresh family with zeroed arrays
  void destroy(FamilyId id);
  Family& operator[](FamilyId id) { return families_[id]; }
  const Family& operator[](FamilyId id) const { return families_[id]; }
  std::size_t alive() const { return alive_; }
  FamilyId slots() const { return static_cast<FamilyId>(families_.size()); }  // ids in use or free
  std::size_t peak_alive() const { return peak_; }
  void clear();

  std::span<std::uint8_t> attributes(FamilyId id) {
    return slice(attributes_, id, attribute_count_);
  }
  std::span<const std::uint8_t> attributes(FamilyId id) const {
    return {attributes_.data() + std::size_t(id) * attribute_count_, std::size_t(attribute_count_)};
  }
  std::uint16_t& visits(FamilyId id, int stage) {
    return visits_[std::size_t(id) * stage_count_ + stage];
  }
  std::uint16_t visits(FamilyId id, int stage) const {
    return visits_[std::size_t(id) * stage_count_ + stage];
  }
  std::int64_t& held(FamilyId id, int resource) {
    return held_[std::size_t(id) * resource_count_ + resource];
  }
  // Start of each norm's clock: NaN not started, +inf stopped.
  double& norm_start(FamilyId id, int norm) {
    return norm_starts_[std::size_t(id) * norm_count_ + norm];
  }
  // The serial number of the hold on a resource (a stage's `hold`): a holding time that ends
  // releases the resource only if it is still this hold.
  std::uint32_t& hold_token(FamilyId id, int resource) {
    return hold_tokens_[std::size_t(id) * resource_count_ + resource];
  }

 private:
  template <class T>
  static std::span<T> slice(std::vector<T>& v, FamilyId id, int width) {
    return {v.data() + std::size_t(id) * width, std::size_t(width)};
  }

  int attribute_count_, stage_count_, resource_count_, norm_count_;
  std::vector<Family> families_;
  std::vector<FamilyId> free_;
  std::vector<std::uint8_t> attributes_;
  std::vector<std::uint16_t> visits_;
  std::vector<std::int64_t> held_;
  std::vector<double> norm_starts_;
  std::vector<std::uint32_t> hold_tokens_;
  std::size_t alive_ = 0;
  std::size_t peak_ = 0;
};

}  // namespace ketensim::model
