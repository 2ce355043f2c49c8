#include "sim/scenario/plain_map.h"

#include <algorithm>

#include "sim/scenario/yaml_tree.h"

namespace ketensim::scenario {

namespace {
const ParamSpec kText = {.path = "text", .type = "text", .meaning = "text"};
}  // namespace

bool check_map(const Node& node, const Location& at, const std::string& path, const Keys& keys,
               Diagnostics& out) {
  if (!node.is_map()) {
    report(out, node.is_null() ? at : node.location, path, "must be a map", "", describe(node));
    return false;
  }
  std::string list;
  for (const std::string& k : keys.allowed) list += (list.empty() ? "" : ", ") + k;
  for (const Node::Entry& e : node.entries) {
    if (std::find(keys.allowed.begin(), keys.allowed.end(), e.key.scalar) != keys.allowed.end())
      continue;
    report(out, e.key.location, join_path(path, e.key.scalar), "unknown key '" + e.key.scalar + "'",
           "one of " + list, "", nearest(e.key.scalar, keys.allowed));
  }
  for (const std::string& k : keys.required) {
    if (!node.find(k)) report(out, node.location, path, "missing required key '" + k + "'");
  }
  return true;
}

Field field(const Node& map, const std::string& key, const std::string& path,
            const ParamSpec& spec) {
  const Node* value = map.find(key);
  for (const Node::Entry& e : map.entries) {
    if (e.key.scalar == key)
      return {value, &spec, join_path(path, key), spec.path, key, e.key.location};
  }
  return {};
}

std::string text_of(const Node& map, const std::string& key, const std::string& path,
                    Diagnostics& out) {
  Field f = field(map, key, path, kText);
  if (!f.node) return "";
  return read_text(f, out).value_or("");
}

Node parse_plain_file(const std::string& path, const std::string& what, Diagnostics& out) {
  SourceText source = read_source(path);
  if (!source.text) {
    out.push_back({{path, 0, 0}, "", "cannot read " + what, "", source.problem, ""});
    return {};
  }
  return parse_yaml(*source.text, path, out);
}

void throw_in_file_order(Diagnostics out) {
  if (out.empty()) return;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.location.line, a.location.column) <
           std::pair(b.location.line, b.location.column);
  });
  throw ScenarioError(std::move(out));
}

}  // namespace ketensim::scenario
