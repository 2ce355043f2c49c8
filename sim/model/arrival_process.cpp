#include "sim/model/arrival_process.h"

#include <algorithm>
#include <cmath>
#include <iterator>

namespace ketensim::model {

ArrivalProcess::ArrivalProcess(const CompiledArrival& stream, const engine::Calendar& calendar)
    : stream_(stream), calendar_(calendar) {}

// A year's rate is spread over that year's own days, so a calendar year brings
// yearly_rate(year) families on average, leap year or not.
double ArrivalProcess::rate_at(engine::SimTime t) const {
  engine::Date d = calendar_.date_at(t);
  double days = calendar_.year_start(d.year + 1) - calendar_.year_start(d.year);
  return yearly_rate(d.year) / days * stream_.seasonality[d.month - 1];
}

double ArrivalProcess::yearly_rate(int year) const {
  const auto& by_year = stream_.rate_by_year;
  if (!by_year.empty() && year >= by_year.front().first) {
    auto it = std::upper_bound(by_year.begin(), by_year.end(), std::make_pair(year, 1e300));
    auto [listed, rate] = *std::prev(it);
    int years = std::max(0, std::min(year, stream_.trend_until) - listed);
    return years == 0 ? rate : rate * std::pow(1.0 + stream_.trend, years);
  }
  int years = std::max(0, std::min(year, stream_.trend_until) - calendar_.start().year);
  return stream_.families_per_year * std::pow(1.0 + stream_.trend, years);
}

engine::SimTime ArrivalProcess::piece_end(engine::SimTime t) const {
  engine::Date d = calendar_.date_at(t);
  engine::Date next =
      d.month == 12 ? engine::Date{d.year + 1, 1, 1} : engine::Date{d.year, d.month + 1, 1};
  return calendar_.time_of(next);
}

const ArrivalProcess::Piece& ArrivalProcess::piece_at(engine::SimTime t) {
  if (!(piece_.start <= t && t < piece_.end)) {
    engine::Date d = calendar_.date_at(t);
    piece_ = {calendar_.time_of({d.year, d.month, 1}), piece_end(t), rate_at(t)};
  }
  return piece_;
}

engine::SimTime ArrivalProcess::next(engine::SimTime now, engine::SimTime horizon,
                                     engine::RandomStream& rng) {
  double remaining = -std::log(rng.uniform01());  // unit exponential: cumulative rate to cover
  engine::SimTime t = now;
  while (t <= horizon) {
    const Piece& p = piece_at(t);
    if (p.rate > 0 && p.rate * (p.end - t) >= remaining) return t + remaining / p.rate;
    remaining -= p.rate * (p.end - t);
    t = p.end;
  }
  return t;
}

}  // namespace ketensim::model
