#include "output/capacity_writer.h"

#include <cmath>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "output/atomic_file.h"
#include "output/number_format.h"

namespace ketensim::output {
namespace {

using experiment::CapacityAnswer;
using experiment::CapacityCandidate;
using experiment::CapacityStep;
using nlohmann::json;

// -1 (nothing up to the maximum meets the target) is written empty.
std::string capacity_text(int c) {
  return c < 0 ? "" : std::to_string(c);
}

const CapacityCandidate* at_answer(const CapacityStep& s) {
  for (const auto& c : s.candidates) {
    if (c.capacity == s.capacity) return &c;
  }
  return nullptr;
}

std::string kpi_field(const CapacityStep& s, double stats::Interval::*f) {
  const CapacityCandidate* c = at_answer(s);
  return c ? format_number(c->kpi.*f) : "";
}

// Each capacity.csv column: its name and its value, defined once.
struct Column {
  const char* name;
  std::function<std::string(const CapacityAnswer&, const CapacityStep&)> value;
};

const std::vector<Column>& columns() {
  using A = CapacityAnswer;
  using S = CapacityStep;
  static const std::vector<Column> all = {
      {"resource", [](const A& a, const S&) { return a.resource; }},
      {"parameter", [](const A& a, const S&) { return a.parameter; }},
      {"unit", [](const A& a, const S&) { return a.unit; }},
      {"period", [](const A&, const S& s) { return s.period; }},
      {"target", [](const A& a, const S&) { return "\"" + a.target.text + "\""; }},
      {"kpi", [](const A& a, const S&) { return a.target.kpi; }},
      {"kpi_subject", [](const A& a, const S&) { return a.target.subject_or(a.resource); }},
      {"current", [](const A& a, const S&) { return format_number(a.current); }},
      {"capacity", [](const A&, const S& s) { return capacity_text(s.capacity); }},
      {"plausible", [](const A&, const S& s) { return capacity_text(s.plausible); }},
      {"on_mean", [](const A&, const S& s) { return capacity_text(s.on_mean); }},
      {"kpi_mean", [](const A&, const S& s) { return kpi_field(s, &stats::Interval::mean); }},
      {"kpi_ci95_low", [](const A&, const S& s) { return kpi_field(s, &stats::Interval::low); }},
      {"kpi_ci95_high", [](const A&, const S& s) { return kpi_field(s, &stats::Interval::high); }},
      {"replications", [](const A& a, const S&) { return std::to_string(a.replications); }},
  };
  return all;
}

json number(double x) {
  return std::isfinite(x) ? json(x) : json(nullptr);
}
json capacity_json(int c) {
  return c < 0 ? json(nullptr) : json(c);
}

json step_json(const CapacityStep& s) {
  json candidates = json::array();
  for (const auto& c : s.candidates) {
    candidates.push_back({{"capacity", c.capacity},
                          {"n", c.kpi.n},
                          {"kpi_mean", number(c.kpi.mean)},
                          {"kpi_ci95_low", number(c.kpi.low)},
                          {"kpi_ci95_high", number(c.kpi.high)}});
  }
  return {{"period", s.period},
          {"capacity", capacity_json(s.capacity)},
          {"plausible", capacity_json(s.plausible)},
          {"on_mean", capacity_json(s.on_mean)},
          {"candidates", candidates}};
}

}  // namespace

void write_capacity_csv(const std::filesystem::path& path, const CapacityAnswer& a) {
  const auto& cols = columns();
  write_atomically(path, [&](std::ostream& out) {
    for (std::size_t i = 0; i < cols.size(); ++i) out << (i ? "," : "") << cols[i].name;
    out << '\n';
    for (const auto& s : a.steps) {
      for (std::size_t i = 0; i < cols.size(); ++i) out << (i ? "," : "") << cols[i].value(a, s);
      out << '\n';
    }
  });
}

void write_capacity_curve_csv(const std::filesystem::path& path, const CapacityAnswer& a) {
  auto yes_no = [](bool b) { return b ? "yes" : "no"; };
  write_atomically(path, [&](std::ostream& out) {
    out << "period,capacity,kpi,kpi_mean,kpi_ci95_low,kpi_ci95_high,meets_on_mean,"
           "meets_with_interval,replications\n";
    for (const auto& s : a.steps) {
      for (const auto& c : s.candidates) {
        out << s.period << ',' << c.capacity << ',' << a.target.kpi << ','
            << format_number(c.kpi.mean) << ',' << format_number(c.kpi.low) << ','
            << format_number(c.kpi.high) << ',' << yes_no(a.target.met_by(c.kpi.mean)) << ','
            << yes_no(a.target.met_by_interval(c.kpi.low, c.kpi.high)) << ',' << c.kpi.n << '\n';
      }
    }
  });
}

void write_capacity_json(const std::filesystem::path& path, const CapacityAnswer& a) {
  json steps = json::array();
  for (const auto& s : a.steps) steps.push_back(step_json(s));
  json doc = {{"resource", a.resource},
              {"parameter", a.parameter},
              {"unit", a.unit},
              {"current", number(a.current)},
              {"target", a.target.text},
              {"kpi", a.target.kpi},
              {"kpi_subject", a.target.subject_or(a.resource)},
              {"replications", a.replications},
              {"seed", a.seed},
              {"common_random_numbers", true},
              {"periods", steps}};
  write_atomically(path, [&](std::ostream& out) { out << doc.dump(2) << '\n'; });
}

}  // namespace ketensim::output
