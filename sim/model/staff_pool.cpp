#include "sim/model/staff_pool.h"

#include <cmath>

namespace ketensim::model {

StaffPool::StaffPool(double fte) {
  resize(fte, 1.0);
}

void StaffPool::set_weight(int person, double weight) {
  Person& p = people_[person];
  working_ += (weight - p.weight) * p.size;
  staffed_ += ((weight > 0) - (p.weight > 0)) * p.size;
  p.weight = weight;
  ++p.generation;
  ++p.leave_generation;
}

void StaffPool::leave(int person) {
  set_weight(person, 0);
}

void StaffPool::hire(int person, double ramp_up_share) {
  set_weight(person, ramp_up_share);
}

// The holder stays in post, so the departure already drawn for them stays due: without
// this a starter whose ramp-up ended never left again, and turnover died out.
void StaffPool::ramp_done(int person) {
  std::uint32_t departure = people_[person].leave_generation;
  set_weight(person, 1);
  people_[person].leave_generation = departure;
}

int StaffPool::resize(double fte, double ramp_up_share) {
  int old_size = size();
  double whole = std::floor(fte + 1e-9);
  double part = fte - whole;
  std::size_t wanted = static_cast<std::size_t>(whole) + (part > 1e-9 ? 1 : 0);
  while (people_.size() > wanted) {
    set_weight(size() - 1, 0);
    people_.pop_back();
  }
  for (std::size_t i = people_.size(); i < wanted; ++i) {
    people_.push_back({1, 0, 0});
    set_weight(size() - 1, ramp_up_share);
  }
  for (int i = 0; i < size(); ++i) {  // post sizes follow the new fte exactly
    double s = (i == size() - 1 && part > 1e-9) ? part : 1.0;
    working_ += (s - people_[i].size) * people_[i].weight;
    staffed_ += people_[i].weight > 0 ? s - people_[i].size : 0;
    people_[i].size = s;
  }
  return std::min(old_size, size());
}

}  // namespace ketensim::model
