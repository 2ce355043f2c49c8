// kpis.csv read back one replication at a time, to resume an interrupted run (partial_run.h).
// The numbers come back exactly as they were computed (the file writes each double in its
// shortest exact form, number_format.h, and NaN as empty), and every row must be the one the
// scenario's catalog puts there, or the reader throws ResumeError.
#pragma once

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "sim/stats/kpi_catalog.h"

namespace ketensim::output {

class KpiRowsReader {
 public:
  KpiRowsReader(const std::filesystem::path& path, const stats::KpiCatalog& catalog);
  // The values of `replication`, the next one in the file, aligned with the catalog.
  std::vector<double> next(int replication);

 private:
  [[noreturn]] void mismatch(const std::string& expected, const std::string& found) const;
  std::string line();

  std::filesystem::path path_;
  const stats::KpiCatalog& catalog_;
  std::ifstream in_;
  long line_number_ = 0;
};

}  // namespace ketensim::output
