#include "tools/ketensim/console_text.h"

#include <cmath>
#include <iomanip>
#include <sstream>

#include "output/report/report_text.h"
#include "sim/experiment/cluster.h"
#include "sim/experiment/growing_queues.h"
#include "tools/ketensim/language_option.h"

namespace ketensim::tools {

std::string short_number(double x) {
  if (std::isnan(x)) return "n/a";
  // Two decimals below 10, one above; a number from 1e-9 to 0.01 keeps two significant
  // digits, so that a small difference does not read as "0.00" (below 1e-9 it is rounding
  // noise of the sums and reads as 0.00).
  int decimals = std::fabs(x) < 10 ? 2 : 1;
  if (std::fabs(x) >= 1e-9 && std::fabs(x) < 0.01)
    decimals = 1 - static_cast<int>(std::floor(std::log10(std::fabs(x))));
  std::ostringstream o;
  o << std::fixed << std::setprecision(decimals) << x;
  std::string text = o.str();
  bool zero = text.find_first_not_of("-0.") == std::string::npos;
  return decimal(zero && text[0] == '-' ? text.substr(1) : text);  // no "-0.00"
}

std::string percent_text(double share) {
  if (std::isinf(share)) return "unbounded";
  return short_number(100 * share) + "%";
}

std::string value_text(double x, const std::string& unit) {
  if (unit == "share") return percent_text(x);
  // Euros of a region's budget read in millions: "21.8 mln euro", not "21799615.3 euro".
  if (unit == "euro" && std::fabs(x) >= 1e6)
    return short_number(x / 1e6) + " mln " + unit_text(unit);
  return short_number(x) + " " + unit_text(unit);
}

std::string plus_minus(double x, const std::string& unit) {
  if (unit == "share") return "+-" + short_number(100 * x) + " " + unit_text("percentage points");
  return "+-" + value_text(x, unit);
}

std::string range_text(double low, double high) {
  return short_number(low) + " .. " + short_number(high);
}

std::string interval_text(const stats::Summary& s) {
  if (s.n == 0) return "n/a";
  // One value has no spread to estimate: its "interval" would be the mean twice.
  if (s.n == 1) return said(short_number(s.mean) + "  (one replication: no 95% CI)");
  return said(short_number(s.mean) + "  (95% CI " + range_text(s.ci_low, s.ci_high) + ")");
}

std::string unit_text(const std::string& unit) {
  return output::report::report_text(chosen_language(), unit);
}

std::string padded(const std::string& text, std::size_t width) {
  return text + std::string(text.size() < width ? width - text.size() : 1, ' ');
}

std::string threads_text(int threads) {
  std::string text = std::to_string(threads) + (threads == 1 ? " thread" : " threads");
  int ranks = experiment::ranks();
  return ranks > 1 ? std::to_string(ranks) + " ranks x " + text : text;
}

void print_growing_queues(std::ostream& out, const std::string& scenario,
                          const stats::KpiCatalog& catalog,
                          const std::vector<stats::Summary>& summaries) {
  for (const auto& q : experiment::growing_queues(catalog, summaries)) {
    out << said(
               "warning: " + scenario + ": the waiting list for " + q.resource +
               " grows in every year from " + q.first_year + " to " + q.last_year + " (" +
               short_number(q.first) + " -> " + short_number(q.last) +
               " families on 31-12, about +" + short_number(q.per_year) +
               " a year): more families ask for it than it serves, so its waits rise with the length of "
               "the run; check its places or staff and the arrivals into it")
        << '\n';
  }
}

}  // namespace ketensim::tools
