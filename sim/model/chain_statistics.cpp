#include "sim/model/chain_statistics.h"

#include <cmath>
#include <string>

namespace ketensim::model {
namespace {

enum class Subjects { chain, streams, exits, stages, resources };

enum Kpi : int {
  kArrivals, kArrivalsChildren, kExits, kExitsChildren,
  kInSystemEnd, kInSystemMean, kLeadTime, kHandOffs,
  kStageInflow, kStageOutflow, kStageStockEnd, kStageStockMean, kStageTime,
  kWaitMean, kWaitedShare, kWaitAbandoned, kQueueEnd, kQueueMean, kInUseMean, kUtilisation,
  kCount
};

struct Definition {
  stats::KpiDefinition def;
  Subjects subjects;
  bool is_mean;   // a mean over observations, divided at the end
};

// The KPI table: name, unit, meaning, measured for whom. Order = the Kpi enum.
const Definition kTable[kCount] = {
    {{"arrivals", "families", "families arriving in the period"}, Subjects::streams, false},
    {{"arrivals_children", "children", "children in the families arriving"}, Subjects::streams, false},
    {{"exits", "families", "families leaving the chain through this exit"}, Subjects::exits, false},
    {{"exits_children", "children", "children in the families leaving"}, Subjects::exits, false},
    {{"in_system_end", "families", "families in the chain at the period end"}, Subjects::chain, false},
    {{"in_system_mean", "families", "time-average families in the chain"}, Subjects::chain, false},
    {{"lead_time_mean", "days", "mean days from arrival to exit, families exiting"}, Subjects::chain, true},
    {{"stages_per_family_mean", "stages", "mean stages entered per family exiting"}, Subjects::chain, true},
    {{"stage_inflow", "children", "children entering the stage"}, Subjects::stages, false},
    {{"stage_outflow", "children", "children leaving the stage"}, Subjects::stages, false},
    {{"stage_stock_end", "children", "children in the stage at the period end (31-12)"}, Subjects::stages, false},
    {{"stage_stock_mean", "children", "time-average children in the stage"}, Subjects::stages, false},
    {{"stage_time_mean", "days", "mean days in the stage (waiting included), families leaving it"}, Subjects::stages, true},
    {{"wait_mean", "days", "mean wait before obtaining the resource, families obtaining it"}, Subjects::resources, true},
    {{"waited_share", "share", "share of families obtaining the resource who had to wait"}, Subjects::resources, true},
    {{"wait_abandoned", "families", "families leaving the waiting list after the maximum wait"}, Subjects::resources, false},
    {{"queue_end", "families", "families waiting at the period end"}, Subjects::resources, false},
    {{"queue_mean", "families", "time-average families waiting"}, Subjects::resources, false},
    {{"in_use_mean", "units", "time-average units in use (places or cases)"}, Subjects::resources, false},
    {{"utilisation", "share", "time-average units in use / capacity"}, Subjects::resources, false},
};

std::vector<std::string> subjects_of(Subjects s, const ChainTables& t) {
  std::vector<std::string> out;
  switch (s) {
    case Subjects::chain: return {"all"};
    case Subjects::streams: for (const auto& a : t.arrivals) out.push_back(a.name); break;
    case Subjects::exits: out = t.exits; break;
    case Subjects::stages: for (const auto& st : t.stages) out.push_back(st.name); break;
    case Subjects::resources: for (const auto& r : t.resources) out.push_back(r.name); break;
  }
  return out;
}

}  // namespace

stats::KpiCatalog ChainStatistics::catalog(const ChainTables& t) {
  engine::Calendar cal(t.start);
  std::vector<std::string> periods;
  int last = cal.year_at(std::nextafter(t.horizon_days, 0.0));
  for (int y = t.start.year; y <= last; ++y) periods.push_back(std::to_string(y));
  periods.push_back("all");
  stats::KpiCatalog c(periods);
  for (const auto& d : kTable) c.add(d.def, subjects_of(d.subjects, t));
  return c;
}

ChainStatistics::ChainStatistics(const ChainTables& t, const stats::KpiCatalog& catalog,
                                 const std::vector<std::int64_t>& capacities)
    : t_(t),
      catalog_(catalog),
      capacities_(capacities),
      values_(catalog.size(), 0.0),
      counts_(catalog.size(), 0.0),
      all_(catalog.period_count() - 1),
      stage_children_(t.stages.size()),
      in_use_(t.resources.size()),
      queue_(t.resources.size()) {
  engine::Calendar cal(t.start);
  for (int p = 0; p + 1 < all_; ++p) boundaries_.push_back(cal.year_start(t.start.year + p + 1));
  boundaries_.push_back(t.horizon_days);
}

void ChainStatistics::advance(engine::SimTime t) {
  while (period_ < all_ - 1 && t >= boundaries_[period_]) close_period(boundaries_[period_]);
}

void ChainStatistics::close_period(engine::SimTime boundary) {
  integrate(in_system_, kInSystemMean, 0, boundary);
  at(kInSystemEnd, 0, period_) = in_system_.level;
  for (int s = 0; s < t_.stage_count(); ++s) {
    integrate(stage_children_[s], kStageStockMean, s, boundary);
    at(kStageStockEnd, s, period_) = stage_children_[s].level;
  }
  for (std::size_t r = 0; r < in_use_.size(); ++r) {
    int ri = static_cast<int>(r);
    integrate(in_use_[r], kInUseMean, ri, boundary);
    integrate(queue_[r], kQueueMean, ri, boundary);
    at(kQueueEnd, ri, period_) = queue_[r].level;
  }
  double length = boundary - period_start_;
  for (int kpi : {kInSystemMean, kStageStockMean, kInUseMean, kQueueMean}) {
    int n = static_cast<int>(subjects_of(kTable[kpi].subjects, t_).size());
    for (int s = 0; s < n; ++s) at(kpi, s, period_) /= length;
  }
  for (std::size_t r = 0; r < in_use_.size(); ++r) {
    double cap = static_cast<double>(capacities_[r]);
    int ri = static_cast<int>(r);
    at(kUtilisation, ri, period_) = cap > 0 ? at(kInUseMean, ri, period_) / cap : std::nan("");
  }
  period_start_ = boundary;
  ++period_;
}

void ChainStatistics::integrate(Level& l, int kpi_mean, int subject, engine::SimTime t) {
  double area = l.level * (t - l.last);
  at(kpi_mean, subject, period_) += area;
  at(kpi_mean, subject, all_) += area;
  l.last = t;
}

void ChainStatistics::change(Level& l, int kpi_mean, int subject, engine::SimTime t, double delta) {
  advance(t);
  integrate(l, kpi_mean, subject, t);
  l.level += delta;
}

void ChainStatistics::add(int kpi, int subject, double x) {
  at(kpi, subject, period_) += x;
  at(kpi, subject, all_) += x;
}

void ChainStatistics::add_mean(int kpi, int subject, double x) {
  add(kpi, subject, x);
  counts_[catalog_.index(kpi, subject, period_)] += 1;
  counts_[catalog_.index(kpi, subject, all_)] += 1;
}

void ChainStatistics::on_arrival(engine::SimTime t, const Family& f) {
  advance(t);
  add(kArrivals, f.stream, 1);
  add(kArrivalsChildren, f.stream, f.children);
  change(in_system_, kInSystemMean, 0, t, 1);
}

void ChainStatistics::on_stage_enter(engine::SimTime t, const Family& f, int stage) {
  change(stage_children_[stage], kStageStockMean, stage, t, f.children);
  add(kStageInflow, stage, f.children);
}

void ChainStatistics::on_stage_exit(engine::SimTime t, const Family& f, int stage) {
  change(stage_children_[stage], kStageStockMean, stage, t, -f.children);
  add(kStageOutflow, stage, f.children);
  add_mean(kStageTime, stage, t - f.stage_entered);
}

void ChainStatistics::on_wait_start(engine::SimTime t, const Family&, int resource) {
  change(queue_[resource], kQueueMean, resource, t, 1);
}

void ChainStatistics::on_acquire(engine::SimTime t, const Family& f, int resource, int amount,
                                 double waited) {
  if (f.waiting_for == resource) change(queue_[resource], kQueueMean, resource, t, -1);
  change(in_use_[resource], kInUseMean, resource, t, amount);
  add_mean(kWaitMean, resource, waited);
  add_mean(kWaitedShare, resource, waited > 0 ? 1.0 : 0.0);
}

void ChainStatistics::on_wait_abandoned(engine::SimTime t, const Family&, int resource, double) {
  change(queue_[resource], kQueueMean, resource, t, -1);
  add(kWaitAbandoned, resource, 1);
}

void ChainStatistics::on_release(engine::SimTime t, const Family&, int resource, int amount) {
  change(in_use_[resource], kInUseMean, resource, t, -amount);
}

void ChainStatistics::on_exit(engine::SimTime t, const Family& f, int exit) {
  change(in_system_, kInSystemMean, 0, t, -1);
  add(kExits, exit, 1);
  add(kExitsChildren, exit, f.children);
  add_mean(kLeadTime, 0, t - f.arrived);
  add_mean(kHandOffs, 0, f.hand_offs);
}

void ChainStatistics::on_finish(engine::SimTime end) {
  advance(end);
  close_period(end);   // the last calendar period ends at the horizon
  double length = end;
  for (int kpi : {kInSystemMean, kStageStockMean, kInUseMean, kQueueMean}) {
    int n = static_cast<int>(subjects_of(kTable[kpi].subjects, t_).size());
    for (int s = 0; s < n; ++s) at(kpi, s, all_) /= length;
  }
  at(kInSystemEnd, 0, all_) = in_system_.level;
  for (int s = 0; s < t_.stage_count(); ++s) at(kStageStockEnd, s, all_) = stage_children_[s].level;
  for (std::size_t r = 0; r < queue_.size(); ++r) {
    int ri = static_cast<int>(r);
    at(kQueueEnd, ri, all_) = queue_[r].level;
    double cap = static_cast<double>(capacities_[r]);
    at(kUtilisation, ri, all_) = cap > 0 ? at(kInUseMean, ri, all_) / cap : std::nan("");
  }
  finish_means();
}

void ChainStatistics::finish_means() {
  for (int kpi = 0; kpi < kCount; ++kpi) {
    if (!kTable[kpi].is_mean) continue;
    int n = static_cast<int>(subjects_of(kTable[kpi].subjects, t_).size());
    for (int s = 0; s < n; ++s) {
      for (int p = 0; p < catalog_.period_count(); ++p) {
        std::size_t i = catalog_.index(kpi, s, p);
        values_[i] = counts_[i] > 0 ? values_[i] / counts_[i] : std::nan("");
      }
    }
  }
}

}  // namespace ketensim::model
