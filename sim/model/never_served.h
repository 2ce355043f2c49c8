// Why a replication stopped because a family can never be served: it needs more places of
// a resource counted per child than the resource will have at any time left in the run
// (its places now, or the most a dated policy or a searched value still gives it). The
// family would wait for ever and every family queued behind it, so the run's results would
// mean nothing. The loader refuses what it can know (scenario::check_families_fit); this
// is the rest: places a policy lowers, or a sweep, search or uncertain draw sets.
#pragma once

#include <cstdint>
#include <string>

#include "sim/engine/time.h"

namespace ketensim::model {

struct NeverServed {
  std::string scenario;
  std::uint64_t replication = 0;
  engine::SimTime day = 0;  // of the stop, from the start
  engine::Date date;
  std::string stage;  // where the family asks
  std::string resource;
  int children = 0;
  std::int64_t need = 0;  // places the family takes
  std::int64_t most = 0;  // the most places the resource has from the stop to the end
};

// The report a person reads: several lines, no trailing newline.
std::string describe(const NeverServed& n);

}  // namespace ketensim::model
