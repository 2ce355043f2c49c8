// The parameter table in words: what a value should look like, for error messages, and
// the whole table as the Markdown parameter reference.
#include <cstdio>
#include <sstream>

#include "sim/scenario/param_table.h"

namespace ketensim::scenario {

namespace {

struct TypePhrase {
  std::string_view type;
  std::string_view phrase;
};

constexpr TypePhrase kPhrases[] = {
    {"number", "a number"},
    {"integer", "a whole number"},
    {"list of numbers", "a list of numbers"},
    {"date", "a date YYYY-MM-DD"},
    {"text", "text"},
    {"path", "a file path"},
    {"scenario name", "a name of lower case letters, digits, _ and -, starting with a letter"},
    {"name", "a name of lower case letters, digits and _, starting with a letter"},
    {"value", "a value of the attribute"},
    {"stage name", "the name of a stage"},
    {"stage or exit name", "the name of a stage or exit"},
    {"list of names", "a list of names, such as [a, b]"},
    {"list of resource names", "a list of resource names, such as [jbw]"},
    {"list of resource names, or all", "a list of resource names, or all"},
    {"list of branches", "a list of branches, such as [{to: exit}]"},
    {"map", "a map"},
    {"condition", "a map of tests, such as {region: haaglanden, children: {min: 2}}"},
    {"duration", "a duration, such as {days: 14}"},
    {"count distribution", "{days: N} or {empirical: {N: p, ...}} with whole numbers N >= 1"},
    {"value or map of value -> weight", "a value, or a map of value -> weight"},
    {"value or list of values", "a value, or a list of values"},
    {"list of attribute names", "a list of attribute names, such as [region]"},
    {"measure name", "the name of a measure listed under measures"},
    {"list of timers", "a list of timers, such as [{days: 365, then: verlenging}]"},
    {"age distribution", "an age, such as {uniform: {min_years: 0, max_years: 17.5}}"},
    {"list of initial stocks", "a list of stocks, such as [{stage: ots, children: 384}]"},
    {"stage name or list", "a stage name, or a list of stage names"},
    {"resource name or list", "a resource name, or a list of resource names"},
    {"list of policies", "a list of policies, such as [{from: 2022-01-01, set: {...}}]"},
    {"list of assumptions", "a list of {param: key.path, note: text}"},
    {"key path", "a key path such as stages.jbt.duration"},
    {"key path or list of key paths",
     "a parameter path such as resources.jbw.fte, or a list of them"},
    {"list of uncertain inputs",
     "a list of {path: ..., distribution: {uniform: {min: ..., max: ...}}, source: text}"},
};

constexpr std::string_view kEnum = "enum: ";

// "enum: fifo|priority" -> "fifo or priority"
std::string enum_phrase(std::string_view choices) {
  std::string out;
  while (!choices.empty()) {
    std::size_t bar = choices.find('|');
    std::string_view choice = choices.substr(0, bar);
    choices = bar == std::string_view::npos ? std::string_view{} : choices.substr(bar + 1);
    out += (out.empty() ? "" : choices.empty() ? " or " : ", ") + std::string(choice);
  }
  return out;
}

std::string type_phrase(std::string_view type) {
  if (type.starts_with(kEnum)) return enum_phrase(type.substr(kEnum.size()));
  for (const TypePhrase& p : kPhrases) {
    if (p.type == type) return std::string(p.phrase);
  }
  return "a " + std::string(type);
}

std::string section_of(const ParamSpec& spec) {
  std::size_t dot = spec.path.find('.');
  return dot == std::string::npos ? "" : spec.path.substr(0, dot);
}

std::string cell(std::string_view text) {
  std::string out;
  for (char c : text) out += c == '|' ? std::string("\\|") : std::string(1, c);
  return out;
}

std::string row(const ParamSpec& s) {
  std::string def = s.default_value.empty() ? "" : "`" + s.default_value + "`";
  return "| `" + cell(s.path) + "` | " + cell(s.type) + " | " + cell(s.unit) + " | " + cell(def) +
         " | " + cell(range_text(s)) + " | " + (s.required ? "yes" : "") + " | " + cell(s.meaning) +
         " | " + cell(s.source) + " |\n";
}

std::string heading(const std::string& section) {
  if (section.empty()) return "## Top level\n\n";
  if (section == "<duration>") return "## Durations and counts (`<duration>`)\n\n";
  if (section == "<age>") return "## Ages (`<age>`)\n\n";
  return "## `" + section + "`\n\n";
}

constexpr const char* kIntroduction =
    "# Scenario parameters\n\n"
    "Every key of a scenario file, generated from the parameter table "
    "(sim/scenario/param_table.cpp); the format itself is described in "
    "docs/scenario-format.md. In a key, `<name>`, `<attribute>` and `<value>` stand for names "
    "you choose, `[]` for each item of a list, and `<duration>` for the inside of any "
    "duration (and of `children`). Unknown keys are errors.\n";

constexpr const char* kHeader =
    "| key | type | unit | default | range | required | meaning | source |\n"
    "|---|---|---|---|---|---|---|---|\n";

}  // namespace

std::string format_number(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.12g", value);
  return text;
}

std::string range_text(const ParamSpec& spec) {
  std::string low, high;
  if (spec.min) low = (spec.min_exclusive ? "> " : ">= ") + format_number(*spec.min);
  if (spec.max) high = "<= " + format_number(*spec.max);
  if (low.empty() || high.empty()) return low + high;
  return low + " and " + high;
}

std::string expected_value(const ParamSpec& spec) {
  std::string range = range_text(spec);
  return type_phrase(spec.type) + (range.empty() ? "" : " " + range);
}

std::string params_markdown() {
  std::ostringstream out;
  out << kIntroduction;
  std::string section = "-";
  for (const ParamSpec& spec : param_table()) {
    if (section_of(spec) != section) {
      section = section_of(spec);
      out << '\n' << heading(section) << kHeader;
    }
    out << row(spec);
  }
  return out.str();
}

}  // namespace ketensim::scenario
