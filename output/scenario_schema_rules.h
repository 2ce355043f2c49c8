// The parts of the scenario schema that the parameter table does not hold: what a key the
// author chooses (`<name>`, `<year>`, `<value>`) looks like, and the loader's rules on keys
// that go together ("exactly one of children and families", "max_wait needs acquire"),
// each a rule the readers in sim/scenario/ enforce in code. Used by scenario_schema.cpp
// only.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "sim/scenario/param_table.h"

namespace ketensim::output::schema {

using Json = nlohmann::ordered_json;

// The regular expression that a chosen key at this placeholder row matches; "" when any
// key does; nothing for a placeholder this file does not know.
std::optional<std::string> key_pattern(const scenario::ParamSpec& row);

// A whole number of children >= 1, as a key of `children: {empirical: {...}}`.
extern const char* const kCountKey;

// The loader's rules for the map or list at `path` ("stages.<name>", "initial[]"), as
// schema keywords to add to the schema generated for it; an empty object when there are
// none. They use only keywords the generated part does not: `oneOf`, `allOf`, `not`,
// `dependencies`, `minProperties`, `minItems`, `maxItems`, `propertyNames`.
Json rules_at(const std::string& path);

// Every path that has rules, so that a rule for a row the table no longer has is noticed.
std::vector<std::string> ruled_paths();

}  // namespace ketensim::output::schema
