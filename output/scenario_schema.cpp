#include "output/scenario_schema.h"

#include <charconv>
#include <cmath>
#include <stdexcept>

#include "output/scenario_schema_rules.h"
#include "sim/scenario/limits.h"
#include "sim/scenario/yaml_tree.h"

namespace ketensim::output {
namespace {

using scenario::ParamSpec;
using schema::Json;

// A map in a file with `extend` merges into the base's map: its keys may be ~ and none is
// required there. A list replaces the base's, so its items are always read in full.
enum class Mode { full, overlay };

constexpr const char* kIdentifier = "^[a-z][a-z0-9_]*$";
constexpr const char* kScenarioName = "^[a-z][a-z0-9_-]*$";
constexpr const char* kDate = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";

// How a value is written, by the type of its row.
enum class Shape {
  number,
  integer,
  numbers,
  date,
  text,
  key_path,
  key_paths,
  scenario_name,
  name,
  names,
  names_or_all,
  name_or_names,
  name_or_weights,
  map,
  items,
  duration,
  age,
  children,
  choice,
  unknown
};

struct TypeShape {
  std::string_view type;
  Shape shape;
};

constexpr TypeShape kShapes[] = {
    {"number", Shape::number},
    {"integer", Shape::integer},
    {"list of numbers", Shape::numbers},
    {"date", Shape::date},
    {"text", Shape::text},
    {"path", Shape::text},
    {"key path", Shape::key_path},
    {"key path or list of key paths", Shape::key_paths},
    {"scenario name", Shape::scenario_name},
    {"name", Shape::name},
    {"value", Shape::name},
    {"stage name", Shape::name},
    {"stage or exit name", Shape::name},
    {"measure name", Shape::name},
    {"list of names", Shape::names},
    {"list of resource names", Shape::names},
    {"list of attribute names", Shape::names},
    {"list of resource names, or all", Shape::names_or_all},
    {"stage name or list", Shape::name_or_names},
    {"resource name or list", Shape::name_or_names},
    {"value or list of values", Shape::name_or_names},
    {"value or map of value -> weight", Shape::name_or_weights},
    {"map", Shape::map},
    {"condition", Shape::map},
    {"duration", Shape::duration},
    {"age distribution", Shape::age},
    {"count distribution", Shape::children},
};

constexpr std::string_view kEnum = "enum: ";

Shape shape_of(const ParamSpec& row) {
  if (row.type.starts_with(kEnum)) return Shape::choice;
  for (const TypeShape& t : kShapes) {
    if (t.type == row.type) return t.shape;
  }
  // A list whose items are maps has rows for their keys: "initial[].stage".
  bool items = row.type.starts_with("list of ") && !scenario::params_under(row.path + "[]").empty();
  return items ? Shape::items : Shape::unknown;
}

// Whole numbers as integers, so the schema reads 1000000 rather than 1000000.0.
Json number_json(double x) {
  if (x == std::floor(x) && std::fabs(x) < 9e15) return static_cast<long long>(x);
  return x;
}

// A default as the YAML it is written in: `1` a number, `family` text, `{days: 0}` a map.
Json node_json(const scenario::Node& node) {
  using Kind = scenario::Node::Kind;
  if (node.kind == Kind::map) {
    Json map = Json::object();
    for (const auto& e : node.entries) map[e.key.scalar] = node_json(e.value);
    return map;
  }
  if (node.kind == Kind::sequence) {
    Json list = Json::array();
    for (const auto& item : node.items) list.push_back(node_json(item));
    return list;
  }
  if (node.kind == Kind::null) return nullptr;
  double x = 0;
  const std::string& text = node.scalar;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), x);
  if (error == std::errc{} && end == text.data() + text.size()) return number_json(x);
  return text;
}

Json default_json(const ParamSpec& row) {
  scenario::Diagnostics ignored;  // the parameter table's tests read every default
  return node_json(scenario::parse_yaml(row.default_value, "default of " + row.path, ignored));
}

std::string sentence(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 32);
  if (!text.empty() && text.back() != '.') text += '.';
  return text;
}

// Hover help: the meaning, then unit, default, range, whether required, and the source.
std::string description(const ParamSpec& row) {
  std::string facts;
  auto add = [&](const std::string& fact) { facts += (facts.empty() ? "" : " ") + fact; };
  if (!row.unit.empty()) add("Unit: " + row.unit + ".");
  if (!row.default_value.empty()) add("Default: " + row.default_value + ".");
  std::string range = scenario::range_text(row);
  bool list = shape_of(row) == Shape::numbers;
  if (!range.empty()) add((list ? "Each item " : "Range: ") + range + ".");
  if (row.required) add("Required.");
  if (!row.source.empty()) add("Source: " + row.source + ".");
  return sentence(row.meaning) + (facts.empty() ? "" : "\n\n" + facts);
}

