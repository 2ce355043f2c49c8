// Why a replication stopped as unstable (growth_limit.h), in the terms a capacity question is
// asked in: where the families pile up, how many ask for that resource a year and how many
// it can serve. Every figure is measured in the replication up to the stop, except the
// service capacity, which is estimated from the measured holding time (Little's law: the
// families held at once divided by the mean time each is held).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "sim/engine/time.h"

namespace ketensim::model {

// The resource with the longest waiting list when the replication stopped.
struct CrowdedResource {
  std::string name;
  std::size_t waiting = 0;
  std::uint64_t requests = 0;   // families that asked for it since the start
  double families_at_once = 0;  // its capacity in families: units / units per family; NaN:
                                // nobody obtained it yet, so the units per family are unknown
  double mean_hold_days = 0;    // NaN: nobody released it yet
};

struct Instability {
  std::string scenario;
  std::uint64_t replication = 0;
  engine::SimTime day = 0;  // of the stop, from the start
  engine::Date date;
  std::size_t families = 0;                 // alive at the stop
  std::size_t bound = 0;                    // run.max_families
  std::uint64_t arrivals = 0;               // families arrived since the start
  std::optional<CrowdedResource> resource;  // none when no family waits
  std::string stage;                        // the stage holding the most families
  std::size_t stage_families = 0;
};

// The report a person reads: several lines, no trailing newline.
std::string describe(const Instability& i);

}  // namespace ketensim::model
