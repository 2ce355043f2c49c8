// The KPIs of one replication, collected as a ChainObserver: flows per period, stocks at
// each period end (31-12), time averages, waits, measures per type (and per region or any
// `report_by` attribute) and the inspection norms. Periods are calendar years plus "all"
// (the whole run). Every KPI's name, unit and meaning is defined once, in the table in
// kpi_table.cpp; the code that measures it is in chain_statistics*.cpp.
#pragma once

#include <vector>

#include "sim/model/chain_observer.h"
#include "sim/model/chain_tables.h"
#include "sim/model/open_clocks.h"
#include "sim/stats/kpi_catalog.h"

namespace ketensim::model {

class ChainStatistics : public ChainObserver {
 public:
  // The catalog of every KPI this collector fills for a chain.
  static stats::KpiCatalog catalog(const ChainTables& t);

  ChainStatistics(const ChainTables& t, const stats::KpiCatalog& catalog);

  void attach(const FamilyPool& families) override { families_ = &families; }
  void on_arrival(engine::SimTime, const Family&) override;
  void on_initial(engine::SimTime, const Family&, int stage) override;
  void on_stage_enter(engine::SimTime, const Family&, int stage) override;
  void on_stage_exit(engine::SimTime, const Family&, int stage) override;
  void on_wait_start(engine::SimTime, const Family&, int resource) override;
  void on_acquire(engine::SimTime, const Family&, int resource, int amount, double waited) override;
  void on_wait_abandoned(engine::SimTime, const Family&, int resource, double waited) override;
  void on_release(engine::SimTime, const Family&, int resource, int amount) override;
  void on_exit(engine::SimTime, const Family&, int exit) override;
  void on_measure_change(engine::SimTime, const Family&, int from, int to) override;
  void on_measure_move(engine::SimTime, const Family&, int measure, bool entering) override;
  void on_norm_start(engine::SimTime, const Family&, int norm) override;
  void on_norm_stop(engine::SimTime, const Family&, int norm, engine::SimTime started,
                    bool met) override;
  void on_norm_drop(engine::SimTime, const Family&, int norm, engine::SimTime started) override;
  void on_capacity(engine::SimTime, int resource, std::int64_t units) override;
  void on_staff(engine::SimTime, int resource, double staffed_fte, double left) override;
  void on_review(engine::SimTime, const Family&, int review) override;
  void on_finish(engine::SimTime end) override;

  // The replication's values, aligned with the catalog (valid after on_finish).
  const std::vector<double>& values() const { return values_; }

 private:
  // A quantity whose time average is reported (families in the chain, children in a stage...).
  struct Level {
    double level = 0;
    double last = 0;
    std::size_t cells = 0;  // catalog index of its time-average KPI for its subject, period 0
  };
  // `count` levels of the time-average KPI `kpi_mean`, one per subject 0 .. count-1.
  std::vector<Level> levels(int kpi_mean, std::size_t count) const;

  // The helpers below run several times per event: inline, and each finds its cells once.
  void advance(engine::SimTime t) {
    while (period_ < all_ - 1 && t >= boundaries_[period_]) close_period(boundaries_[period_]);
  }
  // Adds the area under `l` since its last change to the current period and "all".
  void integrate(Level& l, engine::SimTime t) {
    double area = l.level * (t - l.last);
    values_[l.cells + period_] += area;
    values_[l.cells + all_] += area;
    l.last = t;
  }
  void change(Level& l, engine::SimTime t, double delta) {
    advance(t);
    integrate(l, t);
    l.level += delta;
  }
  // Adds x to the current period and "all".
  void add(int kpi, int subject, double x) {
    std::size_t cells = catalog_.index(kpi, subject, 0);
    values_[cells + period_] += x;
    values_[cells + all_] += x;
  }
  // An observation of a mean KPI.
  void add_mean(int kpi, int subject, double x) {
    add(kpi, subject, x);
    std::size_t cells = catalog_.index(kpi, subject, 0);
    counts_[cells + period_] += 1;
    counts_[cells + all_] += 1;
  }
  void close_period(engine::SimTime boundary);
  void snapshot(int period, engine::SimTime at);
  void average(int period, double length);
  void costs(int period, double length);
  void carry_served(int period);
  void finish_means();
  // Calls visit(subject) for the measure's own subject, then one per `report_by` attribute.
  template <class Visit>
  void for_each_measure_subject(const Family& f, int measure, Visit visit) const;
  void measure_flow(engine::SimTime t, const Family& f, int measure, int sign,
                    bool breakdown_only = false);
  int over_norm(const OpenClocks& open, int norm, engine::SimTime at) const;
  void placed(int resource, double waited);
  int subject_count(int kpi) const { return subject_counts_[kpi]; }
  double& at(int kpi, int subject, int period) {
    return values_[catalog_.index(kpi, subject, period)];
  }

  const ChainTables& t_;
  const stats::KpiCatalog& catalog_;
  engine::Calendar calendar_;
  std::vector<double> values_;
  std::vector<double> counts_;      // observations behind each mean KPI cell
  std::vector<double> boundaries_;  // period p ends at boundaries_[p]
  int period_ = 0;
  int all_ = 0;  // index of the "all" period
  double period_start_ = 0;
  Level in_system_;
  std::vector<Level> stage_children_, in_use_, queue_, capacity_, cases_, measure_children_, staff_;
  std::vector<double> holding_children_;  // per resource: children holding it now
  std::vector<OpenClocks> open_norms_, open_waits_;
  std::vector<std::int64_t> capacity_units_;
  std::vector<int> subject_counts_;  // per KPI
  int measure_width_ = 1;            // subjects per measure: itself + each report_by value
  const FamilyPool* families_ = nullptr;
};

}  // namespace ketensim::model
