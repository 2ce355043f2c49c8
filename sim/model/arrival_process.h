// The arrival times of one stream: a Poisson process whose rate is piecewise constant per
// calendar month, rate = yearly rate / days in that year x the month's seasonality factor
// (so a calendar year brings its yearly rate on average), where the
// yearly rate is the rate_by_year entry of the latest listed year not after this one, times
// (1 + trend)^(years since that year), or else families_per_year x (1 + trend)^(years since
// start); years after trend_until count as trend_until. Sampled exactly by inverting the cumulative
// rate with one unit exponential per arrival, so a stream uses the same random numbers whatever its
// rate.
#pragma once

#include "sim/engine/random.h"
#include "sim/engine/time.h"
#include "sim/model/chain_tables.h"

namespace ketensim::model {

class ArrivalProcess {
 public:
  ArrivalProcess(const CompiledArrival& stream, const engine::Calendar& calendar);
  // The next arrival after `now`, or a time > `horizon` when there is none before it.
  engine::SimTime next(engine::SimTime now, engine::SimTime horizon, engine::RandomStream& rng);
  double rate_at(engine::SimTime t) const;  // families per day
  double yearly_rate(int year) const;       // families per year
  // The stream's numbers changed (a policy): rates are worked out afresh from now on.
  void rates_changed() { piece_ = {}; }

 private:
  // A month of constant rate, [start, end). Arrivals are many per month, so the month last
  // used is kept rather than worked out from the calendar at every arrival.
  struct Piece {
    engine::SimTime start = 0, end = 0;  // empty until first used
    double rate = 0;
  };
  const Piece& piece_at(engine::SimTime t);
  engine::SimTime piece_end(engine::SimTime t) const;  // start of the next month

  const CompiledArrival& stream_;
  const engine::Calendar& calendar_;
  Piece piece_;
};

}  // namespace ketensim::model
