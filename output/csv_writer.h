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

// kpis.csv written while the run goes on, one replication at a time (in order), so a run's
// memory does not grow with its replications; the file appears at commit().
class KpiRowsCsv {
 public:
  KpiRowsCsv(const std::filesystem::path& path, const stats::KpiCatalog& catalog);
  void add(int replication, const std::vector<double>& values);
  void commit() { file_.commit(); }

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
