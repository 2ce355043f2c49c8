// The tidy CSV files of a run: kpis.csv has one row per KPI x subject x period x
// replication; summary.csv one row per KPI x subject x period with mean, 95% CI and
// percentiles over replications. Both open directly in Excel, R or pandas.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "output/atomic_file.h"
#include "sim/experiment/experiment.h"
#include "sim/stats/summary.h"

namespace ketensim::output {

// kpis.csv's header, and the start of each row up to its value: "kpi,subject,period,unit,
// replication," (the reader of an interrupted run's file, kpi_rows_reader.h, checks them).
inline constexpr const char* kKpiRowsHeader = "kpi,subject,period,unit,replication,value";
std::string kpi_row_prefix(const stats::KpiKey& key, int replication);

// kpis.csv written while the run goes on, one replication at a time (in order), so a run's
// memory does not grow with its replications; the file appears at commit(). A write that
// fails (a full disk) throws OutputError at once, not only at commit().
class KpiRowsCsv {
 public:
  KpiRowsCsv(const std::filesystem::path& path, const stats::KpiCatalog& catalog);
  void add(int replication, const std::vector<double>& values);
  void commit() { file_.commit(); }
  // About the size of the file for this many replications, to check the free space first.
  static std::uintmax_t estimated_bytes(const stats::KpiCatalog& catalog, int replications);

 private:
  AtomicFile file_;
  const stats::KpiCatalog& catalog_;
};

// kpis.csv from the replications kept in `r`.
void write_kpis_csv(const std::filesystem::path& path, const experiment::ExperimentResult& r);
// The header and one row of summary.csv's columns, for files that lay summaries beside other
// columns (sweep.csv); without the line end.
std::string summary_csv_header();
std::string summary_csv_row(const stats::KpiKey& key, const stats::Summary& s);

void write_summary_csv(const std::filesystem::path& path, const experiment::ExperimentResult& r,
                       const std::vector<stats::Summary>& summaries);

}  // namespace ketensim::output
