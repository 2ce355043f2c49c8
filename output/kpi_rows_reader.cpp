#include "output/kpi_rows_reader.h"

#include <charconv>
#include <cmath>

#include "output/csv_writer.h"
#include "output/partial_run.h"

namespace ketensim::output {
namespace {

// The inverse of format_number: empty is NaN; otherwise the whole text must be one number.
bool parse_value(const std::string& text, double& x) {
  if (text.empty()) {
    x = std::nan("");
    return true;
  }
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), x);
  return ec == std::errc() && end == text.data() + text.size();
}

}  // namespace

KpiRowsReader::KpiRowsReader(const std::filesystem::path& path, const stats::KpiCatalog& catalog)
    : path_(path), catalog_(catalog), in_(path, std::ios::binary) {
  if (!in_) {
    throw ResumeError("cannot resume " + path_.parent_path().string() + ": cannot read " +
                      path_.string());
  }
  std::string header = line();
  if (header != kKpiRowsHeader) mismatch(kKpiRowsHeader, header);
}

std::string KpiRowsReader::line() {
  std::string text;
  if (!std::getline(in_, text)) text = "the end of the file";
  ++line_number_;
  return text;
}

std::vector<double> KpiRowsReader::next(int replication) {
  std::vector<double> values(catalog_.size());
  for (std::size_t k = 0; k < catalog_.size(); ++k) {
    std::string row = line();
    std::string prefix = kpi_row_prefix(catalog_.key(k), replication);
    if (row.compare(0, prefix.size(), prefix) != 0 ||
        !parse_value(row.substr(prefix.size()), values[k])) {
      mismatch(prefix + "...", row);
    }
  }
  return values;
}

void KpiRowsReader::mismatch(const std::string& expected, const std::string& found) const {
  throw ResumeError("cannot resume " + path_.parent_path().string() + ": " + path_.string() +
                    " line " + std::to_string(line_number_) + " is not the row the saved run " +
                    "promises (expected '" + expected + "', found '" + found + "'); run it afresh");
}

}  // namespace ketensim::output
