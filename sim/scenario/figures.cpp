#include "sim/scenario/figures.h"

#include <algorithm>
#include <optional>

#include "sim/scenario/param_table.h"
#include "sim/scenario/plain_map.h"
#include "sim/scenario/value_reader.h"
#include "sim/scenario/yaml_tree.h"

namespace ketensim::scenario {

namespace {

// A figures file is not a scenario, so its keys are listed here rather than in the
// scenario parameter table; the values are read with the same readers and messages.
const ParamSpec kName = {
    .path = "figures", .type = "scenario name", .meaning = "name of the figure set"};
const ParamSpec kValue = {
    .path = "items[].value", .type = "number", .min = 0, .meaning = "the published figure"};
const ParamSpec kTolerance = {.path = "tolerance",
                              .type = "number",
                              .unit = "share",
                              .min = 0,
                              .max = 10,
                              .min_exclusive = true,
                              .meaning = "relative tolerance: 0.1 is +-10%"};
const ParamSpec kKind = {.path = "items[].kind",
                         .type = "name",
                         .meaning = "stock, flow or another kind named under tolerance"};
const ParamSpec kFlag = {.path = "items[].must_match",
                         .type = "enum: true|false",
                         .meaning = "validate fails when this figure is outside its tolerance"};
const ParamSpec kDataYear = {.path = "items[].data_year",
                             .type = "integer",
                             .min = 1900,
                             .max = 2200,
                             .meaning =
                                 "the last year whose data a value of an earlier period "
                                 "rests on (a back-test before it may not use it)"};
const ParamSpec kRole = {.path = "role",
                         .type = "enum: fit|test|input",
                         .meaning =
                             "fit: a calibration may tune parameters on the figure; test: "
                             "nothing may be tuned on it; input: the scenario takes it as "
                             "given, so it proves nothing and nothing uses it"};
const ParamSpec kCompare = {.path = "items[].compare",
                            .type = "enum: within|at_most|at_least",
                            .meaning = "within the tolerance of the value, or a bound"};

std::vector<std::pair<std::string, double>> read_tolerances(const Node& root, Diagnostics& out) {
  std::vector<std::pair<std::string, double>> tolerances;
  const Node* map = root.find("tolerance");
  if (!map) return tolerances;
  if (!map->is_map()) {
    report(out, map->location, "tolerance", "must be a map",
           "kind -> tolerance, such as {stock: 0.1}", describe(*map));
    return tolerances;
  }
  for (const Node::Entry& e : map->entries) {
    Field f{&e.value,    &kTolerance,  "tolerance." + e.key.scalar,
            "tolerance", e.key.scalar, e.key.location};
    if (std::optional<double> t = read_number(f, out)) tolerances.emplace_back(e.key.scalar, *t);
  }
  return tolerances;
}

const Keys kItemKeys = {{"kpi", "subject", "period", "value", "kind", "tolerance", "must_match",
                         "source", "note", "role", "compare", "statement", "data_year"},
                        {"kpi", "subject", "period", "value", "source"}};

std::optional<FigureRole> read_role(const Node& map, const std::string& path, Diagnostics& out) {
  Field f = field(map, "role", path, kRole);
  if (!f.node) return std::nullopt;
  std::optional<std::string> role = read_choice(f, out);
  if (!role) return std::nullopt;
  return *role == "fit" ? FigureRole::fit : *role == "input" ? FigureRole::input : FigureRole::test;
}

// The item's tolerance: its own, else its kind's. A bound needs none.
void read_item_tolerance(const Node& item, const std::string& path, PublishedFigure& f,
                         const std::vector<std::pair<std::string, double>>& tolerances,
                         Diagnostics& out) {
  const Node* compare = item.find("compare");
  bool bound = f.compare != FigureCompare::within || (compare && compare->scalar != "within");
  if (bound && !item.find("tolerance") && !item.find("kind")) return;
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
    report(out, item.location, path, "needs a kind or its own tolerance",
           "kind: stock, or tolerance: 0.1");
  } else {
    report(out, kind.location(), kind.path, "no tolerance for kind '" + f.kind + "'",
           kinds.empty() ? "a kind named under tolerance" : "one of the kinds under tolerance", "",
           nearest(f.kind, kinds));
  }
}

void read_compare(const Node& item, const std::string& path, PublishedFigure& f, Diagnostics& out) {
  Field c = field(item, "compare", path, kCompare);
  if (!c.node) return;
  std::optional<std::string> how = read_choice(c, out);
  if (!how) return;
  f.compare = *how == "at_most"    ? FigureCompare::at_most
              : *how == "at_least" ? FigureCompare::at_least
                                   : FigureCompare::within;
}

// A data year says a value rests on a later year's data; one not after the period says nothing.
void read_data_year(const Node& item, const std::string& path, PublishedFigure& f,
                    Diagnostics& out) {
  Field d = field(item, "data_year", path, kDataYear);
  if (!d.node) return;
  std::optional<long long> year = read_integer(d, out);
  if (!year) return;
  std::optional<int> period = period_year(f.period);
  if (!period) {
    report(out, d.location(), d.path, "needs a calendar year as the figure's period",
           "a period such as 2020, or no data_year", f.period);
  } else if (*year <= *period) {
    report(out, d.location(), d.path,
           "must be after the figure's period, " + f.period +
               ": a value rests on its own year's data unless it names a later one",
           "a year after " + f.period + ", or no data_year", std::to_string(*year));
  } else {
    f.data_year = static_cast<int>(*year);
  }
}

PublishedFigure read_item(const Node& item, const std::string& path,
                          const std::vector<std::pair<std::string, double>>& tolerances,
                          std::optional<FigureRole> file_role, Diagnostics& out) {
  PublishedFigure f;
  f.location = item.location;
  if (!check_map(item, item.location, path, kItemKeys, out)) return f;
  std::optional<FigureRole> role = read_role(item, path, out);
  if (!role) role = file_role;
  if (!role && !item.find("role")) {
    report(out, item.location, path,
           "needs a role: fit (a calibration may tune on it) or test "
           "(nothing may be tuned on it)",
           "role: fit or role: test, here or for the whole file");
  }
  f.role = role.value_or(FigureRole::test);
  read_compare(item, path, f, out);
  f.statement = text_of(item, "statement", path, out);
  f.note = text_of(item, "note", path, out);
  f.kpi = text_of(item, "kpi", path, out);
  f.subject = text_of(item, "subject", path, out);
  f.period = text_of(item, "period", path, out);
  f.source = text_of(item, "source", path, out);
  if (Field v = field(item, "value", path, kValue); v.node)
    f.value = read_number(v, out).value_or(0);
  if (Field k = field(item, "kind", path, kKind); k.node) f.kind = read_name(k, out).value_or("");
  if (Field m = field(item, "must_match", path, kFlag); m.node)
    f.must_match = read_choice(m, out) == "true";
  read_item_tolerance(item, path, f, tolerances, out);
  read_data_year(item, path, f, out);
  return f;
}

FigureSet read_set(const Node& root, const std::string& file, Diagnostics& out) {
  FigureSet set;
  set.file = file;
  if (!root.is_map() || !root.find("figures")) {
    // Nothing of it is quoted: `published_figures:` may name any file.
    report(out, {file, 0, 0}, "", "is not a ketensim figures file",
           "a map of figures, with at least figures and items", "");
    return set;
  }
  if (!check_map(root, {file, 0, 0}, "",
                 {{"figures", "description", "role", "tolerance", "items"}, {"figures", "items"}},
                 out)) {
    return set;
  }
  std::optional<FigureRole> file_role = read_role(root, "", out);
  if (!file_role && root.find("role")) file_role = FigureRole::test;  // reported as it is
  if (Field f = field(root, "figures", "", kName); f.node)
    set.name = read_name(f, out).value_or("");
  set.description = text_of(root, "description", "", out);
  auto tolerances = read_tolerances(root, out);
  const Node* items = root.find("items");
  if (!items) return set;
  if (!items->is_sequence()) {
    report(out, items->location, "items", "must be a list", "a list of figures", describe(*items));
    return set;
  }
  for (std::size_t i = 0; i < items->items.size(); ++i) {
    set.items.push_back(
        read_item(items->items[i], "items[" + std::to_string(i) + "]", tolerances, file_role, out));
  }
  return set;
}

}  // namespace

