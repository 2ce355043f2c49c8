// Numbers as the commands print them for a person: a few significant decimals, intervals
// as "9.12 (95% CI 8.70 .. 9.54)"; in Dutch with a decimal comma and Dutch units
// ("9,12 (95%-BI 8,70 .. 9,54) dagen"). Files carry the exact numbers (output/number_format.h).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::tools {

// Width of the "kpi subject" column in printed tables.
inline constexpr std::size_t kNameWidth = 38;

// Two decimals below 10 in size, one above: 0.57, 9.12, 321.6.
std::string short_number(double x);
// "mean (95% CI low .. high)", "mean (one replication: no 95% CI)", or "n/a" when the KPI
// was never defined.
std::string interval_text(const stats::Summary& s);
// A share as a percentage: 0.0512 -> "5.12%"; "unbounded" for infinity.
std::string percent_text(double share);
// A KPI value in its unit as a person reads it: shares as percentages, else the number and
// the unit ("56.4 days").
std::string value_text(double x, const std::string& unit);
// A precision as a half-width: "+-0.41 days", shares in percentage points
// ("+-0.5 percentage points").
std::string plus_minus(double x, const std::string& unit);
// "low .. high"
std::string range_text(double low, double high);
// A KPI's unit in the chosen language: "days", "dagen".
std::string unit_text(const std::string& unit);
// `text` padded with spaces to `width` characters, and at least one space (never cut).
std::string padded(const std::string& text, std::size_t width);
// "1 thread", "2 threads", or in an MPI job "3 ranks x 2 threads" (each rank's threads); the
// phrase book (console_nl.cpp) translates the sentences around it.
std::string threads_text(int threads);

// A warning line per waiting list that grows through the run's last years
// (sim/experiment/growing_queues.h), for `scenario`; nothing when none does.
void print_growing_queues(std::ostream& out, const std::string& scenario,
                          const stats::KpiCatalog& catalog,
                          const std::vector<stats::Summary>& summaries);

}  // namespace ketensim::tools
