// Problems found in a scenario, in the form a person reads: file:line:column, the key path,
// what was expected, what was found, the source line with a caret, and a suggestion.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include "sim/scenario/scenario.h"
#include "sim/scenario/translation.h"

namespace ketensim::scenario {

struct Diagnostic {
  Location location;
  std::string key_path;       // e.g. "resources.jbw.fte"
  std::string message;        // e.g. "must be >= 0"
  std::string expected;       // optional
  std::string found;          // optional
  std::string suggestion;     // optional: a valid name close to what was found
  bool quotes_source = true;  // false: no source line is shown (a file that may be any file)
};

// Problems are collected into one of these and reported together.
using Diagnostics = std::vector<Diagnostic>;

// Renders one diagnostic, reading the source line from disk for the caret display:
//
//   FILE:LINE:COL: error: KEY_PATH: MESSAGE
//      LINE | source text
//           |     ^
//     expected: EXPECTED
//     found: FOUND
//     did you mean 'SUGGESTION'?
//
// The line number is right-aligned in a field at least 4 wide; the caret line copies tabs
// from the source so the caret stays under the column. Without a line (line 0) the head is
// "FILE: error: ..." and there is no source excerpt; neither is there when the line cannot
// be read back. An empty key path, and empty expected, found and suggestion lines, are
// left out. In Dutch the labels and the messages that have a Dutch text are translated
// (diagnostic_nl.cpp); key paths, names and values stay as written.
std::string render(const Diagnostic& d, Language language = Language::en);
// All diagnostics, one after another, then "1 error in FILE" or "N errors in FILE", FILE
// being the file of the first diagnostic (the loader lists the scenario file's own first).
// Beyond kMaxRenderedProblems (limits.h) the rest are only counted: "(N more not shown)".
std::string render(const Diagnostics& ds, Language language = Language::en);

// A file that another file names (`extend:`, `published_figures:`) may be any file on the
// machine: the problems from `first` on, found while reading it as YAML, keep their place
// (file, line, column) but show nothing of its text: no source line, no found value, and
// `message` (what the file is not) in place of the parser's words.
void without_content(Diagnostics& problems, std::size_t first, const std::string& message);

// Thrown by the loader and the checks with every problem found, never just the first.
class ScenarioError : public std::runtime_error {
 public:
  explicit ScenarioError(std::vector<Diagnostic> diagnostics);
  const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

// The candidate closest to `word` by edit distance, or "" when none is close enough to help.
std::string nearest(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace ketensim::scenario
