#include "output/xlsx/workbook.h"

#include <xlsxwriter.h>

#include <cmath>

#include "output/atomic_file.h"
#include "output/made_at.h"

namespace ketensim::output::xlsx {

struct Workbook::Impl {
  std::filesystem::path path;
  lxw_workbook* book = nullptr;
  lxw_format* bold = nullptr;
  lxw_worksheet* sheet = nullptr;
  lxw_row_t row = 0;
};

Workbook::Workbook(const std::filesystem::path& path) : impl_(std::make_unique<Impl>()) {
  impl_->path = path;
  impl_->book = workbook_new(path.c_str());
  if (!impl_->book) throw OutputError("cannot create " + path.string());
  lxw_doc_properties properties{};
  properties.created = made_at();  // the only time in the file: reproducible with SOURCE_DATE_EPOCH
  workbook_set_properties(impl_->book, &properties);
  impl_->bold = workbook_add_format(impl_->book);
  format_set_bold(impl_->bold);
}

Workbook::~Workbook() {
  if (impl_->book) workbook_close(impl_->book);
}

void Workbook::add_sheet(const std::string& name, const std::vector<std::string>& header) {
  impl_->sheet = workbook_add_worksheet(impl_->book, name.substr(0, 31).c_str());
  if (!impl_->sheet)
    throw OutputError("cannot add the sheet '" + name + "' to " + impl_->path.string());
  for (std::size_t c = 0; c < header.size(); ++c) {
    worksheet_write_string(impl_->sheet, 0, static_cast<lxw_col_t>(c), header[c].c_str(),
                           impl_->bold);
  }
  worksheet_freeze_panes(impl_->sheet, 1, 0);
  impl_->row = 1;
}

void Workbook::add_row(const std::vector<Cell>& cells) {
  for (std::size_t c = 0; c < cells.size(); ++c) {
    auto col = static_cast<lxw_col_t>(c);
    if (const auto* text = std::get_if<std::string>(&cells[c])) {
      worksheet_write_string(impl_->sheet, impl_->row, col, text->c_str(), nullptr);
    } else if (double x = std::get<double>(cells[c]); std::isfinite(x)) {
      worksheet_write_number(impl_->sheet, impl_->row, col, x, nullptr);
    }
  }
  ++impl_->row;
}

void Workbook::close() {
  lxw_error e = workbook_close(impl_->book);
  impl_->book = nullptr;
  if (e != LXW_NO_ERROR)
    throw OutputError("cannot write " + impl_->path.string() + ": " + lxw_strerror(e));
}

}  // namespace ketensim::output::xlsx
