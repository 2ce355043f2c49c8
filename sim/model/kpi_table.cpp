#include "sim/model/kpi_table.h"

namespace ketensim::model {

const std::vector<KpiRow>& kpi_table() {
  using S = Subjects;
  // A table, one KPI per line: not reflowed by clang-format.
  // clang-format off
  static const std::vector<KpiRow> table = {
      {{"arrivals", "families", "families arriving in the period"}, S::streams, false},
      {{"arrivals_children", "children", "children in the families arriving"}, S::streams, false},
      {{"initial_families", "families", "families in the chain on the start date"}, S::chain, false},
      {{"exits", "families", "families leaving the chain through this exit"}, S::exits, false},
      {{"exits_children", "children", "children in the families leaving"}, S::exits, false},
      {{"in_system_end", "families", "families in the chain at the period end"}, S::chain, false},
      {{"in_system_mean", "families", "time-average families in the chain"}, S::chain, false},
      {{"lead_time_mean", "days", "mean days from arrival to exit, families exiting (arrivals only)"}, S::chain, true},
      {{"stages_per_family_mean", "stages", "mean stages entered per family exiting"}, S::chain, true},
      {{"stage_inflow", "children", "children entering the stage"}, S::stages, false},
      {{"stage_entries", "families", "families entering the stage (as the JBT and the CIT count cases)"}, S::stages, false},
      {{"stage_outflow", "children", "children leaving the stage"}, S::stages, false},
      {{"stage_stock_end", "children", "children in the stage at the period end (31-12)"}, S::stages, false},
      {{"stage_stock_mean", "children", "time-average children in the stage"}, S::stages, false},
      {{"stage_time_mean", "days", "mean days in the stage (waiting included), families leaving it"}, S::stages, true},
      {{"wait_mean", "days", "mean wait before obtaining the resource, families obtaining it"}, S::resources, true, Better::lower},
      {{"waited_share", "share", "share of families obtaining the resource who had to wait"}, S::resources, true, Better::lower},
      {{"waited_over_90d", "share", "share of families obtaining the resource who waited more than 90 days"}, S::resources, true, Better::lower},
      {{"wait_abandoned", "families", "families leaving the waiting list after the maximum wait"}, S::resources, false, Better::lower},
      {{"queue_end", "families", "families waiting at the period end"}, S::resources, false, Better::lower},
      {{"queue_mean", "families", "time-average families waiting"}, S::resources, false, Better::lower},
      {{"waiting_over_90d_end", "children", "children waiting more than 90 days at the period end (peildatum)"}, S::resources, false, Better::lower},
      {{"capacity_mean", "places or fte", "time-average capacity: places, or working fte after absence"}, S::resources, false},
      {{"in_use_mean", "places or fte", "time-average capacity in use"}, S::resources, false},
      {{"utilisation", "share", "time-average capacity in use / capacity"}, S::resources, false},
      {{"cases_mean", "cases", "time-average cases held (children or families, as the resource counts)"}, S::resources, false},
      {{"served", "children", "children who held the resource at some time in the period (held at its start or obtained in it): unique youths per year"}, S::resources, false},
      {{"caseload_per_fte", "cases per fte", "time-average cases held per working fte (caseload resources)"}, S::resources, false},
      {{"staff_mean", "fte", "time-average fte in filled posts, before absence (caseload resources)"}, S::resources, false},
      {{"staff_turnover", "share per year", "fte leaving in the period / staff_mean, per year: verloop (caseload resources)"}, S::resources, false, Better::lower},
      {{"measure_inflow", "children", "children starting the measure"}, S::measures, false},
      {{"measure_outflow", "children", "children whose measure ended or changed to another"}, S::measures, false},
      {{"measure_stock_end", "children", "children with the measure at the period end (31-12)"}, S::measures, false},
      {{"measure_stock_mean", "children", "time-average children with the measure"}, S::measures, false},
      {{"measure_served", "children", "children who held the measure at some time in the period (stock at its start + inflow): unique youths per year"}, S::measures, false},
      {{"norm_started", "families", "families whose clock for the norm started"}, S::norms, false},
      {{"norm_met_share", "share", "share of families whose clock stopped within the norm"}, S::norms, true, Better::higher},
      {{"norm_wait_mean", "days", "mean days from start to stop of the norm's clock"}, S::norms, true, Better::lower},
      {{"norm_over_end", "children", "children whose clock runs past the norm at the period end (peildatum)"}, S::norms, false, Better::lower},
      {{"placed_within_share", "share", "share of the requests for the resource that obtained it within N days (a family leaving the waiting list without it counts as not placed); subject resource/Nd for each of wait_thresholds_days"}, S::resource_thresholds, true, Better::higher},
      {{"waiting_over_end", "children", "children waiting for the resource more than N days at the period end (peildatum); subject resource/Nd for each of wait_thresholds_days"}, S::resource_thresholds, false, Better::lower},
      {{"review_sent", "families", "families a review of long waits sent on from the waiting list (to bridging care, a second choice, escalation)"}, S::reviews, false},
      {{"cost_measures", "euro", "euros for the measures: child-days with each measure x its tariff (costs.measures)"}, S::chain, false, Better::lower},
      {{"cost_care", "euro", "euros for care: child-days in each stage x its tariff, place-days in use x the place tariff (costs.stages, costs.resources)"}, S::chain, false, Better::lower},
      {{"cost_staff", "euro", "euros for staff: fte-years in filled posts x the fte tariff of each caseload resource (costs.resources)"}, S::chain, false, Better::lower},
      {{"cost_total", "euro", "cost_measures + cost_care + cost_staff"}, S::chain, false, Better::lower},
  };
  // clang-format on
  return table;
}

Better better_direction(const std::string& name) {
  for (const auto& row : kpi_table()) {
    if (row.def.name == name) return row.better;
  }
  return Better::neither;
}

std::vector<std::string> subjects_of(Subjects s, const ChainTables& t) {
  std::vector<std::string> out;
  switch (s) {
    case Subjects::chain:
      return {"all"};
    case Subjects::streams:
      for (const auto& a : t.arrivals) out.push_back(a.name);
      break;
    case Subjects::exits:
      out = t.exits;
      break;
    case Subjects::stages:
      for (const auto& st : t.stages) out.push_back(st.name);
      break;
    case Subjects::resources:
      for (const auto& r : t.resources) out.push_back(r.name);
      break;
    case Subjects::norms:
      for (const auto& n : t.norms) out.push_back(n.name);
      break;
    case Subjects::reviews:
      for (const auto& r : t.reviews) out.push_back(r.name);
      break;
    case Subjects::resource_thresholds:
      for (const auto& r : t.resources) {
        for (double days : t.wait_thresholds) out.push_back(r.name + "/" + threshold_label(days));
      }
      break;
    case Subjects::measures:
      for (const auto& m : t.measures) {
        out.push_back(m);
        for (int a : t.report_by) {
          for (const auto& v : t.attribute_values[a])
            out.push_back(m + "/" + t.attribute_names[a] + "=" + v);
        }
      }
      break;
  }
  return out;
}

}  // namespace ketensim::model
