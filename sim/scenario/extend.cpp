#include "sim/scenario/extend.h"

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <optional>

#include "sim/scenario/limits.h"
#include "sim/scenario/param_table.h"

namespace ketensim::scenario {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view kNotScenario = "is not a ketensim scenario file";

std::string join(const std::string& path, const std::string& key) {
  return path.empty() ? key : path + "." + key;
}

std::vector<std::string> keys_of(const Node& map) {
  std::vector<std::string> keys;
  for (const Node::Entry& e : map.entries) keys.push_back(e.key.scalar);
  return keys;
}

// Lists an overlay adds to rather than replaces: its policies come after the base's (so on
// the same date an overlay's change wins), its uncertain inputs are listed with the base's
// (assumptions: add_assumptions).
bool appends(const std::string& key_path) {
  return key_path == "policies" || key_path == "uncertain";
}

// An assumption's `param`; empty where it has none (the loader reports that).
std::string param_of(const Node& assumption) {
  const Node* param = assumption.is_map() ? assumption.find("param") : nullptr;
  return param && param->is_scalar() ? param->scalar : "";
}

// An overlay's assumption about a parameter the base has an assumption about replaces it, in
// its place: the overlay that changes what the base assumed says so once, and the two are not
// listed side by side. Others, two of the overlay's own about one parameter included, come
// after the base's.
void add_assumptions(Node& base, const Node& top) {
  const auto from_base = static_cast<std::ptrdiff_t>(base.items.size());
  for (const Node& item : top.items) {
    std::string param = param_of(item);
    auto same = [&](const Node& b) { return !param.empty() && param_of(b) == param; };
    auto it = std::find_if(base.items.begin(), base.items.begin() + from_base, same);
    if (it != base.items.begin() + from_base) {
      *it = item;
    } else {
      base.items.push_back(item);
    }
  }
}

// Applies the map `top` onto the map `base`.
void overlay(Node& base, const Node& top, const std::string& path, Diagnostics& out) {
  for (const Node::Entry& e : top.entries) {
    auto same_key = [&](const Node::Entry& b) {
      return b.key.is_scalar() && e.key.is_scalar() && b.key.scalar == e.key.scalar;
    };
    auto it = std::find_if(base.entries.begin(), base.entries.end(), same_key);
    std::string key_path = join(path, e.key.scalar);
    if (e.value.is_null() && it == base.entries.end()) {
      out.push_back({e.key.location, key_path,
                     "nothing to remove: the base has no key '" + e.key.scalar + "'", "", "",
                     nearest(e.key.scalar, keys_of(base))});
    } else if (e.value.is_null()) {
      base.entries.erase(it);
    } else if (it == base.entries.end()) {
      base.entries.push_back(e);
    } else if (it->value.is_map() && e.value.is_map()) {
      overlay(it->value, e.value, key_path, out);
    } else if (key_path == "assumptions" && it->value.is_sequence() && e.value.is_sequence()) {
      add_assumptions(it->value, e.value);
    } else if (appends(key_path) && it->value.is_sequence() && e.value.is_sequence()) {
      it->value.items.insert(it->value.items.end(), e.value.items.begin(), e.value.items.end());
    } else {
      *it = e;
    }
  }
}

// The same file reached by different paths has one identity.
std::string identity(const std::string& file) {
  std::error_code error;
  fs::path canonical = fs::weakly_canonical(fs::absolute(file, error), error);
  return error ? fs::path(file).lexically_normal().string() : canonical.string();
}

std::string required_sections() {
  std::string names;
  for (const ParamSpec* spec : params_under("")) {
    if (spec->required) names += (names.empty() ? "" : ", ") + spec->path;
  }
  return "a map of sections, with at least " + names;
}

// Follows the chain of `extend`s from one file, refusing to go round in a circle.
class ExtendChain {
 public:
  explicit ExtendChain(Diagnostics& out) : out_(out) {}

  // Reads the file and its bases one after another (a loop, not recursion, so a long chain
  // cannot exhaust the stack), then applies them from the last base up.
  ScenarioTree load(std::string_view text, const std::string& file) {
    std::vector<Node> layers;  // the file, the file it extends, ..., the last base
    std::string current = file;
    SourceText source;
    while (true) {
      files_.push_back(current);
      chain_.push_back({identity(current), current});
      layers.push_back(parse_map(text, current, !layers.empty()));
      const Node* extend = layers.back().find("extend");
      if (!extend) break;
      std::optional<std::string> base = base_path(*extend, current, layers.size());
      if (base) source = read_source(*base);
      if (base && !source.text) report_unreadable(*extend, *base, source);
      if (!base || !source.text) return {Node{}, std::move(files_)};
      current = *base;
      text = *source.text;
    }
    Location top = layers.front().location;
    Node root = std::move(layers.back());
    for (std::size_t i = layers.size() - 1; i-- > 0;) {
      if (root.is_null() || layers[i].is_null()) return {Node{}, std::move(files_)};
      root = merged(std::move(root), std::move(layers[i]));
    }
    if (layers.size() > 1 && !merged_within_limits(root, top)) return {Node{}, std::move(files_)};
    return {std::move(root), std::move(files_)};
  }

