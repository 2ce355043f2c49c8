// The one table of scenario parameters: every key of the format (docs/scenario-format.md)
// with its type, unit, default, range, meaning and source. The reader takes from it the
// keys allowed in each map, the required keys, numeric ranges and defaults; the parameter
// reference (`ketensim params`) and the JSON schema are generated from it. So a key that
// is not in this table cannot be read, and a key in it cannot go undocumented.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ketensim::scenario {

// One key. `path` is the key's place in the file: dots between map keys, `<name>`-style
// placeholders for keys the author chooses (stage, resource, stream, attribute, value
// names) and `[]` for the items of a list: "stages.<name>.next[].p". Paths starting with
// `<duration>` describe the inside of every value of type `duration`.
//
// For lists, `min` and `max` bound the items. `default_value` is written as it would be in
// YAML and is read exactly as if the author had written it; empty means no default.
struct ParamSpec {
  std::string path;
  std::string type;  // number, integer, date, name, text, map, duration, enum: a|b, ...
  std::string unit = {};
  std::string default_value = {};
  std::optional<double> min = {};
  std::optional<double> max = {};
  bool min_exclusive = false;  // min itself is not allowed
  std::string meaning = {};
  std::string source = {};  // where a default or range comes from
  bool required = false;    // the enclosing map must have this key
};

const std::vector<ParamSpec>& param_table();

// The row for `path`, or nullptr.
const ParamSpec* find_param(std::string_view path);

// The rows of the keys directly inside the map at `path`, in table order ("" is the top).
std::vector<const ParamSpec*> params_under(std::string_view path);

// The last component of a row's path: "fte", "<name>", "p".
std::string_view key_of(const ParamSpec& spec);

// True for a placeholder key such as "<name>": any name the author chooses.
bool is_placeholder(std::string_view key);

// "a number >= 0 and <= 1": how a value of this row is described to the author.
std::string expected_value(const ParamSpec& spec);

// The range of a number as text: ">= 0", "> 0 and <= 100"; empty without bounds.
std::string range_text(const ParamSpec& spec);

// A number as messages and the reference write it: up to 12 significant digits, so that
// 0.6 + 0.3 shows as 0.9 and 1000000 as 1000000.
std::string format_number(double value);

// The table as a Markdown reference, one table per section.
std::string params_markdown();

}  // namespace ketensim::scenario
