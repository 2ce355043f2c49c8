// Maps of the files that are not scenarios (published figures, calibration specs): their
// keys are a fixed list given by the reader, not rows of the scenario parameter table; the
// values are read with the scenario readers, so every message has the same form.
#pragma once

#include <string>
#include <vector>

#include "sim/scenario/value_reader.h"

namespace ketensim::scenario {

struct Keys {
  std::vector<std::string> allowed;
  std::vector<std::string> required;
};

// Reports a value that is not a map, unknown keys (with the nearest allowed one) and missing
// required ones; false when it is not a map.
bool check_map(const Node& node, const Location& at, const std::string& path, const Keys& keys,
               Diagnostics& out);

// The value under `key` of `map` as a Field to read against `spec`; node is null when the key
// is not written.
Field field(const Node& map, const std::string& key, const std::string& path,
            const ParamSpec& spec);

// The text under `key`, "" when not written or not text (reported).
std::string text_of(const Node& map, const std::string& key, const std::string& path,
                    Diagnostics& out);

// The tree of a YAML file that is not a scenario ("the figures file", "the calibration
// spec"); a file that cannot be read or parsed is reported in `out` and gives a null node.
Node parse_plain_file(const std::string& path, const std::string& what, Diagnostics& out);

// Throws ScenarioError with the problems of one file in the order of the file, if there are any.
void throw_in_file_order(Diagnostics out);

}  // namespace ketensim::scenario
