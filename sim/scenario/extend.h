// `extend: base.yaml`: a scenario written as changes to another one. The base is loaded
// first (and may itself extend a file), then this file is applied key by key: maps merge
// recursively, any other value replaces the base's, and a key set to null (`~`) removes
// the base's key. Every node keeps the location of the file it was written in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "sim/scenario/diagnostic.h"
#include "sim/scenario/yaml_tree.h"

namespace ketensim::scenario {

struct ScenarioTree {
  Node root;                       // a map of sections; null when the files could not be read
  std::vector<std::string> files;  // the file, the file it extends, ..., the last base
};

// Reads `path` and every file it extends. Problems go to `out`.
ScenarioTree load_tree(const std::string& path, Diagnostics& out);

// The same for a text said to come from `file_name`; `extend` is resolved relative to the
// directory of `file_name` (the working directory when it has none).
ScenarioTree load_tree_text(std::string_view text, const std::string& file_name, Diagnostics& out);

}  // namespace ketensim::scenario
