#include "sim/scenario/number_table.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <sstream>
#include <stdexcept>

#include "sim/scenario/yaml_tree.h"

namespace ketensim::scenario {
namespace {

std::vector<std::string> csv_fields(const std::string& line) {
  std::vector<std::string> fields(1);
  for (char c : line) {
    if (c == ',') {
      fields.emplace_back();
    } else if (c != '"' && c != '\r') {
      fields.back() += c;
    }
  }
  return fields;
}

// The number in `cell`, or nothing when it is not a whole finite number.
std::optional<double> number_in(const std::string& cell) {
  try {
    std::size_t used = 0;
    double x = std::stod(cell, &used);
    if (used == cell.size() && std::isfinite(x)) return x;
  } catch (const std::exception&) {
  }
  return std::nullopt;
}

}  // namespace

NumberTable read_number_table(const std::string& path, std::vector<std::string> columns) {
  NumberTable t;
  SourceText text = read_source(path);
  if (!text.text) {
    t.problem = "cannot read '" + path + "': " + text.problem;
    return t;
  }
  std::istringstream lines(*text.text);
  std::string line;
  std::getline(lines, line);
  t.header = csv_fields(line);
  t.columns = columns.empty() ? t.header : std::move(columns);
  std::vector<std::size_t> at;
  for (const std::string& c : t.columns) {
    auto it = std::find(t.header.begin(), t.header.end(), c);
    if (it == t.header.end()) {
      t.problem = "'" + path + "' has no column '" + c + "'";
      return t;
    }
    at.push_back(static_cast<std::size_t>(it - t.header.begin()));
  }
  for (int number = 2; std::getline(lines, line); ++number) {
    if (line.empty() || line == "\r") continue;
    std::vector<std::string> fields = csv_fields(line);
    std::vector<double> row;
    for (std::size_t i : at) {
      std::string cell = i < fields.size() ? fields[i] : "";
      std::optional<double> x = number_in(cell);
      if (!x) {
        t.problem =
            "line " + std::to_string(number) + " of '" + path + "': '" + cell + "' is not a number";
        t.rows.clear();
        return t;
      }
      row.push_back(*x);
    }
    t.rows.push_back(std::move(row));
  }
  return t;
}

}  // namespace ketensim::scenario
