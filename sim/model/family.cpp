#include "sim/model/family.h"

#include <algorithm>
#include <cmath>

namespace ketensim::model {

FamilyPool::FamilyPool(int attributes, int stages, int resources, int norms)
    : attribute_count_(attributes),
      stage_count_(stages),
      resource_count_(resources),
      norm_count_(norms) {}

Family& FamilyPool::create() {
  FamilyId id;
  if (free_.empty()) {
    id = static_cast<FamilyId>(families_.size());
    families_.emplace_back();
    attributes_.resize(attributes_.size() + attribute_count_);
    visits_.resize(visits_.size() + stage_count_);
    held_.resize(held_.size() + resource_count_);
    hold_tokens_.resize(hold_tokens_.size() + resource_count_);
    norm_starts_.resize(norm_starts_.size() + norm_count_, std::nan(""));
  } else {
    id = free_.back();
    free_.pop_back();
    std::ranges::fill(slice(attributes_, id, attribute_count_), std::uint8_t{0});
    std::ranges::fill(slice(visits_, id, stage_count_), std::uint16_t{0});
    std::ranges::fill(slice(held_, id, resource_count_), 0);
    std::ranges::fill(slice(hold_tokens_, id, resource_count_), 0u);
    std::ranges::fill(slice(norm_starts_, id, norm_count_), std::nan(""));
  }
  Family& f = families_[id];
  std::uint32_t generation = f.generation + 1;
  f = Family{};
  f.id = id;
  f.generation = generation;
  f.alive = true;
  peak_ = std::max(peak_, ++alive_);
  return f;
}

void FamilyPool::destroy(FamilyId id) {
  families_[id].alive = false;
  ++families_[id].generation;
  free_.push_back(id);
  --alive_;
}

void FamilyPool::clear() {
  families_.clear();
  free_.clear();
  attributes_.clear();
  visits_.clear();
  held_.clear();
  hold_tokens_.clear();
  norm_starts_.clear();
  alive_ = 0;
  peak_ = 0;
}

}  // namespace ketensim::model
