#include "sim/scenario/diagnostic.h"

#include <algorithm>
#include <fstream>
#include <optional>

#include "sim/scenario/limits.h"

namespace ketensim::scenario {

namespace {

// Line `line` (1-based) of `file` without its line ending, or nothing.
std::optional<std::string> source_line(const std::string& file, int line) {
  if (line <= 0) return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  std::string text;
  for (int i = 0; i < line; ++i) {
    if (!std::getline(in, text)) return std::nullopt;
  }
  if (!text.empty() && text.back() == '\r') text.pop_back();
  return text;
}

bool is_continuation_byte(char c) {
  return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Blanks under the first `column - 1` characters of `text`, tabs where it has tabs.
std::string caret_indent(const std::string& text, int column) {
  std::string out;
  std::size_t i = 0;
  for (int chars = 1; chars < column; ++chars) {
    out += i < text.size() && text[i] == '\t' ? '\t' : ' ';
    if (i < text.size()) ++i;
    while (i < text.size() && is_continuation_byte(text[i])) ++i;
  }
  return out;
}

std::string excerpt(const Location& at) {
  std::optional<std::string> text = source_line(at.file, at.line);
  if (!text) return "";
  std::string number = std::to_string(at.line);
  std::size_t width = std::max<std::size_t>(4, number.size());
  std::string gutter(3 + width - number.size(), ' ');
  return "\n" + gutter + number + " | " + *text + "\n" + std::string(3 + width, ' ') + " | " +
         caret_indent(*text, at.column) + "^";
}

// `text` in `language`, by the phrases of diagnostic_nl.cpp.
std::string in(Language language, std::string_view text) {
  return translated(text, diagnostic_phrases(), language);
}

std::string head(const Diagnostic& d, Language language) {
  std::string where = d.location.file;
  if (d.location.line > 0) {
    where += ":" + std::to_string(d.location.line) + ":" + std::to_string(d.location.column);
  }
  std::string message = in(language, d.message);
  std::string what = d.key_path.empty() ? message : d.key_path + ": " + message;
  return where + ": " + in(language, "error") + ": " + what;
}

// `text` is translated when `ours` (an expected line, which ketensim writes), or when it has
// words ("a map", "empty text"): a found line of one word is what the author wrote, except
// "nothing", which describe() writes for an empty value.
std::string optional_line(const std::string& label, const std::string& text, Language language,
                          bool ours) {
  if (text.empty()) return "";
  bool translate = ours || text == "nothing" || text.find(' ') != std::string::npos;
  return "\n  " + in(language, label) + ": " + (translate ? in(language, text) : text);
}

// Longer words get no suggestion: the edit distance costs the product of the lengths.
constexpr std::size_t kLongestSuggested = 64;

// Optimal string alignment distance: edits, deletions, insertions and swaps of neighbours.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::vector<std::size_t>> d(a.size() + 1, std::vector<std::size_t>(b.size() + 1));
  for (std::size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (std::size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return d[a.size()][b.size()];
}

// Of two candidates as far away, the one that starts like the word wins: 'que' is 'queue'
// cut short more likely than 'fte' misspelt.
std::size_t common_prefix(const std::string& a, const std::string& b) {
  auto [stop, unused] = std::mismatch(a.begin(), a.end(), b.begin(), b.end());
  return static_cast<std::size_t>(stop - a.begin());
}

}  // namespace

std::string render(const Diagnostic& d, Language language) {
  std::string suggestion = "did you mean '" + d.suggestion + "'?";
  return head(d, language) + (d.quotes_source ? excerpt(d.location) : "") +
         optional_line("expected", d.expected, language, true) +
         optional_line("found", d.found, language, false) +
         (d.suggestion.empty() ? "" : "\n  " + in(language, suggestion));
}

void without_content(Diagnostics& problems, std::size_t first, const std::string& message) {
  for (std::size_t i = first; i < problems.size(); ++i) {
    problems[i] = {problems[i].location, "", message, "", "", "", false};
  }
}

std::string render(const Diagnostics& ds, Language language) {
  if (ds.empty()) return "";
  std::string out;
  std::size_t shown = std::min(ds.size(), kMaxRenderedProblems);
  for (std::size_t i = 0; i < shown; ++i) out += render(ds[i], language) + "\n";
  if (ds.size() > shown) {
    out += in(language, "(" + std::to_string(ds.size() - shown) + " more not shown)") + "\n";
  }
  std::string count = ds.size() == 1 ? "1 error" : std::to_string(ds.size()) + " errors";
  return out + in(language, count + " in " + ds.front().location.file);
}

ScenarioError::ScenarioError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(render(diagnostics)), diagnostics_(std::move(diagnostics)) {}

std::string nearest(const std::string& word, const std::vector<std::string>& candidates) {
  if (word.size() > kLongestSuggested) return "";
  std::size_t limit = std::max<std::size_t>(2, word.size() / 3);
  const std::string* best = nullptr;
  std::size_t best_distance = limit + 1;
  for (const std::string& candidate : candidates) {
    std::size_t length_gap =
        std::max(word.size(), candidate.size()) - std::min(word.size(), candidate.size());
    if (length_gap > limit) continue;  // at least that far; also spares work on huge words
    std::size_t distance = edit_distance(word, candidate);
    bool closer =
        distance < best_distance || (distance == best_distance && best &&
                                     common_prefix(word, candidate) > common_prefix(word, *best));
    if (closer) {
      best = &candidate;
      best_distance = distance;
    }
  }
  return best ? *best : "";
}

}  // namespace ketensim::scenario
