#include "sim/experiment/kpi_target.h"

#include <charconv>
#include <cmath>
#include <regex>
#include <tuple>
#include <utility>
#include <vector>

namespace ketensim::experiment {
namespace {

// Phrases for KPIs, tried in order; `$1` in the name is replaced by the first number caught,
// or, for a KPI with a threshold, that number is its N days.
struct Phrase {
  const char* pattern;
  const char* kpi;
  bool threshold = false;
};
const std::vector<Phrase>& phrases() {
  static const std::vector<Phrase> table = {
      {R"(share (?:of families )?waiting (?:longer than|more than|>) (\d+) days)",
       "waited_over_$1d"},
      {R"(share (?:of families )?(?:waiting|who waited))", "waited_share"},
      {R"((?:share placed within|placed_within_share) (\d+)(?: ?d| days)?)", "placed_within_share",
       true},
      {R"((?:(?:children|families) waiting (?:longer than|more than|>)|waiting_over_end) (\d+)(?: ?d| days)?(?: at (?:the )?year end)?)",
       "waiting_over_end", true},
      {R"(mean wait(?:ing time)?(?: in days)?)", "wait_mean"},
      {R"((?:families )?waiting at (?:the )?year end)", "queue_end"},
      {R"(mean (?:families )?waiting)", "queue_mean"},
  };
  return table;
}

struct Comparison {
  const char* symbol;
  KpiTarget::Op op;
};
constexpr Comparison kComparisons[] = {{"<=", KpiTarget::Op::at_most},
                                       {">=", KpiTarget::Op::at_least},
                                       {"<", KpiTarget::Op::below},
                                       {">", KpiTarget::Op::above}};

// Without leading and trailing blanks, and each run of blanks inside as one space.
std::string trim(const std::string& s) {
  std::string out;
  for (char c : s) {
    bool blank = c == ' ' || c == '\t';
    if (!blank)
      out += c;
    else if (!out.empty() && out.back() != ' ')
      out += ' ';
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

[[noreturn]] void fail(const std::string& text, const std::string& why) {
  throw RequestError("target '" + text + "': " + why +
                     " (expected a KPI, a comparison and a value, e.g. \"wait_mean <= 30\" or "
                     "\"waited_share <= 5%\")");
}

// The last comparison in the text: its position and length.
std::pair<std::size_t, const Comparison*> last_comparison(const std::string& text) {
  for (std::size_t i = text.size(); i-- > 0;) {
    for (const auto& c : kComparisons) {
      std::size_t n = std::char_traits<char>::length(c.symbol);
      if (text.compare(i, n, c.symbol) == 0) return {i, &c};
    }
  }
  return {std::string::npos, nullptr};
}

double read_value(const std::string& text, std::string value) {
  bool percent = !value.empty() && value.back() == '%';
  if (percent) value = trim(value.substr(0, value.size() - 1));
  double x = 0;
  auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), x);
  if (value.empty() || ec != std::errc() || end != value.data() + value.size() ||
      !std::isfinite(x)) {
    fail(text, "'" + value + "' is not a number");
  }
  return percent ? x / 100 : x;
}

// The KPI's catalog name, when written after it its subject, and its threshold (-1: none).
std::tuple<std::string, std::string, int> kpi_of(const std::string& text, const std::string& left) {
  static const std::regex name(R"([a-z][a-z0-9_]*)");
  static const std::regex name_and_subject(R"(([a-z][a-z0-9_]*) ([^ ]+))");
  if (std::regex_match(left, name)) return {left, "", -1};
  for (const auto& p : phrases()) {
    std::smatch m;
    std::regex pattern(p.pattern, std::regex::icase);
    if (!std::regex_match(left, m, pattern)) continue;
    if (!p.threshold) return {std::regex_replace(m[0].str(), pattern, p.kpi), "", -1};
    std::string days = m[1].str();
    if (days.size() > 5) fail(text, "'" + days + "' days is too many");
    return {p.kpi, "", std::stoi(days)};
  }
  std::smatch m;
  if (std::regex_match(left, m, name_and_subject)) return {m[1].str(), m[2].str(), -1};
  fail(text,
       "'" + left + "' is neither a KPI name (with or without its subject) nor a known phrase");
}

}  // namespace

bool KpiTarget::met_by(double x) const {
  switch (op) {
    case Op::at_most:
      return x <= value;
    case Op::below:
      return x < value;
    case Op::at_least:
      return x >= value;
    case Op::above:
      return x > value;
  }
  return false;
}

KpiTarget parse_target(const std::string& text) {
  auto [at, comparison] = last_comparison(text);
  if (!comparison) fail(text, "no comparison (<=, <, >=, >)");
  std::size_t length = std::char_traits<char>::length(comparison->symbol);
  std::string left = trim(text.substr(0, at));
  if (left.empty()) fail(text, "nothing left of '" + std::string(comparison->symbol) + "'");
  KpiTarget t;
  t.text = text;
  t.op = comparison->op;
  t.value = read_value(text, trim(text.substr(at + length)));
  std::tie(t.kpi, t.subject, t.threshold_days) = kpi_of(text, left);
  return t;
}

}  // namespace ketensim::experiment
