#include "sim/scenario/calibration_spec.h"

#include <algorithm>
#include <filesystem>

#include "sim/scenario/param_table.h"
#include "sim/scenario/plain_map.h"
#include "sim/scenario/section.h"
#include "sim/scenario/yaml_tree.h"

namespace ketensim::scenario {

namespace {

// A spec is not a scenario: its keys are listed here, its values read with the same readers.
const ParamSpec kName = {
    .path = "calibration", .type = "scenario name", .meaning = "name of the spec"};
const ParamSpec kPath = {.path = "figures", .type = "path", .meaning = "published figures file"};
const ParamSpec kReplications = {.path = "replications",
                                 .type = "integer",
                                 .min = 2,
                                 .max = 100000,
                                 .meaning = "replications per evaluation"};
const ParamSpec kSeed = {.path = "seed", .type = "integer", .min = 0, .meaning = "seed"};
const ParamSpec kMethod = {
    .path = "method", .type = "enum: bobyqa|sbplx|neldermead|cobyla", .meaning = "the optimiser"};
const ParamSpec kEvaluations = {.path = "max_evaluations",
                                .type = "integer",
                                .min = 1,
                                .max = 1000000,
                                .meaning = "most runs of the objective"};
const ParamSpec kTolerance = {.path = "tolerance",
                              .type = "number",
                              .min = 0,
                              .max = 1,
                              .min_exclusive = true,
                              .meaning = "stopping tolerance"};
const ParamSpec kScan = {
    .path = "scan",
    .type = "integer",
    .min = 0,
    .max = 1000,
    .meaning = "positions per parameter of the scan after each local run (0: none)"};
const ParamSpec kConstancy = {.path = "constancy",
                              .type = "number",
                              .min = 0,
                              .max = 1e9,
                              .meaning = "weight of per-year values' distance from their mean"};
const ParamSpec kBound = {.path = "parameters[].min", .type = "number", .meaning = "bound"};
const ParamSpec kYear = {.path = "parameters[].per_year[]",
                         .type = "integer",
                         .min = 1900,
                         .max = 2200,
                         .meaning = "a calendar year"};
const ParamSpec kPriorValue = {
    .path = "parameters[].prior.value", .type = "number", .meaning = "the prior's value"};
const ParamSpec kPriorSd = {.path = "parameters[].prior.sd",
                            .type = "number",
                            .min = 0,
                            .min_exclusive = true,
                            .meaning = "the prior's standard deviation"};
const ParamSpec kParamPath = {.path = "parameters[].path",
                              .type = "key path",
                              .meaning = "a parameter path, as policies write them"};

const Keys kTopKeys = {{"calibration", "description", "figures", "replications", "seed", "method",
                        "max_evaluations", "tolerance", "scan", "constancy", "parameters"},
                       {"calibration", "parameters"}};
const Keys kParameterKeys = {
    {"name", "path", "paths", "min", "max", "start", "per_year", "reason", "prior"},
    {"min", "max"}};
const Keys kPriorKeys = {{"value", "sd", "source"}, {"value", "sd", "source"}};

template <class Read>
void read_into(const Node& map, const std::string& key, const std::string& path,
               const ParamSpec& spec, Read assign_value) {
  Field f = field(map, key, path, spec);
  if (f.node) assign_value(f);
}

std::vector<std::string> read_paths(const Node& item, const std::string& path, Diagnostics& out) {
  std::vector<std::string> paths;
  if (Field f = field(item, "path", path, kParamPath); f.node) {
    if (std::optional<std::string> p = read_text(f, out)) paths.push_back(*p);
  }
  if (Field f = field(item, "paths", path, kParamPath); f.node) {
    for (const Field& one : read_items(f, out)) {
      if (std::optional<std::string> p = read_text(one, out)) paths.push_back(*p);
    }
  }
  if (item.find("path") && item.find("paths")) {
    report(out, item.location, path, "needs one of path and paths, not both");
  } else if (!item.find("path") && !item.find("paths")) {
    report(out, item.location, path, "needs a path (or paths: several set to the one value)");
  }
  return paths;
}

std::vector<int> read_years(const Node& item, const std::string& path, Diagnostics& out) {
  std::vector<int> years;
  Field f = field(item, "per_year", path, kYear);
  if (!f.node) return years;
  for (const Field& one : read_items(f, out)) {
    std::optional<long long> y = read_integer(one, out);
    if (!y) continue;
    if (std::find(years.begin(), years.end(), static_cast<int>(*y)) != years.end()) {
      report(out, one.location(), one.path, "this year is listed twice");
    }
    years.push_back(static_cast<int>(*y));
  }
  std::sort(years.begin(), years.end());
  years.erase(std::unique(years.begin(), years.end()), years.end());
  if (f.node->is_sequence() && years.size() == 1) {
    report(out, f.location(), f.path, "one year is one value: leave per_year out",
           "two or more years");
  }
  return years;
}

std::optional<Prior> read_prior(const Node& item, const std::string& path, Diagnostics& out) {
  const Node* node = item.find("prior");
  if (!node) return std::nullopt;
  std::string at = path + ".prior";
  if (!check_map(*node, node->location, at, kPriorKeys, out)) return std::nullopt;
  Prior prior;
  read_into(*node, "value", at, kPriorValue,
            [&](const Field& f) { assign(prior.value, read_number(f, out)); });
  read_into(*node, "sd", at, kPriorSd,
            [&](const Field& f) { assign(prior.sd, read_number(f, out)); });
  prior.source = text_of(*node, "source", at, out);
  if (const Node* source = node->find("source");
      source && prior.source.empty() && source->is_scalar()) {
    report(out, source->location, at + ".source", "a prior needs its source",
           "where the value comes from", "\"\"");
  }
  return prior;
}

FreeParameter read_parameter(const Node& item, const std::string& path, Diagnostics& out) {
  FreeParameter p;
  p.location = item.location;
  if (!check_map(item, item.location, path, kParameterKeys, out)) return p;
  p.paths = read_paths(item, path, out);
  p.name = text_of(item, "name", path, out);
  if (p.name.empty() && !p.paths.empty()) p.name = p.paths.front();
  read_into(item, "min", path, kBound, [&](const Field& f) { assign(p.min, read_number(f, out)); });
  read_into(item, "max", path, kBound, [&](const Field& f) { assign(p.max, read_number(f, out)); });
  read_into(item, "start", path, kBound, [&](const Field& f) { p.start = read_number(f, out); });
  p.years = read_years(item, path, out);
  p.reason = text_of(item, "reason", path, out);
  p.prior = read_prior(item, path, out);
  if (!(p.min < p.max) && item.find("min") && item.find("max")) {
    report(out, item.location, path + ".max", "max must be above min",
           "a number above " + format_number(p.min), format_number(p.max));
  }
  if (p.start && (*p.start < p.min || *p.start > p.max)) {
    report(out, item.location, path + ".start", "start must lie between min and max",
           format_number(p.min) + " .. " + format_number(p.max), format_number(*p.start));
  }
  if (p.prior && p.min < p.max && (p.prior->value < p.min || p.prior->value > p.max)) {
    const Node* prior = item.find("prior");
    const Node* value = prior->find("value");
    report(out, value ? value->location : prior->location, path + ".prior.value",
           "a prior must lie between min and max",
           format_number(p.min) + " .. " + format_number(p.max), format_number(p.prior->value));
  }
  if (!p.years.empty() && p.reason.empty()) {
    report(out, item.location, path, "a value per year needs a reason",
           "reason: the dated event or published series that makes it change by year");
  }
  return p;
}

void read_settings(const Node& root, CalibrationSpec& spec, Diagnostics& out) {
  read_into(root, "replications", "", kReplications, [&](const Field& f) {
    assign(spec.replications, read_integer(f, out));
    spec.replications_location = f.location();
  });
  read_into(root, "seed", "", kSeed,
            [&](const Field& f) { assign(spec.seed, read_unsigned64(f, out)); });
  read_into(root, "method", "", kMethod,
            [&](const Field& f) { assign(spec.method, read_choice(f, out)); });
  read_into(root, "max_evaluations", "", kEvaluations,
            [&](const Field& f) { assign(spec.max_evaluations, read_integer(f, out)); });
  read_into(root, "tolerance", "", kTolerance,
            [&](const Field& f) { assign(spec.tolerance, read_number(f, out)); });
  read_into(root, "scan", "", kScan,
            [&](const Field& f) { assign(spec.scan, read_integer(f, out)); });
  read_into(root, "constancy", "", kConstancy,
            [&](const Field& f) { assign(spec.constancy, read_number(f, out)); });
}

CalibrationSpec read_spec(const Node& root, const std::string& file, Diagnostics& out) {
  CalibrationSpec spec;
  spec.file = file;
  spec.location = {file, 1, 1};
  spec.replications_location = spec.location;
  if (!check_map(root, {file, 0, 0}, "", kTopKeys, out)) return spec;
  if (Field f = field(root, "calibration", "", kName); f.node)
    spec.name = read_name(f, out).value_or("");
  if (Field f = field(root, "figures", "", kPath); f.node) {
    std::string rel = read_text(f, out).value_or("");
    if (!rel.empty()) {
      spec.figures = (std::filesystem::path(file).parent_path() / rel).lexically_normal().string();
    }
  }
  read_settings(root, spec, out);
  text_of(root, "description", "", out);  // free text, checked to be text
  const Node* items = root.find("parameters");
  if (!items) return spec;
  if (!items->is_sequence() || items->items.empty()) {
    report(out, items->location, "parameters", "must be a list of at least one free parameter",
           "- {path: stages.jbt.duration.days, min: 7, max: 60}", describe(*items));
    return spec;
  }
  for (std::size_t i = 0; i < items->items.size(); ++i) {
    spec.parameters.push_back(
        read_parameter(items->items[i], "parameters[" + std::to_string(i) + "]", out));
  }
  return spec;
}

}  // namespace

CalibrationSpec load_calibration_spec(const std::string& path) {
  Diagnostics out;
  Node root = parse_plain_file(path, "the calibration spec", out);
  CalibrationSpec result = out.empty() ? read_spec(root, path, out) : CalibrationSpec{};
  throw_in_file_order(std::move(out));
  return result;
}

}  // namespace ketensim::scenario
