#include "sim/scenario/figures.h"

#include <algorithm>

#include "sim/scenario/param_table.h"
#include "sim/scenario/value_reader.h"
#include "sim/scenario/yaml_tree.h"

namespace ketensim::scenario {

namespace {

// A figures file is not a scenario, so its keys are listed here rather than in the
// scenario parameter table; the values are read with the same readers and messages.
ParamSpec text_row(const char* path, const char* meaning) {
  return {.path = path, .type = "text", .meaning = meaning};
}

const ParamSpec kName = {.path = "figures", .type = "scenario name", .meaning = "name of the figure set"};
const ParamSpec kText = text_row("text", "text");
const ParamSpec kValue = {.path = "items[].value", .type = "number", .min = 0,
                          .meaning = "the published figure"};
const ParamSpec kTolerance = {.path = "tolerance", .type = "number", .unit = "share", .min = 0,
                              .max = 10, .min_exclusive = true,
                              .meaning = "relative tolerance: 0.1 is +-10%"};
const ParamSpec kKind = {.path = "items[].kind", .type = "name",
                         .meaning = "stock, flow or another kind named under tolerance"};
const ParamSpec kFlag = {.path = "items[].must_match", .type = "enum: true|false",
                         .meaning = "validate fails when this figure is outside its tolerance"};

struct Keys {
  std::vector<std::string> allowed;
  std::vector<std::string> required;
};

// Reports a value that is not a map, unknown keys and missing required ones.
bool check_map(const Node& node, const Location& at, const std::string& path, const Keys& keys,
               Diagnostics& out) {
  if (!node.is_map()) {
    report(out, node.is_null() ? at : node.location, path, "must be a map", "", describe(node));
    return false;
  }
  std::string list;
  for (const std::string& k : keys.allowed) list += (list.empty() ? "" : ", ") + k;
  for (const Node::Entry& e : node.entries) {
    if (std::find(keys.allowed.begin(), keys.allowed.end(), e.key.scalar) != keys.allowed.end()) continue;
    report(out, e.key.location, join_path(path, e.key.scalar), "unknown key '" + e.key.scalar + "'",
           "one of " + list, "", nearest(e.key.scalar, keys.allowed));
  }
  for (const std::string& k : keys.required) {
    if (!node.find(k)) report(out, node.location, path, "missing required key '" + k + "'");
  }
  return true;
}

Field field(const Node& map, const std::string& key, const std::string& path, const ParamSpec& spec) {
  const Node* value = map.find(key);
  for (const Node::Entry& e : map.entries) {
    if (e.key.scalar == key) return {value, &spec, join_path(path, key), spec.path, key, e.key.location};
  }
  return {};
}

std::string text_of(const Node& map, const std::string& key, const std::string& path, Diagnostics& out) {
  Field f = field(map, key, path, kText);
  if (!f.node) return "";
  return read_text(f, out).value_or("");
}

std::vector<std::pair<std::string, double>> read_tolerances(const Node& root, Diagnostics& out) {
  std::vector<std::pair<std::string, double>> tolerances;
  const Node* map = root.find("tolerance");
  if (!map) return tolerances;
  if (!map->is_map()) {
    report(out, map->location, "tolerance", "must be a map", "kind -> tolerance, such as {stock: 0.1}",
           describe(*map));
    return tolerances;
  }
  for (const Node::Entry& e : map->entries) {
    Field f{&e.value, &kTolerance, "tolerance." + e.key.scalar, "tolerance", e.key.scalar, e.key.location};
    if (std::optional<double> t = read_number(f, out)) tolerances.emplace_back(e.key.scalar, *t);
  }
  return tolerances;
}

const Keys kItemKeys = {
    {"kpi", "subject", "period", "value", "kind", "tolerance", "must_match", "source", "note"},
    {"kpi", "subject", "period", "value", "source"}};

// The item's tolerance: its own, else its kind's.
void read_item_tolerance(const Node& item, const std::string& path, PublishedFigure& f,
                         const std::vector<std::pair<std::string, double>>& tolerances,
                         Diagnostics& out) {
  Field own = field(item, "tolerance", path, kTolerance);
  if (own.node) {
    f.tolerance = read_number(own, out).value_or(0);
    return;
  }
  std::vector<std::string> kinds;
  for (const auto& [kind, t] : tolerances) {
    kinds.push_back(kind);
    if (kind == f.kind) f.tolerance = t;
  }
  if (f.tolerance > 0) return;
  Field kind = field(item, "kind", path, kKind);
  if (!kind.node) {
    report(out, item.location, path, "needs a kind or its own tolerance", "kind: stock, or tolerance: 0.1");
  } else {
    report(out, kind.location(), kind.path, "no tolerance for kind '" + f.kind + "'",
           kinds.empty() ? "a kind named under tolerance" : "one of the kinds under tolerance", "",
           nearest(f.kind, kinds));
  }
}

PublishedFigure read_item(const Node& item, const std::string& path,
                          const std::vector<std::pair<std::string, double>>& tolerances,
                          Diagnostics& out) {
  PublishedFigure f;
  f.location = item.location;
  if (!check_map(item, item.location, path, kItemKeys, out)) return f;
  f.kpi = text_of(item, "kpi", path, out);
  f.subject = text_of(item, "subject", path, out);
  f.period = text_of(item, "period", path, out);
  f.source = text_of(item, "source", path, out);
  if (Field v = field(item, "value", path, kValue); v.node) f.value = read_number(v, out).value_or(0);
  if (Field k = field(item, "kind", path, kKind); k.node) f.kind = read_name(k, out).value_or("");
  if (Field m = field(item, "must_match", path, kFlag); m.node) f.must_match = read_choice(m, out) == "true";
  read_item_tolerance(item, path, f, tolerances, out);
  return f;
}

FigureSet read_set(const Node& root, const std::string& file, Diagnostics& out) {
  FigureSet set;
  set.file = file;
  if (!check_map(root, {file, 0, 0}, "", {{"figures", "description", "tolerance", "items"}, {"figures", "items"}}, out)) {
    return set;
  }
  if (Field f = field(root, "figures", "", kName); f.node) set.name = read_name(f, out).value_or("");
  set.description = text_of(root, "description", "", out);
  auto tolerances = read_tolerances(root, out);
  const Node* items = root.find("items");
  if (!items) return set;
  if (!items->is_sequence()) {
    report(out, items->location, "items", "must be a list", "a list of figures", describe(*items));
    return set;
  }
  for (std::size_t i = 0; i < items->items.size(); ++i) {
    set.items.push_back(read_item(items->items[i], "items[" + std::to_string(i) + "]", tolerances, out));
  }
  return set;
}

}  // namespace

FigureSet load_figures(const std::string& path) {
  Diagnostics out;
  SourceText source = read_source(path);
  if (!source.text) {
    out.push_back({{path, 0, 0}, "", "cannot read the figures file", "", source.problem, ""});
    throw ScenarioError(std::move(out));
  }
  Node root = parse_yaml(*source.text, path, out);
  FigureSet set = out.empty() ? read_set(root, path, out) : FigureSet{};
  if (out.empty()) return set;
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.location.line, a.location.column) < std::pair(b.location.line, b.location.column);
  });
  throw ScenarioError(std::move(out));
}

}  // namespace ketensim::scenario
