// An .xlsx workbook of plain tables: libxlsxwriter (Debian's libxlsxwriter-dev) enters the
// project here and nowhere else. Each sheet is a bold header row and rows of text and
// numbers; numbers are stored as numbers, so a Dutch or an English Excel shows them with its
// own decimal sign (a CSV cannot promise that). NaN and infinities are left empty.
#pragma once

#include <filesystem>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace ketensim::output::xlsx {

using Cell = std::variant<std::string, double>;

class Workbook {
 public:
  // Throws OutputError when the file cannot be created.
  explicit Workbook(const std::filesystem::path& path);
  ~Workbook();  // closes an unclosed workbook, ignoring errors
  Workbook(const Workbook&) = delete;
  Workbook& operator=(const Workbook&) = delete;

  // A new sheet (its name cut to Excel's 31 characters) with a frozen header row.
  void add_sheet(const std::string& name, const std::vector<std::string>& header);
  void add_row(const std::vector<Cell>& cells);  // to the last sheet added
  // Writes the file; throws OutputError when it cannot.
  void close();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ketensim::output::xlsx