const char* role_name(FigureRole role) {
  return role == FigureRole::fit ? "fit" : role == FigureRole::input ? "input" : "test";
}

std::optional<int> period_year(const std::string& period) {
  bool digits = period.size() == 4 && std::all_of(period.begin(), period.end(),
                                                  [](char c) { return c >= '0' && c <= '9'; });
  if (!digits) return std::nullopt;
  return std::stoi(period);
}

std::optional<int> year_known(const PublishedFigure& figure) {
  if (figure.data_year) return figure.data_year;
  return period_year(figure.period);
}

const char* compare_name(FigureCompare compare) {
  switch (compare) {
    case FigureCompare::at_most:
      return "at_most";
    case FigureCompare::at_least:
      return "at_least";
    case FigureCompare::within:
      break;
  }
  return "within";
}

FigureSet load_figures(const std::string& path) {
  Diagnostics out;
  Node root = parse_plain_file(path, "the figures file", out);
  // `published_figures:` may name any file: a syntax error shows nothing of its text.
  if (!out.empty() && out.front().location.line > 0) {
    without_content(out, 0, "is not a ketensim figures file: it is not YAML ketensim reads");
  }
  FigureSet result = out.empty() ? read_set(root, path, out) : FigureSet{};
  throw_in_file_order(std::move(out));
  return result;
}

}  // namespace ketensim::scenario
