// A service level as a planner writes it, for the capacity search:
//
//   "wait_mean <= 30"                    mean wait for the resource at most 30 days
//   "waited_share <= 5%"                 at most 5% of families had to wait at all
//   "queue_end <= 10"                    at most 10 families waiting on 31-12
//   "share waiting > 90 days <= 5%"      at most 5% waited longer than 90 days
//   "share placed within 91 days >= 90%"  placed_within_share for the resource within 91 days
//   "children waiting more than 91 days <= 10"
//                                        waiting_over_end for the resource over 91 days (the
//                                        search adds 91 to the scenario's wait_thresholds_days)
//   "placed_within_share 91 >= 90%"      the same KPIs by name with their N
//   "norm_met_share vaste_jeugdbeschermer >= 95%"
//                                        a KPI of another subject than the resource: here
//                                        the inspection norm met for at least 95% of cases
//
// The text right of the last comparison is the value (`%` divides by 100); left of it is a
// KPI measured per resource, by its catalog name or by a phrase from the one table in
// kpi_target.cpp ("share waiting > N days" means the KPI `waited_over_<N>d`), or a catalog
// name and the subject it is measured for. Whether the model measures that KPI is checked
// against the scenario's catalog by the search.
#pragma once

#include <string>

#include "sim/experiment/request_error.h"

namespace ketensim::experiment {

struct KpiTarget {
  enum class Op { at_most, below, at_least, above };

  std::string text;     // as written
  std::string kpi;      // catalog name, e.g. "wait_mean"
  std::string subject;  // as written after the KPI's name; empty: the resource searched
  Op op = Op::at_most;
  double value = 0;         // a percentage already divided by 100
  int threshold_days = -1;  // N of a KPI per resource and N days (subject resource/Nd); -1: none

  bool met_by(double x) const;  // NaN (undefined) never meets a target
  // Whether the whole interval [low, high] meets the target: its pessimistic bound does.
  bool met_by_interval(double low, double high) const {
    return met_by(is_upper_bound() ? high : low);
  }
  // What the target's KPI is measured for: the subject written, else `resource` (with
  // "/Nd" for a KPI with a threshold of N days).
  std::string subject_or(const std::string& resource) const {
    if (!subject.empty()) return subject;
    return threshold_days < 0 ? resource : resource + "/" + std::to_string(threshold_days) + "d";
  }
  // True for <= and <: the KPI must stay under the value (so an interval's high end is the
  // pessimistic one).
  bool is_upper_bound() const { return op == Op::at_most || op == Op::below; }
};

// Throws RequestError naming what could not be read.
KpiTarget parse_target(const std::string& text);

}  // namespace ketensim::experiment
