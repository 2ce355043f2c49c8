// The scenario format as a JSON Schema (draft-07, the version editors' YAML language
// servers support), generated from the parameter table like the reference: an editor that
// is told the schema (`# yaml-language-server: $schema=...` as a file's first line) checks
// a scenario while it is typed and shows each key's meaning, unit, default and range on
// hover. `ketensim schema` prints it; docs/ketensim-scenario.schema.json is that output.
//
// The schema accepts every file the loader accepts, read as editors read YAML (version
// 1.2: a date stays text, a map's keys are text), and rejects what the loader rejects for a
// reason a schema can express: an unknown key, a value of the wrong type or out of range, a
// missing required key, and the loader's few rules on keys that go together
// (scenario_schema_rules.cpp). What needs the whole scenario (names that refer to stages,
// probabilities that sum to 1) is left to `ketensim check`.
//
// A file with `extend` is an overlay: its maps are checked key by key (known keys, types,
// ranges; any key may be ~ to remove it) but nothing is required, as the base may have it;
// inside a list, which replaces the base's list whole, every rule applies again.
#pragma once

#include <string>
#include <vector>

namespace ketensim::output {

// The schema as indented JSON text, ending in a newline.
std::string scenario_schema_json();

// What the generator cannot describe, one line each, naming the table row: a type or a
// placeholder it does not know (such rows get a schema that accepts anything), a rule for
// a row the table no longer has. Empty when the schema covers the whole table.
std::vector<std::string> schema_gaps();

}  // namespace ketensim::output
