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

std::string num(double x) {
  return format_number(x);
}

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

}  // namespace

std::string kpi_row_prefix(const KpiKey& key, int replication) {
  return key.kpi + ',' + key.subject + ',' + key.period + ',' + key.unit + ',' +
         std::to_string(replication) + ',';
}

KpiRowsCsv::KpiRowsCsv(const std::filesystem::path& path, const stats::KpiCatalog& catalog)
    : file_(path), catalog_(catalog) {
  file_.stream() << kKpiRowsHeader << '\n';
}

void KpiRowsCsv::add(int replication, const std::vector<double>& values) {
  std::ostream& out = file_.stream();
  for (std::size_t k = 0; k < catalog_.size(); ++k) {
    out << kpi_row_prefix(catalog_.key(k), replication) << num(values[k]) << '\n';
  }
  file_.check();
}

// A value takes at most 24 characters (shortest exact form of a double); most take fewer.
std::uintmax_t KpiRowsCsv::estimated_bytes(const stats::KpiCatalog& catalog, int replications) {
  std::uintmax_t row = 0;
  for (const KpiKey& key : catalog.keys()) {
    row += kpi_row_prefix(key, replications - 1).size() + 24 + 1;
  }
  return row * static_cast<std::uintmax_t>(replications);
}

void write_kpis_csv(const std::filesystem::path& path, const experiment::ExperimentResult& r) {
  KpiRowsCsv csv(path, r.catalog);
  for (std::size_t rep = 0; rep < r.replications.size(); ++rep)
    csv.add(static_cast<int>(rep), r.replications[rep].values);
  csv.commit();
}

std::string summary_csv_header() {
  const auto& cols = summary_columns();
  std::string line;
  for (std::size_t c = 0; c < cols.size(); ++c) line += (c ? "," : "") + std::string(cols[c].name);
  return line;
}

std::string summary_csv_row(const KpiKey& key, const Summary& s) {
  const auto& cols = summary_columns();
  std::string line;
  for (std::size_t c = 0; c < cols.size(); ++c) line += (c ? "," : "") + cols[c].value(key, s);
  return line;
}

void write_summary_csv(const std::filesystem::path& path, const experiment::ExperimentResult& r,
                       const std::vector<Summary>& summaries) {
  write_atomically(path, [&](std::ostream& out) {
    out << summary_csv_header() << '\n';
    for (std::size_t k = 0; k < r.catalog.size(); ++k)
      out << summary_csv_row(r.catalog.key(k), summaries[k]) << '\n';
  });
}

}  // namespace ketensim::output
