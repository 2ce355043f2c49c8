#include "output/scenario_schema_rules.h"

#include <map>
#include <utility>

namespace ketensim::output::schema {
namespace {

constexpr const char* kIdentifier = "^[a-z][a-z0-9_]*$";  // value_reader.cpp, is_identifier
// An empirical table's value, read as a number >= 0 (distribution_reader.cpp).
constexpr const char* kNumberKey = "^\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?$";
// A calendar year from 1900 on (read_arrivals.cpp, read_rate_by_year).
constexpr const char* kYear = "^(19[0-9]{2}|[2-9][0-9]{3})$";

Json required(std::initializer_list<const char*> keys) {
  Json list = Json::array();
  for (const char* key : keys) list.push_back(key);
  return {{"required", list}};
}

// Any one of `keys` is written.
Json any_of(std::initializer_list<const char*> keys) {
  Json alternatives = Json::array();
  for (const char* key : keys) alternatives.push_back(required({key}));
  return {{"anyOf", alternatives}};
}

// Exactly one of `keys` is written.
Json exactly_one(std::initializer_list<const char*> keys) {
  Json alternatives = Json::array();
  for (const char* key : keys) alternatives.push_back(required({key}));
  return {{"oneOf", alternatives}};
}

Json at_least(const char* keyword, int n) {
  return {{keyword, n}};
}

// lognormal: median_days and p90_days, or mu and sigma, never keys of both.
Json one_pair() {
  auto only = [](const char* a, const char* b, const char* c, const char* d) {
    Json s = required({a, b});
    s["not"] = any_of({c, d});
    return s;
  };
  return {{"oneOf",
           {only("median_days", "p90_days", "mu", "sigma"),
            only("mu", "sigma", "median_days", "p90_days")}}};
}

// read_resources.cpp: each kind has its own capacity keys and not the other kind's.
Json kind_keys() {
  auto when_kind = [](const char* kind, Json then) {
    Json test = {{"properties", {{"kind", {{"const", kind}}}}}};
    test.update(required({"kind"}));
    return Json{{"if", test}, {"then", then}};
  };
  Json caseload = required({"fte", "caseload_norm"});
  caseload["not"] = required({"places"});
  Json places = required({"places"});
  places["not"] = any_of({"fte", "caseload_norm", "caseload_norm_by_measure", "turnover_per_year",
                          "hiring_delay", "ramp_up", "absence"});
  return {{"allOf", {when_kind("caseload", caseload), when_kind("places", places)}}};
}

// read_stages.cpp: max_wait needs acquire; max_visits and after_max_visits go together.
Json stage_keys() {
  return {{"dependencies",
           {{"max_wait", {"acquire"}},
            {"max_visits", {"after_max_visits"}},
            {"after_max_visits", {"max_visits"}}}}};
}

// The rules by path, each where the reader enforces it.
const std::vector<std::pair<std::string, Json>>& rules() {
  static const std::vector<std::pair<std::string, Json>> all = {
      // declarations.cpp
      {"attributes", {{"propertyNames", {{"not", {{"const", "children"}}}}}}},
      {"attributes.<attribute>", at_least("minItems", 1)},
      {"exits", {{"not", {{"contains", {{"const", "exit"}}}}}}},
      // read_resources.cpp
      {"resources.<name>", kind_keys()},
      // read_arrivals.cpp
      {"arrivals", at_least("minProperties", 1)},
      {"arrivals.<name>.seasonality", {{"minItems", 12}, {"maxItems", 12}}},
      {"arrivals.<name>.attributes.<attribute>", at_least("minProperties", 1)},
      {"arrivals.<name>.rate_by_year", at_least("minProperties", 1)},
      // read_stages.cpp and routing.cpp
      {"stages", at_least("minProperties", 1)},
      {"stages.<name>", stage_keys()},
      {"stages.<name>.next", at_least("minItems", 1)},
      {"stages.<name>.next[]", {{"not", required({"p", "when"})}}},
      {"stages.<name>.next[].when", at_least("minProperties", 1)},
      {"stages.<name>.next[].when.<attribute>", at_least("minItems", 1)},
      {"stages.<name>.next[].when.children", any_of({"min", "max"})},
      {"stages.<name>.timers[]", exactly_one({"days", "age"})},
      {"stages.<name>.max_wait", exactly_one({"days", "mean_days"})},
      // read_initial.cpp
      {"initial[]", exactly_one({"children", "families"})},
      {"initial[].attributes.<attribute>", at_least("minProperties", 1)},
      // read_norms.cpp
      {"norms.<name>.from", exactly_one({"enter", "leave", "acquire"})},
      {"norms.<name>.to", exactly_one({"enter", "leave", "acquire"})},
      {"norms.<name>.within", exactly_one({"days", "working_days"})},
      // read_policies.cpp
      {"policies[].set", at_least("minProperties", 1)},
      // distribution_reader.cpp
      {"<duration>.lognormal", one_pair()},
      {"<duration>.exponential", exactly_one({"mean_days", "rate_per_year"})},
      {"<duration>.empirical", at_least("minProperties", 1)},
      {"<age>.empirical", at_least("minProperties", 1)},
  };
  return all;
}

}  // namespace

const char* const kCountKey = "^[1-9][0-9]*$";

std::optional<std::string> key_pattern(const scenario::ParamSpec& row) {
  static const std::map<std::string, std::string> by_row = {
      {"<duration>.empirical.<value>", kNumberKey},
      {"<age>.empirical.<value>", kNumberKey},
  };
  static const std::map<std::string, std::string> by_placeholder = {
      {"<name>", kIdentifier},     {"<attribute>", kIdentifier},
      {"<measure>", kIdentifier},  {"<value>", kIdentifier},
      {"<year>", kYear},           {"<path>", ""},
      {"<resource>", kIdentifier}, {"<stage>", kIdentifier},
  };
  if (auto found = by_row.find(row.path); found != by_row.end()) return found->second;
  auto found = by_placeholder.find(std::string(scenario::key_of(row)));
  if (found == by_placeholder.end()) return std::nullopt;
  return found->second;
}

Json rules_at(const std::string& path) {
  for (const auto& [at, rule] : rules()) {
    if (at == path) return rule;
  }
  return Json::object();
}

std::vector<std::string> ruled_paths() {
  std::vector<std::string> paths;
  for (const auto& rule : rules()) paths.push_back(rule.first);
  return paths;
}

}  // namespace ketensim::output::schema
