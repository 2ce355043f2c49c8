#include "output/precision_writer.h"

#include <functional>
#include <string>

#include "output/atomic_file.h"
#include "output/number_format.h"
#include "sim/stats/replication_advice.h"

namespace ketensim::output {
namespace {

struct Row {
  const stats::KpiKey& key;
  const stats::Interval interval;
  const stats::ReplicationAdvice advice;
  double target;
};

// Each precision.csv column: its name and its value, defined once.
struct Column {
  const char* name;
  std::function<std::string(const Row&)> value;
};

std::string count(int n) {
  return n > 0 ? std::to_string(n) : "";
}

const std::vector<Column>& columns() {
  static const std::vector<Column> all = {
      {"kpi", [](const Row& r) { return r.key.kpi; }},
      {"subject", [](const Row& r) { return r.key.subject; }},
      {"period", [](const Row& r) { return r.key.period; }},
      {"unit", [](const Row& r) { return r.key.unit; }},
      {"n", [](const Row& r) { return std::to_string(r.interval.n); }},
      {"mean", [](const Row& r) { return format_number(r.interval.mean); }},
      {"half_width", [](const Row& r) { return format_number(r.interval.half_width); }},
      {"relative_half_width",
       [](const Row& r) { return format_number(r.advice.relative_half_width); }},
      {"target", [](const Row& r) { return format_number(r.target); }},
      {"met_from", [](const Row& r) { return count(r.advice.converged_at); }},
      {"replications_needed", [](const Row& r) { return count(r.advice.projected); }},
  };
  return all;
}

}  // namespace

void write_precision_csv(const std::filesystem::path& path, const experiment::ExperimentResult& r) {
  const auto& cols = columns();
  write_atomically(path, [&](std::ostream& out) {
    for (std::size_t c = 0; c < cols.size(); ++c) out << (c ? "," : "") << cols[c].name;
    out << '\n';
    for (std::size_t k = 0; k < r.catalog.size(); ++k) {
      Row row{r.catalog.key(k), stats::interval_95(r.kpis.moments(k)), r.kpis.advice(k),
              r.kpis.goal().relative};
      for (std::size_t c = 0; c < cols.size(); ++c) out << (c ? "," : "") << cols[c].value(row);
      out << '\n';
    }
  });
}

}  // namespace ketensim::output
