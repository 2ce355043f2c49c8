// The KPIs of one replication, collected as a ChainObserver: flows per period, stocks at
// each period end (31-12), time averages, waiting and lead times. Periods are calendar years
// plus "all" (the whole run). Every KPI's name, unit and meaning is defined once, in the
// table in chain_statistics.cpp, next to the code that measures it.
#pragma once

#include <vector>

#include "sim/model/chain_observer.h"
#include "sim/model/chain_tables.h"
#include "sim/stats/kpi_catalog.h"

namespace ketensim::model {

class ChainStatistics : public ChainObserver {
 public:
  // The catalog of every KPI this collector fills for a chain.
  static stats::KpiCatalog catalog(const ChainTables& t);

  ChainStatistics(const ChainTables& t, const stats::KpiCatalog& catalog,
                  const std::vector<std::int64_t>& capacities);

  void on_arrival(engine::SimTime, const Family&) override;
  void on_stage_enter(engine::SimTime, const Family&, int stage) override;
  void on_stage_exit(engine::SimTime, const Family&, int stage) override;
  void on_wait_start(engine::SimTime, const Family&, int resource) override;
  void on_acquire(engine::SimTime, const Family&, int resource, int amount, double waited) override;
  void on_wait_abandoned(engine::SimTime, const Family&, int resource, double waited) override;
  void on_release(engine::SimTime, const Family&, int resource, int amount) override;
  void on_exit(engine::SimTime, const Family&, int exit) override;
  void on_finish(engine::SimTime end) override;

  // The replication's values, aligned with the catalog (valid after on_finish).
  const std::vector<double>& values() const { return values_; }

 private:
  // A quantity whose time average is reported (families in the chain, children in a stage...).
  struct Level {
    double level = 0;
    double last = 0;
  };

  void advance(engine::SimTime t);
  void close_period(engine::SimTime boundary);
  void change(Level& l, int kpi_mean, int subject, engine::SimTime t, double delta);
  void integrate(Level& l, int kpi_mean, int subject, engine::SimTime t);
  void add(int kpi, int subject, double x);            // to the current period and "all"
  void add_mean(int kpi, int subject, double x);       // an observation of a mean KPI
  void finish_means();
  double& at(int kpi, int subject, int period) { return values_[catalog_.index(kpi, subject, period)]; }

  const ChainTables& t_;
  const stats::KpiCatalog& catalog_;
  std::vector<std::int64_t> capacities_;
  std::vector<double> values_;
  std::vector<double> counts_;        // observations behind each mean KPI cell
  std::vector<double> boundaries_;    // period p ends at boundaries_[p]
  int period_ = 0;
  int all_ = 0;                       // index of the "all" period
  double period_start_ = 0;
  Level in_system_;
  std::vector<Level> stage_children_, in_use_, queue_;
};

}  // namespace ketensim::model
