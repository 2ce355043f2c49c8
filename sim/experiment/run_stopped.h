// Why a run ends before its last replication. Both carry a message a person reads; only the
// command line maps them to exit codes.
#pragma once

#include <stdexcept>

namespace ketensim::experiment {

// A replication stopped because more families were alive than run.max_families allows
// (sim/model/growth_limit.h): the scenario's queues grow without bound, so no result of it
// means anything. Or because a family needs more places than its resource will ever have
// again (sim/model/never_served.h): its queue never moves. The first such replication in
// replication order is the one reported, so the message is the same at any thread count.
class UnstableScenario : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A stop was requested (ExperimentOptions::stop_requested) before every replication ran, in
// a computation whose partial result is not kept (a sweep, a capacity search, a comparison).
class Interrupted : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace ketensim::experiment
