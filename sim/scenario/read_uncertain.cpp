// uncertain: the inputs whose values are not known exactly, each with a distribution of its
// plausible values (docs/scenario-format.md, "Uncertain inputs"). Reading takes the paths,
// the distribution and the source; whether each path names a number, and whether every value
// the distribution reaches fits there, is checked once the whole scenario is read.
#include <algorithm>
#include <filesystem>
#include <set>
#include <stdexcept>

#include "sim/scenario/key_path_checks.h"
#include "sim/scenario/number_table.h"
#include "sim/scenario/parameter_path.h"
#include "sim/scenario/sections.h"

namespace ketensim::scenario {
namespace {

using stats::InputDistribution;
using MaybeInput = std::optional<InputDistribution>;

// The numbers in `column` of a CSV file with a header line; problems are reported at `at`.
std::vector<double> csv_column(const Section& s, const std::string& file,
                               const std::string& column) {
  namespace fs = std::filesystem;
  std::string path = (fs::path(s.location().file).parent_path() / file).string();
  NumberTable t = read_number_table(path, {column});
  if (t.problem.empty()) {
    std::vector<double> draws;
    for (const auto& row : t.rows) draws.push_back(row[0]);
    return draws;
  }
  bool no_column = !t.header.empty() && t.rows.empty() &&
                   std::find(t.header.begin(), t.header.end(), column) == t.header.end();
  Field at = *s.get(no_column ? "column" : "file");
  report(s.out(), at.location(), at.path, t.problem, "", "",
         no_column ? nearest(column, t.header) : "");
  return {};
}

std::vector<double> draws_of(const Field& f, Diagnostics& out) {
  std::vector<double> draws;
  for (const Field& item : read_items(f, out)) {
    if (std::optional<double> x = read_number(item, out)) draws.push_back(*x);
  }
  return draws;
}

// The numbers of a form, all or nothing.
std::optional<std::vector<double>> numbers(const Section& s,
                                           std::initializer_list<const char*> keys) {
  std::vector<double> xs;
  for (const char* key : keys) {
    std::optional<double> x = s.number(key);
    if (!x) return std::nullopt;
    xs.push_back(*x);
  }
  return xs;
}

template <class Make>
MaybeInput make(const Field& at, Diagnostics& out, Make make_it) {
  try {
    return make_it();
  } catch (const std::invalid_argument& e) {
    report(out, at.location(), at.path, e.what());
    return std::nullopt;
  }
}

MaybeInput read_form(const Field& form, Diagnostics& out) {
  if (form.name == "draws") {
    std::vector<double> draws = draws_of(form, out);
    return make(form, out, [&] { return InputDistribution::draws(draws); });
  }
  Section s(form, out);
  if (!s.ok()) return std::nullopt;
  const std::string& kind = form.name;
  std::optional<std::vector<double>> p;
  if (kind == "draws_file") {
    std::optional<std::string> file = s.text("file"), column = s.text("column");
    if (!file || !column) return std::nullopt;
    std::vector<double> draws = csv_column(s, *file, *column);
    if (draws.empty()) return std::nullopt;
    return make(form, out, [&] { return InputDistribution::draws(draws); });
  }
  if (kind == "uniform" && (p = numbers(s, {"min", "max"})))
    return make(form, out, [&] { return InputDistribution::uniform((*p)[0], (*p)[1]); });
  if (kind == "triangular" && (p = numbers(s, {"min", "mode", "max"})))
    return make(form, out,
                [&] { return InputDistribution::triangular((*p)[0], (*p)[1], (*p)[2]); });
  if (kind == "normal" && (p = numbers(s, {"mean", "sd"})))
    return make(form, out, [&] { return InputDistribution::normal((*p)[0], (*p)[1]); });
  if (kind == "lognormal" && (p = numbers(s, {"mean", "sd"})))
    return make(form, out, [&] { return InputDistribution::lognormal((*p)[0], (*p)[1]); });
  if (kind == "beta" && (p = numbers(s, {"alpha", "beta", "min", "max"}))) {
    return make(form, out,
                [&] { return InputDistribution::beta((*p)[0], (*p)[1], (*p)[2], (*p)[3]); });
  }
  return std::nullopt;
}

// The one form written under `distribution`.
MaybeInput read_distribution(const Field& f, Diagnostics& out) {
  Section s(f, out);
  if (!s.ok()) return std::nullopt;
  const auto& entries = f.node->entries;
  if (entries.size() != 1) {
    std::string forms;
    for (const ParamSpec* spec : params_under(f.pattern)) {
      forms += (forms.empty() ? "" : ", ") + std::string(key_of(*spec));
    }
    report(out, f.location(), f.path,
           entries.empty() ? "a distribution needs a form" : "a distribution has exactly one form",
           "one of " + forms, std::to_string(entries.size()) + " forms");
    return std::nullopt;
  }
  const Node& key = entries.front().key;
  if (!key.is_scalar() || !find_param(f.pattern + "." + key.scalar)) return std::nullopt;
  return read_form(*s.get(key.scalar), out);
}

void read_paths(const Field& f, UncertainInput& u, Diagnostics& out) {
  std::vector<Field> items;
  if (f.node->is_sequence()) {
    items = read_items(f, out);
  } else {
    items.push_back(f);
  }
  for (const Field& item : items) {
    if (std::optional<std::string> path = read_text(item, out)) {
      u.paths.push_back(*path);
      u.path_locations.push_back(item.location());
    }
  }
}

std::optional<UncertainInput> read_input(const Section& s) {
  UncertainInput u;
  u.location = s.location();
  if (std::optional<Field> f = s.get("path")) read_paths(*f, u, s.out());
  assign(u.source, s.text("source"));
  std::optional<Field> d = s.get("distribution");
  MaybeInput distribution = d ? read_distribution(*d, s.out()) : std::nullopt;
  if (!distribution || u.paths.empty()) return std::nullopt;
  u.distribution = *distribution;
  u.name = u.paths.front();
  assign(u.name, s.name("name"));
  return u;
}

}  // namespace

std::vector<UncertainInput> read_uncertain(const Section& top) {
  std::vector<UncertainInput> inputs;
  std::optional<Field> field = top.get("uncertain");
  if (!field) return inputs;
  std::vector<Field> items = read_items(*field, top.out());
  for (std::size_t i = 0; i < items.size(); ++i) {
    Section s(items[i], top.out());
    if (!s.ok()) continue;
    if (std::optional<UncertainInput> u = read_input(s)) {
      u->key = "uncertain[" + std::to_string(i) + "]";
      inputs.push_back(std::move(*u));
    }
  }
  return inputs;
}

namespace {

// The ends of the values that go to path p must fit there: the distribution's, or for a
// joint input its column's.
void check_ends(const Scenario& s, const UncertainInput& u, std::size_t p,
                const ParameterSlot& slot, Diagnostics& out) {
  double low = u.distribution.lowest(), high = u.distribution.highest();
  if (!u.rows.empty()) {
    auto [min, max] = std::minmax_element(
        u.rows.begin(), u.rows.end(), [p](const auto& a, const auto& b) { return a[p] < b[p]; });
    low = (*min)[p];
    high = (*max)[p];
  }
  for (double end : {low, high}) {
    std::string problem = value_problem(s, slot, end);
    if (problem.empty()) continue;
    report(out, u.location, u.key + (u.rows.empty() ? ".distribution" : ""),
           "reaches " + format_number(end) + ", which '" + u.paths[p] + "' cannot take: " + problem,
           "", u.rows.empty() ? u.distribution.describe() : "");
    return;
  }
}

}  // namespace

void check_uncertain(const Scenario& s, Diagnostics& out) {
  std::set<std::string> seen_paths, seen_names;
  std::vector<ParameterSlot> slots;
  for (std::size_t i = 0; i < s.uncertain.size(); ++i) {
    const UncertainInput& u = s.uncertain[i];
    // A joint input's paths are its file's columns: named at the file.
    const std::string key = u.rows.empty() ? u.key + ".path" : u.key;
    if (!seen_names.insert(u.name).second) {
      report(out, u.location, u.key + ".name", "two uncertain inputs are named '" + u.name + "'");
    }
    for (std::size_t p = 0; p < u.paths.size(); ++p) {
      ResolvedPath r = resolve_parameter(s, u.paths[p], Reach::policy_values);
      if (!r.slot) {
        report(out, u.path_locations[p], key, r.problem.message, "", u.paths[p],
               r.problem.suggestion);
      } else if (!seen_paths.insert(u.paths[p]).second) {
        report(out, u.path_locations[p], key, "'" + u.paths[p] + "' is uncertain twice");
      } else {
        check_ends(s, u, p, *r.slot, out);
        slots.push_back(*r.slot);
      }
    }
    // Named at the first input whose shares leave no branch to take the rest.
    if (std::string problem = values_problem(s, slots); !problem.empty()) {
      report(out, u.location, key, problem);
      return;
    }
  }
}

}  // namespace ketensim::scenario
