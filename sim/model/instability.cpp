#include "sim/model/instability.h"

#include <cmath>
#include <cstdio>

namespace ketensim::model {
namespace {

using engine::kDaysPerYear;

// 1240 -> "1,240"
std::string grouped(std::uint64_t n) {
  std::string digits = std::to_string(n), out;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

std::string fixed(double x, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  return buf;
}

// A measured or estimated amount as a person reads it: whole numbers from 10 on, two
// decimals below.
std::string amount(double x) {
  return x >= 10 ? grouped(static_cast<std::uint64_t>(std::llround(x))) : fixed(x, 2);
}

// "1 family", "12 families", "about 4,935 families"
std::string families(double n) {
  std::string count =
      n == std::floor(n) ? grouped(static_cast<std::uint64_t>(n)) : "about " + amount(n);
  return count + (n == 1 ? " family" : " families");
}

std::string headline(const Instability& i) {
  return "scenario '" + i.scenario + "' is unstable: replication " + std::to_string(i.replication) +
         " stopped on " + engine::format_date(i.date) + ", after " +
         fixed(i.day / kDaysPerYear, 2) + " years, with " + grouped(i.families) +
         " families in the chain, more than run.max_families (" + grouped(i.bound) + ")";
}

// "~731 a year" from a count over the years simulated.
std::string per_year(double count, double days) {
  return days > 0 ? "~" + amount(count / days * kDaysPerYear) + " a year" : "all at the start";
}

std::string resource_lines(const Instability& i, const CrowdedResource& r) {
  std::string text = "\n  longest waiting list: resource " + r.name + ", " + grouped(r.waiting) +
                     " families waiting";
  text += "\n  measured since the start: " + grouped(r.requests) + " families asked for " + r.name +
          " in " + fixed(i.day / kDaysPerYear, 2) + " years (" +
          per_year(static_cast<double>(r.requests), i.day) + ")";
  if (std::isnan(r.families_at_once)) return text + "; no family has obtained it yet";
  text += "; it holds " + families(r.families_at_once) + " at once";
  if (std::isnan(r.mean_hold_days)) return text + ", and none has left it yet";
  return text + ", each for " + amount(r.mean_hold_days) + " days on average, so it serves " +
         per_year(r.families_at_once, r.mean_hold_days) + " (estimated)";
}

std::string advice(const Instability& i) {
  std::string raise =
      "raise run.max_families (or --max-families) only if the chain really "
      "holds this many families at once";
  if (i.resource) {
    return "\n  more families ask for " + i.resource->name +
           " than it serves: add capacity, shorten the time it is held or lower the "
           "arrivals; " +
           raise;
  }
  return "\n  no family waits for a resource: " + grouped(i.arrivals) + " families arrived (" +
         per_year(static_cast<double>(i.arrivals), i.day) +
         ", measured) and stay; shorten the stages or lower the arrivals; " + raise;
}

}  // namespace

std::string describe(const Instability& i) {
  std::string text = headline(i);
  if (i.resource) text += resource_lines(i, *i.resource);
  if (!i.stage.empty()) {
    text += "\n  most families are in stage " + i.stage + " (" + grouped(i.stage_families) + ")";
  }
  return text + advice(i);
}

}  // namespace ketensim::model