// The loader's rules for the map or list at `path` (scenario_schema_rules.cpp).
Json with_rules(Json s, const std::string& path) {
  Json rules = schema::rules_at(path);
  for (const auto& [keyword, value] : rules.items()) {
    if (s.contains(keyword)) {
      throw std::logic_error("schema rule for " + path + " would replace its " + keyword);
    }
    s[keyword] = value;
  }
  return s;
}

Json numeric(const ParamSpec& row, const char* type) {
  Json s = {{"type", type}};
  if (row.min) s[row.min_exclusive ? "exclusiveMinimum" : "minimum"] = number_json(*row.min);
  if (row.max) s["maximum"] = number_json(*row.max);
  return s;
}

Json name() {
  return {{"type", "string"}, {"pattern", kIdentifier}};
}

// Lists replace the base's list whole, so their rules hold in overlays too.
Json names_list(const std::string& path) {
  return with_rules({{"type", "array"}, {"items", name()}, {"uniqueItems", true}}, path);
}

Json choices(const ParamSpec& row) {
  Json list = Json::array();
  std::string_view rest = std::string_view(row.type).substr(kEnum.size());
  for (std::size_t bar; (bar = rest.find('|')) != std::string_view::npos;
       rest.remove_prefix(bar + 1)) {
    list.push_back(std::string(rest.substr(0, bar)));
  }
  list.push_back(std::string(rest));
  return {{"enum", list}};
}

// Definitions shared by every duration, age and number of children.
Json ref(const std::string& definition, Mode mode) {
  return {
      {"allOf",
       {{{"$ref", "#/definitions/" + definition + (mode == Mode::overlay ? "-overlay" : "")}}}}};
}

Json object_at(const std::string& path, Mode mode);

Json value_schema(const ParamSpec& row, Mode mode) {
  switch (shape_of(row)) {
    case Shape::number:
      return numeric(row, "number");
    case Shape::integer:
      return numeric(row, "integer");
    case Shape::numbers:
      return with_rules({{"type", "array"}, {"items", numeric(row, "number")}}, row.path);
    case Shape::date:
      return {{"type", "string"}, {"format", "date"}, {"pattern", kDate}};
    case Shape::text:
      return {{"type", {"string", "number", "boolean"}}};  // any scalar
    case Shape::key_path:
      return {{"type", "string"}};
    case Shape::key_paths: {
      Json path = {{"type", "string"}};
      Json list = {{"type", "array"}, {"items", path}};
      return {{"anyOf", {path, list}}};
    }
    case Shape::scenario_name:
      return {{"type", "string"}, {"pattern", kScenarioName}};
    case Shape::name:
      return name();
    case Shape::names:
      return names_list(row.path);
    case Shape::names_or_all:
      return {{"anyOf", {{{"const", "all"}}, names_list(row.path)}}};
    case Shape::name_or_names:
      return {{"anyOf", {name(), names_list(row.path)}}};
    case Shape::name_or_weights:
      return {{"anyOf", {name(), object_at(row.path, mode)}}};
    case Shape::map:
      return object_at(row.path, mode);
    case Shape::items:
      return with_rules({{"type", "array"}, {"items", object_at(row.path + "[]", Mode::full)}},
                        row.path);
    case Shape::duration:
      return ref("duration", mode);
    case Shape::age:
      return ref("age", mode);
    case Shape::children:
      return ref("children", mode);
    case Shape::choice:
      return choices(row);
    case Shape::unknown:
      break;
  }
  return Json::object();  // accepts anything; schema_gaps() names the row
}

// `s` or ~. Keywords other than `type` and `enum` hold for values of their own kind
// only (`minimum` for numbers, `properties` for maps), so adding null to those is enough.
Json nullable(Json s) {
  if (s.contains("type")) {
    if (s["type"].is_string())
      s["type"] = {s["type"], "null"};
    else
      s["type"].push_back("null");
  } else if (s.contains("enum")) {
    s["enum"].push_back(nullptr);
  } else if (s.contains("anyOf")) {
    s["anyOf"].push_back({{"type", "null"}});
  } else {
    s = {{"anyOf", {{{"type", "null"}}, s}}};
  }
  return s;
}

// The schema of the value under a key, with its hover help; in an overlay it may be ~.
Json property(const ParamSpec& row, Mode mode, Json value) {
  Json out = {{"description", description(row)}};
  if (!row.default_value.empty()) out["default"] = default_json(row);
  if (mode == Mode::overlay) value = nullable(value);
  for (const auto& [keyword, part] : value.items()) out[keyword] = part;
  return out;
}

Json property(const ParamSpec& row, Mode mode) {
  return property(row, mode, value_schema(row, mode));
}

// "^[a-z]..." without the keys the map names itself: "^(?!(?:children)$)[a-z]...".
std::string excluding(const std::string& pattern, const std::vector<std::string>& fixed) {
  if (fixed.empty()) return pattern;
  std::string keys;
  for (const std::string& key : fixed) keys += (keys.empty() ? "" : "|") + key;
  return "^(?!(?:" + keys + ")$)" + pattern.substr(1);
}

