#include "sim/scenario/section.h"

#include <algorithm>
#include <cassert>
#include <map>

namespace ketensim::scenario {

namespace {

// Every default of the table as a tree, read exactly as if the author had written it.
const Node* default_node(const ParamSpec& spec) {
  static const std::map<std::string, Node> defaults = [] {
    std::map<std::string, Node> nodes;
    for (const ParamSpec& s : param_table()) {
      Diagnostics ignored;  // the tests read every default
      if (!s.default_value.empty()) {
        nodes[s.path] = parse_yaml(s.default_value, "default of " + s.path, ignored);
      }
    }
    return nodes;
  }();
  auto found = defaults.find(spec.path);
  return found == defaults.end() ? nullptr : &found->second;
}

const ParamSpec& top_spec() {
  static const ParamSpec spec{.path = "", .type = "map"};
  return spec;
}

std::string key_list(const std::vector<const ParamSpec*>& keys) {
  std::string list;
  for (const ParamSpec* spec : keys)
    list += (list.empty() ? "" : ", ") + std::string(key_of(*spec));
  return list;
}

}  // namespace

Section::Section(Field field, Diagnostics& out) : field_(std::move(field)), out_(&out) {
  for (const ParamSpec* spec : params_under(field_.pattern)) {
    if (is_placeholder(key_of(*spec))) {
      placeholder_ = spec;
    } else {
      keys_.push_back(spec);
    }
  }
  ok_ = field_.node->is_map();
  if (!ok_) {
    report_wrong_kind(field_, "a map", out);
    return;
  }
  check_keys();
}

Section Section::top(const Node& root, Diagnostics& out) {
  return Section({&root, &top_spec(), "", "", "", {root.location.file, 0, 0}}, out);
}

bool Section::is_fixed(std::string_view key) const {
  return std::any_of(keys_.begin(), keys_.end(),
                     [&](const ParamSpec* spec) { return key_of(*spec) == key; });
}

void Section::check_keys() const {
  std::vector<std::string> known;
  for (const ParamSpec* spec : keys_) known.emplace_back(key_of(*spec));
  for (const Node::Entry& e : field_.node->entries) {
    if (!e.key.is_scalar()) {
      report(*out_, e.key.location, path(), "a key must be a name", kNameRule, describe(e.key));
    } else if (!placeholder_ && !is_fixed(e.key.scalar)) {
      report(*out_, e.key.location, join_path(path(), e.key.scalar),
             "unknown key '" + e.key.scalar + "'", "one of " + key_list(keys_), "",
             nearest(e.key.scalar, known));
    }
  }
  for (const ParamSpec* spec : keys_) {
    if (spec->required && !has(key_of(*spec))) report_missing(key_of(*spec));
  }
}

const ParamSpec& Section::spec_of(std::string_view key) const {
  auto is_key = [&](const ParamSpec* spec) { return key_of(*spec) == key; };
  auto found = std::find_if(keys_.begin(), keys_.end(), is_key);
  assert(found != keys_.end() && "a key the reader asks for must be in the parameter table");
  return **found;
}

Field Section::child(const Node& node, const ParamSpec& spec, std::string_view key,
                     const Location& key_location) const {
  return {&node,
          &spec,
          join_path(path(), key),
          join_path(field_.pattern, key_of(spec)),
          std::string(key),
          key_location};
}

bool Section::has(std::string_view key) const {
  return entry(key) != nullptr;
}

const Node::Entry* Section::entry(std::string_view key) const {
  if (!ok_) return nullptr;
  for (const Node::Entry& e : field_.node->entries) {
    if (e.key.is_scalar() && e.key.scalar == key) return &e;
  }
  return nullptr;
}

std::optional<Field> Section::get(std::string_view key) const {
  const ParamSpec& spec = spec_of(key);
  if (const Node::Entry* e = entry(key)) return child(e->value, spec, key, e->key.location);
  if (const Node* fallback = default_node(spec)) return child(*fallback, spec, key, location());
  return std::nullopt;
}

std::vector<Field> Section::named(bool names) const {
  std::vector<Field> fields;
  if (!ok_ || !placeholder_) return fields;
  for (const Node::Entry& e : field_.node->entries) {
    if (!e.key.is_scalar() || is_fixed(e.key.scalar)) continue;
    if (names && !is_identifier(e.key.scalar)) {
      report(*out_, e.key.location, join_path(path(), e.key.scalar), "not a valid name", kNameRule,
             e.key.scalar);
      continue;
    }
    fields.push_back(child(e.value, *placeholder_, e.key.scalar, e.key.location));
  }
  return fields;
}

void Section::report_missing(std::string_view key) const {
  const ParamSpec& spec = spec_of(key);
  report(*out_, location(), path(), "missing required key '" + std::string(key) + "'",
         std::string(key) + ": " + expected_value(spec));
}

void Section::report_not_here(std::string_view key, const std::string& message,
                              const std::string& expected) const {
  if (const Node::Entry* e = entry(key)) {
    report(*out_, e->key.location, join_path(path(), key), message, expected);
  }
}

std::optional<double> Section::number(std::string_view key) const {
  std::optional<Field> f = get(key);
  return f ? read_number(*f, *out_) : std::nullopt;
}

std::optional<long long> Section::integer(std::string_view key) const {
  std::optional<Field> f = get(key);
  return f ? read_integer(*f, *out_) : std::nullopt;
}

std::optional<std::string> Section::name(std::string_view key) const {
  std::optional<Field> f = get(key);
  return f ? read_name(*f, *out_) : std::nullopt;
}

std::optional<std::string> Section::choice(std::string_view key) const {
  std::optional<Field> f = get(key);
  return f ? read_choice(*f, *out_) : std::nullopt;
}

std::optional<std::string> Section::text(std::string_view key) const {
  std::optional<Field> f = get(key);
  return f ? read_text(*f, *out_) : std::nullopt;
}

std::vector<Field> named_fields(const Section& parent, std::string_view key) {
  std::optional<Field> map = parent.get(key);
  if (!map) return {};
  return Section(*map, parent.out()).named();
}

}  // namespace ketensim::scenario
