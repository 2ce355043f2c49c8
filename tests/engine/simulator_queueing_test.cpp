// An M/M/1 queue written directly against the Simulator: its mean waiting time in queue must
// match the analytic Wq = rho / (mu - lambda) (e.g. Kleinrock, Queueing Systems I, 1975).
#include <doctest/doctest.h>

#include <deque>

#include "sim/engine/distribution.h"
#include "sim/engine/simulator.h"

namespace ketensim::engine {
namespace {

enum Kind : std::uint32_t { kArrival, kDeparture };

class SingleServerQueue {
 public:
  SingleServerQueue(Simulator& sim, double lambda, double mu, std::uint64_t customers)
      : sim_(sim),
        interarrival_(Distribution::exponential(1 / lambda)),
        service_(Distribution::exponential(1 / mu)),
        customers_(customers) {}

  void start() { sim_.schedule(interarrival_.sample(arrivals_), kArrival, 0); }

  void on_event(const Event& e) {
    if (e.kind == kArrival)
      arrive();
    else
      depart();
  }

  double mean_wait() const { return total_wait_ / static_cast<double>(served_); }
  std::uint64_t served() const { return served_; }

 private:
  void arrive() {
    if (++arrived_ < customers_) sim_.schedule_in(interarrival_.sample(arrivals_), kArrival, 0);
    if (busy_)
      waiting_.push_back(sim_.now());
    else
      begin_service(sim_.now());
  }

  void depart() {
    busy_ = false;
    if (waiting_.empty()) return;
    begin_service(waiting_.front());
    waiting_.pop_front();
  }

  void begin_service(SimTime arrived_at) {
    busy_ = true;
    total_wait_ += sim_.now() - arrived_at;
    ++served_;
    sim_.schedule_in(service_.sample(services_), kDeparture, 0);
  }

  Simulator& sim_;
  Distribution interarrival_, service_;
  RandomStream arrivals_{derive_key(11, 0, "arrivals")};
  RandomStream services_{derive_key(11, 0, "services")};
  std::uint64_t customers_;
  std::uint64_t arrived_ = 0, served_ = 0;
  bool busy_ = false;
  std::deque<SimTime> waiting_;
  double total_wait_ = 0;
};

TEST_CASE("M/M/1 mean waiting time matches rho / (mu - lambda)") {
  const double lambda = 0.5, mu = 1.0;
  Simulator sim;
  SingleServerQueue queue(sim, lambda, mu, 1'000'000);
  queue.start();
  sim.run_until(1e12, queue);
  CHECK(queue.served() == 1'000'000);
  CHECK(sim.pending() == 0);
  const double rho = lambda / mu;
  CHECK(queue.mean_wait() == doctest::Approx(rho / (mu - lambda)).epsilon(0.03));
}

}  // namespace
}  // namespace ketensim::engine
