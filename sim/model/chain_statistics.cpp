#include "sim/model/chain_statistics.h"

#include <cmath>
#include <string>

#include "sim/model/kpi_table.h"

namespace ketensim::model {
namespace {
using engine::kDaysPerYear;
// The days of the year an fte tariff is for: a calendar year of 365 days costs the tariff.
constexpr double kDaysPerTariffYear = 365;
}  // namespace

stats::KpiCatalog ChainStatistics::catalog(const ChainTables& t) {
  engine::Calendar cal(t.start);
  std::vector<std::string> periods;
  int last = cal.year_at(std::nextafter(t.horizon_days, 0.0));
  for (int y = t.start.year; y <= last; ++y) periods.push_back(std::to_string(y));
  periods.push_back("all");
  stats::KpiCatalog c(periods);
  for (const auto& d : kpi_table()) c.add(d.def, subjects_of(d.subjects, t));
  return c;
}

ChainStatistics::ChainStatistics(const ChainTables& t, const stats::KpiCatalog& catalog)
    : t_(t),
      catalog_(catalog),
      calendar_(t.start),
      values_(catalog.size(), 0.0),
      counts_(catalog.size(), 0.0),
      all_(catalog.period_count() - 1),
      in_system_(levels(kInSystemMean, 1).front()),
      stage_children_(levels(kStageStockMean, t.stages.size())),
      in_use_(levels(kInUseMean, t.resources.size())),
      queue_(levels(kQueueMean, t.resources.size())),
      capacity_(levels(kCapacityMean, t.resources.size())),
      cases_(levels(kCasesMean, t.resources.size())),
      measure_children_(levels(kMeasureStockMean, subjects_of(Subjects::measures, t).size())),
      staff_(levels(kStaffMean, t.resources.size())),
      holding_children_(t.resources.size(), 0.0),
      open_norms_(t.norms.size()),
      open_waits_(t.resources.size()),
      capacity_units_(t.resources.size(), 0) {
  for (int p = 0; p + 1 < all_; ++p)
    boundaries_.push_back(calendar_.year_start(t.start.year + p + 1));
  boundaries_.push_back(t.horizon_days);
  for (int a : t.report_by) measure_width_ += static_cast<int>(t.attribute_values[a].size());
  for (const auto& row : kpi_table())
    subject_counts_.push_back(static_cast<int>(subjects_of(row.subjects, t).size()));
}

std::vector<ChainStatistics::Level> ChainStatistics::levels(int kpi_mean, std::size_t count) const {
  std::vector<Level> out(count);
  for (std::size_t s = 0; s < count; ++s)
    out[s].cells = catalog_.index(kpi_mean, static_cast<int>(s), 0);
  return out;
}

// --- periods -------------------------------------------------------------------------

void ChainStatistics::close_period(engine::SimTime boundary) {
  integrate(in_system_, boundary);
  for (auto* levels :
       {&stage_children_, &in_use_, &queue_, &capacity_, &cases_, &staff_, &measure_children_}) {
    for (Level& l : *levels) integrate(l, boundary);
  }
  snapshot(period_, boundary);
  average(period_, boundary - period_start_);
  period_start_ = boundary;
  ++period_;
  if (period_ < all_) carry_served(period_);
}

// Who holds a resource or a measure when a period starts is served in it.
void ChainStatistics::carry_served(int period) {
  for (std::size_t r = 0; r < holding_children_.size(); ++r) {
    at(kServed, static_cast<int>(r), period) += holding_children_[r];
  }
  for (std::size_t m = 0; m < measure_children_.size(); ++m) {
    at(kMeasureServed, static_cast<int>(m), period) += measure_children_[m].level;
  }
}

// Stocks at a period end (31-12 for calendar years).
void ChainStatistics::snapshot(int period, engine::SimTime when) {
  at(kInSystemEnd, 0, period) = in_system_.level;
  for (int s = 0; s < t_.stage_count(); ++s)
    at(kStageStockEnd, s, period) = stage_children_[s].level;
  for (std::size_t r = 0; r < queue_.size(); ++r) {
    int ri = static_cast<int>(r);
    at(kQueueEnd, ri, period) = queue_[r].level;
    at(kWaitingOver90End, ri, period) =
        open_waits_[r].children_started_before(when - kLongWaitDays);
    const auto& days = t_.wait_thresholds;
    for (std::size_t k = 0; k < days.size(); ++k) {
      at(kWaitingOverEnd, ri * static_cast<int>(days.size()) + static_cast<int>(k), period) =
          open_waits_[r].children_started_before(when - days[k]);
    }
  }
  for (std::size_t m = 0; m < measure_children_.size(); ++m) {
    at(kMeasureStockEnd, static_cast<int>(m), period) = measure_children_[m].level;
  }
  for (std::size_t n = 0; n < open_norms_.size(); ++n) {
    at(kNormOverEnd, static_cast<int>(n), period) =
        over_norm(open_norms_[n], static_cast<int>(n), when);
  }
}

// Time integrals become time averages; derived shares follow from them.
void ChainStatistics::average(int period, double length) {
  for (int kpi : {kInSystemMean, kStageStockMean, kInUseMean, kQueueMean, kCapacityMean, kCasesMean,
                  kMeasureStockMean, kStaffMean}) {
    for (int s = 0; s < subject_count(kpi); ++s) at(kpi, s, period) /= length;
  }
  for (std::size_t r = 0; r < in_use_.size(); ++r) {
    int ri = static_cast<int>(r);
    double capacity = at(kCapacityMean, ri, period), in_use = at(kInUseMean, ri, period);
    at(kUtilisation, ri, period) = capacity > 0 ? in_use / capacity : std::nan("");
    bool caseload = t_.resources[r].is_caseload();
    double fte = capacity / kUnitsPerFte;
    at(kCaseloadPerFte, ri, period) =
        caseload && fte > 0 ? at(kCasesMean, ri, period) / fte : std::nan("");
    if (caseload) {
      at(kCapacityMean, ri, period) = fte;
      at(kInUseMean, ri, period) = in_use / kUnitsPerFte;
    }
    double staffed = at(kStaffMean, ri, period);
    double& turnover = at(kStaffTurnover, ri, period);
    turnover =
        caseload && staffed > 0 ? turnover / staffed / (length / kDaysPerYear) : std::nan("");
    if (!caseload) at(kStaffMean, ri, period) = std::nan("");
  }
  costs(period, length);
}

// Euros from the time averages: child-days, place-days in use and fte-years in the period
// (a year of 365 days for the fte tariff). A kind of cost no tariff is given for is not defined.
void ChainStatistics::costs(int period, double length) {
  double measures = 0, care = 0, staff = 0;
  for (std::size_t m = 0; m < t_.measure_per_day.size(); ++m) {
    measures += at(kMeasureStockMean, static_cast<int>(m) * measure_width_, period) * length *
                t_.measure_per_day[m];
  }
  for (std::size_t s = 0; s < t_.stage_per_day.size(); ++s) {
    care += at(kStageStockMean, static_cast<int>(s), period) * length * t_.stage_per_day[s];
  }
  for (std::size_t r = 0; r < t_.resources.size(); ++r) {
    int ri = static_cast<int>(r);
    if (t_.resources[r].is_caseload()) {
      staff +=
          at(kStaffMean, ri, period) * (length / kDaysPerTariffYear) * t_.resource_per_fte_year[r];
    } else {
      care += at(kInUseMean, ri, period) * length * t_.resource_per_day[r];
    }
  }
  double none = std::nan("");
  at(kCostMeasures, 0, period) = t_.has_measure_costs ? measures : none;
  at(kCostCare, 0, period) = t_.has_care_costs ? care : none;
  at(kCostStaff, 0, period) = t_.has_staff_costs ? staff : none;
  bool any = t_.has_measure_costs || t_.has_care_costs || t_.has_staff_costs;
  at(kCostTotal, 0, period) = any ? measures + care + staff : none;
}

int ChainStatistics::over_norm(const OpenClocks& open, int norm, engine::SimTime when) const {
  const CompiledNorm& n = t_.norms[norm];
  int over = 0;
  open.for_each([&](double start, int children) {
    double deadline = n.working_days ? calendar_.add_working_days(start, static_cast<int>(n.within))
                                     : start + n.within;
    if (deadline < when) over += children;
  });
  return over;
}

void ChainStatistics::on_finish(engine::SimTime end) {
  advance(end);
  close_period(end);  // the last calendar period ends at the horizon
  // "all": time averages over the whole run, stocks at the horizon.
  snapshot(all_, end);
  average(all_, end);
  finish_means();
}

void ChainStatistics::finish_means() {
  for (int kpi = 0; kpi < kKpiCount; ++kpi) {
    if (!kpi_table()[kpi].is_mean) continue;
    for (int s = 0; s < subject_count(kpi); ++s) {
      for (int p = 0; p < catalog_.period_count(); ++p) {
        std::size_t i = catalog_.index(kpi, s, p);
        values_[i] = counts_[i] > 0 ? values_[i] / counts_[i] : std::nan("");
      }
    }
  }
}

}  // namespace ketensim::model
