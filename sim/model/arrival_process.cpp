#include "sim/model/arrival_process.h"

#include <cmath>

namespace ketensim::model {

ArrivalProcess::ArrivalProcess(const CompiledArrival& stream, const engine::Calendar& calendar)
    : stream_(stream), calendar_(calendar) {}

double ArrivalProcess::rate_at(engine::SimTime t) const {
  engine::Date d = calendar_.date_at(t);
  int years = d.year - calendar_.start().year;
  double trend = std::pow(1.0 + stream_.trend, years);
  return stream_.families_per_year / 365.25 * trend * stream_.seasonality[d.month - 1];
}

engine::SimTime ArrivalProcess::piece_end(engine::SimTime t) const {
  engine::Date d = calendar_.date_at(t);
  engine::Date next = d.month == 12 ? engine::Date{d.year + 1, 1, 1} : engine::Date{d.year, d.month + 1, 1};
  return calendar_.time_of(next);
}

engine::SimTime ArrivalProcess::next(engine::SimTime now, engine::SimTime horizon,
                                     engine::RandomStream& rng) const {
  double remaining = -std::log(rng.uniform01());  // unit exponential: cumulative rate to cover
  engine::SimTime t = now;
  while (t <= horizon) {
    engine::SimTime end = piece_end(t);
    double rate = rate_at(t);
    if (rate > 0 && rate * (end - t) >= remaining) return t + remaining / rate;
    remaining -= rate * (end - t);
    t = end;
  }
  return t;
}

}  // namespace ketensim::model
