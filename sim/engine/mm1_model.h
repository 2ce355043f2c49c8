// The standard workload of the engine's speed (DESIGN.md, Targets): an M/M/1 queue, one
// server with FIFO waiting, written directly against the Simulator. Each customer is four
// events, the four a process-based simulator such as SimPy schedules for it: arrival, start
// of service (the server is acquired), end of service, departure (the server is released).
// tools/bench times it against the same model in SimPy (tools/benchmarks/mm1.py); its mean
// wait in queue is Wq = rho / (mu - lambda) (Kleinrock, Queueing Systems I, 1975).
#pragma once

#include <cstdint>
#include <deque>
#include <limits>

#include "sim/engine/distribution.h"
#include "sim/engine/random.h"
#include "sim/engine/simulator.h"

namespace ketensim::engine {

class Mm1Model {
 public:
  enum Kind : std::uint32_t { kArrival, kServiceStart, kServiceEnd, kDeparture };

  // Arrival rate `lambda` and service rate `mu` per time unit; `customers` arrive in all.
  Mm1Model(Simulator& sim, double lambda, double mu, std::uint64_t customers, std::uint64_t seed)
      : sim_(sim),
        interarrival_(Distribution::exponential(1 / lambda)),
        service_(Distribution::exponential(1 / mu)),
        customers_(customers),
        arrivals_(derive_key(seed, 0, "arrivals")),
        services_(derive_key(seed, 0, "services")) {}

  // Runs all customers through; returns the events dispatched (4 per customer).
  std::uint64_t run() {
    if (customers_ > 0) sim_.schedule(interarrival_.sample(arrivals_), kArrival, 0);
    return sim_.run_until(std::numeric_limits<SimTime>::infinity(), *this);
  }

  void on_event(const Event& e) {
    switch (e.kind) {
      case kArrival:
        return arrive();
      case kServiceStart:
        return start_service();
      case kServiceEnd:
        return sim_.schedule_in(0, kDeparture, 0), void();
      default:
        return depart();
    }
  }

  double mean_wait() const { return total_wait_ / static_cast<double>(served_); }
  std::uint64_t served() const { return served_; }

 private:
  void arrive() {
    if (++arrived_ < customers_) sim_.schedule_in(interarrival_.sample(arrivals_), kArrival, 0);
    waiting_.push_back(sim_.now());
    if (!busy_) acquire();
  }

  void acquire() {
    busy_ = true;
    sim_.schedule_in(0, kServiceStart, 0);
  }

  void start_service() {
    total_wait_ += sim_.now() - waiting_.front();
    waiting_.pop_front();
    ++served_;
    sim_.schedule_in(service_.sample(services_), kServiceEnd, 0);
  }

  void depart() {
    busy_ = false;
    if (!waiting_.empty()) acquire();
  }

  Simulator& sim_;
  Distribution interarrival_, service_;
  std::uint64_t customers_;
  RandomStream arrivals_, services_;
  std::uint64_t arrived_ = 0, served_ = 0;
  bool busy_ = false;
  std::deque<SimTime> waiting_;  // arrival times, first come first served
  double total_wait_ = 0;
};

}  // namespace ketensim::engine