// Keys the author chooses: stages, resources, attribute values, years, ...
void add_chosen(Json& s, const ParamSpec& row, const std::vector<std::string>& fixed, Mode mode) {
  std::optional<std::string> pattern = schema::key_pattern(row);
  if (!pattern || pattern->empty()) {
    s["additionalProperties"] = property(row, mode);
    return;
  }
  s["patternProperties"] = {{excluding(*pattern, fixed), property(row, mode)}};
  s["additionalProperties"] = false;
}

// The map at `path`: the keys its rows name, a row's `<placeholder>` for chosen keys.
Json object_at(const std::string& path, Mode mode) {
  Json s = {{"type", "object"}}, properties = Json::object(), required = Json::array();
  const ParamSpec* chosen = nullptr;
  std::vector<std::string> fixed;
  for (const ParamSpec* row : scenario::params_under(path)) {
    std::string key(scenario::key_of(*row));
    if (scenario::is_placeholder(key)) {
      chosen = row;
      continue;
    }
    fixed.push_back(key);
    properties[key] = property(*row, mode);
    if (row->required && mode == Mode::full) required.push_back(key);
  }
  if (!properties.empty()) s["properties"] = properties;
  if (chosen) {
    add_chosen(s, *chosen, fixed, mode);
  } else {
    s["additionalProperties"] = false;
  }
  if (!required.empty()) s["required"] = required;
  return mode == Mode::full ? with_rules(s, path) : s;
}

// `children`: {days: N} or {empirical: {N: p}} with whole numbers N >= 1
// (distribution_reader.cpp, read_children).
Json count_form(const ParamSpec& row, Mode mode) {
  if (row.path == "<duration>.days") {
    Json count = {
        {"type", "integer"}, {"minimum", 1}, {"maximum", number_json(scenario::kMaxChildren)}};
    return property(row, mode, count);
  }
  Json table = object_at(row.path, mode);
  Json probability = table["patternProperties"].begin().value();
  table["patternProperties"] = {{schema::kCountKey, probability}};
  return property(row, mode, table);
}

// A distribution rooted at `root` ("<duration>", "<age>"): exactly one of its forms, each a
// map of one key; in an overlay, the forms as keys of one map.
Json forms(const std::string& root, Mode mode, bool counts) {
  Json alternatives = Json::array(), properties = Json::object();
  for (const ParamSpec* row : scenario::params_under(root)) {
    std::string form(scenario::key_of(*row));
    if (counts && form != "days" && form != "empirical") continue;
    Json value = counts ? count_form(*row, mode) : property(*row, mode);
    properties[form] = value;
    alternatives.push_back({{"type", "object"},
                            {"properties", {{form, value}}},
                            {"required", {form}},
                            {"additionalProperties", false}});
  }
  if (mode == Mode::overlay) {
    return {{"type", "object"}, {"properties", properties}, {"additionalProperties", false}};
  }
  return {{"oneOf", alternatives}};
}

Json definitions() {
  Json d = Json::object();
  for (Mode mode : {Mode::full, Mode::overlay}) {
    std::string suffix = mode == Mode::overlay ? "-overlay" : "";
    d["duration" + suffix] = forms("<duration>", mode, false);
    d["age" + suffix] = forms("<age>", mode, false);
    d["children" + suffix] = forms("<duration>", mode, true);
  }
  return d;
}

constexpr const char* kAbout =
    "A ketensim scenario (docs/scenario-format.md). Generated by `ketensim schema` from the "
    "parameter table the loader validates with; `ketensim check` checks what a schema cannot "
    "(names that refer to stages, probabilities that sum to 1).";

}  // namespace

std::string scenario_schema_json() {
  Json doc = {{"$schema", "http://json-schema.org/draft-07/schema#"},
              {"title", "ketensim scenario"},
              {"description", kAbout},
              {"definitions", definitions()},
              {"if", {{"required", {"extend"}}}},
              {"then", object_at("", Mode::overlay)},
              {"else", object_at("", Mode::full)}};
  return doc.dump(2) + "\n";
}

std::vector<std::string> schema_gaps() {
  std::vector<std::string> gaps;
  for (const ParamSpec& row : scenario::param_table()) {
    if (shape_of(row) == Shape::unknown) {
      gaps.push_back("row " + row.path + ": type '" + row.type +
                     "' is not in kShapes (output/scenario_schema.cpp)");
    }
    if (scenario::is_placeholder(scenario::key_of(row)) && !schema::key_pattern(row)) {
      gaps.push_back("row " + row.path + ": placeholder '" + std::string(scenario::key_of(row)) +
                     "' has no key pattern (output/scenario_schema_rules.cpp)");
    }
  }
  for (std::string path : schema::ruled_paths()) {
    if (path.ends_with("[]")) path.resize(path.size() - 2);
    if (!scenario::find_param(path)) {
      gaps.push_back("output/scenario_schema_rules.cpp has rules for " + path +
                     ", which is not a row of the parameter table");
    }
  }
  return gaps;
}

}  // namespace ketensim::output
