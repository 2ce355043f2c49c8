// The KPIs of a chain run: name, unit, meaning and whom they are measured for, defined
// once. ChainStatistics fills them; the writers print the names and meanings from here.
#pragma once

#include <string>
#include <vector>

#include "sim/model/chain_tables.h"
#include "sim/stats/kpi_catalog.h"

namespace ketensim::model {

// resource_thresholds: each resource with each waiting threshold, "gesloten/91d".
enum class Subjects {
  chain,
  streams,
  exits,
  stages,
  resources,
  measures,
  norms,
  resource_thresholds,
  reviews
};

// Order = the Kpi enum.
// The KPIs in the table's order, grouped as its rows: not reflowed by clang-format.
// clang-format off
enum Kpi : int {
  kArrivals, kArrivalsChildren, kInitialFamilies, kExits, kExitsChildren,
  kInSystemEnd, kInSystemMean, kLeadTime, kHandOffs,
  kStageInflow, kStageEntries, kStageOutflow, kStageStockEnd, kStageStockMean, kStageTime,
  kWaitMean, kWaitedShare, kWaitedOver90, kWaitAbandoned, kQueueEnd, kQueueMean, kWaitingOver90End,
  kCapacityMean, kInUseMean, kUtilisation, kCasesMean, kServed, kCaseloadPerFte,
  kStaffMean, kStaffTurnover,
  kMeasureInflow, kMeasureOutflow, kMeasureStockEnd, kMeasureStockMean, kMeasureServed,
  kNormStarted, kNormMetShare, kNormWaitMean, kNormOverEnd,
  kPlacedWithinShare, kWaitingOverEnd, kReviewSent,
  kCostMeasures, kCostCare, kCostStaff, kCostTotal,
  kKpiCount
};
// clang-format on

// The threshold of the long-wait KPIs: the 3-month norm for passende jeugdhulp
// ("schadelijk wachten" beyond it; JBw Jaarverslag 2020, §3.1), as 90 days.
inline constexpr double kLongWaitDays = 90;

// Which way a KPI is better for the families in the chain: shorter waits, more norms met.
// Flows and stocks that say how busy the chain is, not how well it serves, are neither; so
// are the times in a stage or in the chain, which are mostly the measure's own length.
enum class Better { neither, lower, higher };

struct KpiRow {
  stats::KpiDefinition def;
  Subjects subjects;
  bool is_mean;  // a mean over observations, divided at the end
  Better better = Better::neither;
};

const std::vector<KpiRow>& kpi_table();

// The declared good direction of the KPI named `name`; neither for a name not in the table.
Better better_direction(const std::string& name);

// The subjects' names: stages, resources ...; measures as "m" and "m/attribute=value" for
// each `report_by` attribute; the chain as "all".
std::vector<std::string> subjects_of(Subjects s, const ChainTables& t);

}  // namespace ketensim::model
