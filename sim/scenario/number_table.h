// A CSV file of numbers under a header line of column names, as a scenario's draws files are
// written (`uncertain[].distribution.draws_file`, `calibrated.draws`). Quotes around a field
// are dropped; a field holds no comma.
#pragma once

#include <string>
#include <vector>

namespace ketensim::scenario {

struct NumberTable {
  std::vector<std::string> header;        // every column's name, in order
  std::vector<std::string> columns;       // the columns read
  std::vector<std::vector<double>> rows;  // rows[r][c]: column columns[c] of data row r
  std::string problem;                    // empty when read; else what went wrong, in words
};

// The columns named in `columns` (all, when empty) of every non-empty line after the header.
// A file that cannot be read, a missing column or a field that is not a finite number gives
// `problem` ("line 7 of 'x.csv': 'abc' is not a number") and no rows.
NumberTable read_number_table(const std::string& path, std::vector<std::string> columns = {});

}  // namespace ketensim::scenario
