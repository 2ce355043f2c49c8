#include "output/csv_writer.h"

#include <functional>
#include <ostream>
#include <string>

#include "output/atomic_file.h"
#include "output/number_format.h"

namespace ketensim::output {
namespace {

using stats::KpiKey;
using stats::Summary;

// Each summary column: its name and how its value is made, defined once.
struct SummaryColumn {
  const char* name;
  std::function<std::string(const KpiKey&, const Summary&)> value;
};

std::string num(double x) { return format_number(x); }

const std::vector<SummaryColumn>& summary_columns() {
  static const std::vector<SummaryColumn> columns = {
      {"kpi", [](const KpiKey& k, const Summary&) { return k.kpi; }},
      {"subject", [](const KpiKey& k, const Summary&) { return k.subject; }},
      {"period", [](const KpiKey& k, const Summary&) { return k.period; }},
      {"unit", [](const KpiKey& k, const Summary&) { return k.unit; }},
      {"n", [](const KpiKey&, const Summary& s) { return std::to_string(s.n); }},
      {"mean", [](const KpiKey&, const Summary& s) { return num(s.mean); }},
      {"ci95_low", [](const KpiKey&, const Summary& s) { return num(s.ci_low); }},
      {"ci95_high", [](const KpiKey&, const Summary& s) { return num(s.ci_high); }},
      {"half_width", [](const KpiKey&, const Summary& s) { return num(s.half_width); }},
      {"sd", [](const KpiKey&, const Summary& s) { return num(s.sd); }},
      {"p5", [](const KpiKey&, const Summary& s) { return num(s.p5); }},
      {"p50", [](const KpiKey&, const Summary& s) { return num(s.p50); }},
      {"p95", [](const KpiKey&, const Summary& s) { return num(s.p95); }},
  };
  return columns;
}

template <class Row>
void write_row(std::ostream& out, std::size_t n, Row cell) {
  for (std::size_t i = 0; i < n; ++i) out << (i ? "," : "") << cell(i);
  out << '\n';
}

}  // namespace

void write_kpis_csv(const std::filesystem::path& path, const experiment::ExperimentResult& r) {
  write_atomically(path, [&](std::ostream& out) {
    out << "kpi,subject,period,unit,replication,value\n";
    for (std::size_t rep = 0; rep < r.replications.size(); ++rep) {
      const auto& values = r.replications[rep].values;
      for (std::size_t k = 0; k < r.catalog.size(); ++k) {
        const KpiKey& key = r.catalog.key(k);
        out << key.kpi << ',' << key.subject << ',' << key.period << ',' << key.unit << ',' << rep
            << ',' << num(values[k]) << '\n';
      }
    }
  });
}

void write_summary_csv(const std::filesystem::path& path, const experiment::ExperimentResult& r,
                       const std::vector<Summary>& summaries) {
  const auto& cols = summary_columns();
  write_atomically(path, [&](std::ostream& out) {
    write_row(out, cols.size(), [&](std::size_t c) { return std::string(cols[c].name); });
    for (std::size_t k = 0; k < r.catalog.size(); ++k) {
      write_row(out, cols.size(), [&](std::size_t c) { return cols[c].value(r.catalog.key(k), summaries[k]); });
    }
  });
}

}  // namespace ketensim::output
