// A YAML file as our own plain tree, so that yaml-cpp stays inside yaml_tree.cpp (STYLE
// rule 6). Every node knows where it was written. Building the tree already reports what
// is wrong with the file as a file: unreadable, too large, not UTF-8, not YAML, a key
// written twice in one map, nesting too deep, too many values (limits.h). Aliases are
// expanded into copies.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sim/scenario/diagnostic.h"
#include "sim/scenario/limits.h"
#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

struct Node {
  enum class Kind { null, scalar, map, sequence };
  struct Entry;

  Kind kind = Kind::null;
  std::string scalar;          // scalar: the text as written, without quotes
  std::vector<Entry> entries;  // map: in file order, each key once
  std::vector<Node> items;     // sequence
  Location location;

  bool is_null() const { return kind == Kind::null; }
  bool is_scalar() const { return kind == Kind::scalar; }
  bool is_map() const { return kind == Kind::map; }
  bool is_sequence() const { return kind == Kind::sequence; }
  const Node* find(std::string_view key) const;  // map: the value under `key`, or nullptr
};

struct Node::Entry {
  Node key;
  Node value;
};

// What a node is, for "found:" lines: the text of a scalar, else "a map", "a list" or
// "nothing".
std::string describe(const Node& node);

// The text of a file, or why it cannot be had ("no such file", "larger than 4 MiB", ...).
struct SourceText {
  std::optional<std::string> text;
  std::string problem;
};
SourceText read_source(const std::string& path);

// The document in `text`, located in `file`. A text without a document (empty, only
// comments) or one that could not be parsed gives a null node; problems go to `out`.
Node parse_yaml(std::string_view text, const std::string& file, Diagnostics& out);

}  // namespace ketensim::scenario