 private:
  // The limits each file is held to while parsed, held again for the files together: a chain
  // of files each within them must not add up to a scenario beyond them (policies and
  // other appended lists grow with every file, maps merge).
  bool merged_within_limits(const Node& root, const Location& top) {
    std::size_t values = count_values(root);
    if (values > kMaxNodes) {
      report(top, "", "the scenario and its bases together have too many values (aliases expanded)",
             "at most " + std::to_string(kMaxNodes) + " in all files together",
             std::to_string(values) + " values in " + std::to_string(files_.size()) + " files");
      return false;
    }
    std::optional<std::pair<std::string, std::size_t>> large = too_large_collection(root, "");
    if (!large) return true;
    report(top, large->first,
           "the scenario and its bases together have too many entries in one map or list",
           "at most " + std::to_string(kMaxCollectionItems) + " in all files together",
           std::to_string(large->second) + " in " + std::to_string(files_.size()) + " files");
    return false;
  }

  // The key path and size of the first map or list, depth first, beyond kMaxCollectionItems.
  static std::optional<std::pair<std::string, std::size_t>> too_large_collection(
      const Node& node, const std::string& path) {
    std::size_t size = node.entries.size() + node.items.size();
    if (size > kMaxCollectionItems) return std::pair(path, size);
    for (const Node::Entry& e : node.entries) {
      if (auto found = too_large_collection(e.value, join(path, e.key.scalar))) return found;
    }
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      if (auto found = too_large_collection(node.items[i], path + "[" + std::to_string(i) + "]"))
        return found;
    }
    return std::nullopt;
  }

  static std::size_t count_values(const Node& node) {
    std::size_t n = 1;
    for (const Node::Entry& e : node.entries) n += count_values(e.key) + count_values(e.value);
    for (const Node& item : node.items) n += count_values(item);
    return n;
  }

  // The file's map. A base (`named_by_extend`) may be any file on the machine, so nothing of
  // it is quoted until it shows itself a scenario: valid YAML, a map, with at least one of a
  // scenario's sections (`extend: /etc/passwd`).
  Node parse_map(std::string_view text, const std::string& file, bool named_by_extend) {
    std::size_t problems = out_.size();
    Node root = parse_yaml(text, file, out_);
    if (named_by_extend && out_.size() > problems) {
      without_content(out_, problems,
                      std::string(kNotScenario) + ": it is not YAML ketensim reads");
      return Node{};
    }
    if (root.is_map() && (!named_by_extend || has_a_section(root))) return root;
    if (out_.size() > problems) return Node{};  // the parser said why
    if (root.is_null()) {
      report({file, 0, 0}, "", "the file is empty", required_sections(), "");
    } else {
      report({file, 0, 0}, "", std::string(kNotScenario) + ": a scenario file is a map of sections",
             required_sections(), "");
    }
    return Node{};
  }

  static bool has_a_section(const Node& root) {
    std::vector<const ParamSpec*> sections = params_under("");
    return std::any_of(root.entries.begin(), root.entries.end(), [&](const Node::Entry& e) {
      return std::any_of(sections.begin(), sections.end(),
                         [&](const ParamSpec* spec) { return spec->path == e.key.scalar; });
    });
  }

  Node merged(Node base, Node top) {
    auto is_extend = [](const Node::Entry& e) { return e.key.scalar == "extend"; };
    std::erase_if(top.entries, is_extend);
    overlay(base, top, "", out_);
    return base;
  }

  // The file `extend` names in `file`, the `depth`th file of the chain; nothing when it
  // is not a path, the chain is too long or goes round in a circle.
  std::optional<std::string> base_path(const Node& extend, const std::string& file,
                                       std::size_t depth) {
    if (!extend.is_scalar() || extend.scalar.empty()) {
      report(extend.location, "extend", "must be a file path",
             "the path of the base scenario, relative to this file", describe(extend));
      return std::nullopt;
    }
    if (depth >= kMaxExtendDepth) {
      report(extend.location, "extend",
             "too many extends: " + file + " is file " + std::to_string(depth) + " of the chain",
             "at most " + std::to_string(kMaxExtendDepth) + " files in a chain of extends",
             "another extend: " + extend.scalar);
      return std::nullopt;
    }
    std::string path = (fs::path(file).parent_path() / extend.scalar).lexically_normal().string();
    if (is_in_chain(path, extend.location)) return std::nullopt;
    return path;
  }

  void report_unreadable(const Node& extend, const std::string& path, const SourceText& source) {
    report(extend.location, "extend", "cannot read the base scenario '" + extend.scalar + "'", "",
           source.problem + ": " + path);
  }

  bool is_in_chain(const std::string& path, const Location& at) {
    std::string id = identity(path);
    auto same = [&](const auto& link) { return link.first == id; };
    auto first = std::find_if(chain_.begin(), chain_.end(), same);
    if (first == chain_.end()) return false;
    std::string cycle;
    for (auto it = first; it != chain_.end(); ++it) cycle += it->second + " -> ";
    report(at, "extend", "circular extend", "a chain of extends that ends in a file without one",
           cycle + path);
    return true;
  }

  void report(Location at, std::string path, std::string message, std::string expected,
              std::string found) {
    out_.push_back({std::move(at), std::move(path), std::move(message), std::move(expected),
                    std::move(found), ""});
  }

  Diagnostics& out_;
  std::vector<std::string> files_;
  std::vector<std::pair<std::string, std::string>> chain_;  // (identity, path as read)
};

}  // namespace

ScenarioTree load_tree(const std::string& path, Diagnostics& out) {
  SourceText source = read_source(path);
  if (!source.text) {
    out.push_back({{path, 0, 0}, "", "cannot read the scenario", "", source.problem, ""});
    return {Node{}, {path}};
  }
  return ExtendChain(out).load(*source.text, path);
}

ScenarioTree load_tree_text(std::string_view text, const std::string& file_name, Diagnostics& out) {
  return ExtendChain(out).load(text, file_name);
}

}  // namespace ketensim::scenario
