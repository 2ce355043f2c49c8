// Two scenarios' KPIs paired by key (kpi, subject, period), and the replication-by-
// replication differences (alternative - base) of each pair. With common random numbers the
// two values of one replication share most of their randomness, so the difference varies
// far less than each value does and its interval is much narrower than the two intervals
// suggest. A KPI one scenario has and the other lacks (a stage or resource only one
// defines) is listed, not paired.
#pragma once

#include <optional>
#include <vector>

#include "sim/stats/confidence.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"
#include "sim/stats/summary_accumulator.h"

namespace ketensim::stats {

class PairedKpis {
 public:
  struct Pair {
    std::size_t base = 0;         // index in the base catalog
    std::size_t alternative = 0;  // index in the alternative's catalog
  };

  PairedKpis(const KpiCatalog& base, const KpiCatalog& alternative);

  // One replication of both scenarios (same replication number); a pair where either value
  // is NaN is left out of that pair's differences.
  void add(const std::vector<double>& base, const std::vector<double>& alternative);

  const std::vector<Pair>& pairs() const { return pairs_; }
  Summary difference(std::size_t pair) const { return differences_[pair].summary(); }
  // The difference's 95% interval alone, without its percentiles: cheap enough to ask after
  // every batch of replications.
  Interval difference_interval(std::size_t pair) const {
    return interval_95(differences_[pair].moments());
  }
  // The pair of the base catalog's KPI `base`, if the alternative has it too.
  std::optional<std::size_t> pair_of(std::size_t base) const;
  const std::vector<std::size_t>& only_in_base() const { return only_in_base_; }
  const std::vector<std::size_t>& only_in_alternative() const { return only_in_alternative_; }

 private:
  std::vector<Pair> pairs_;                      // in base catalog order
  std::vector<SummaryAccumulator> differences_;  // per pair
  std::vector<std::size_t> only_in_base_, only_in_alternative_;
};

}  // namespace ketensim::stats
