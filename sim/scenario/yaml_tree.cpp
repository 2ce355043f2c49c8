// The only file that includes yaml-cpp. It listens to yaml-cpp's parse events and builds a
// Node tree, which gives us what yaml-cpp's own node API hides: the place of every key and
// value, and keys written twice in one map (yaml-cpp keeps both).
#include "sim/scenario/yaml_tree.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace ketensim::scenario {

namespace {

bool is_continuation_byte(unsigned char c) {
  return (c & 0xC0) == 0x80;
}

// Bytes in the UTF-8 sequence that `lead` starts and the smallest code point it may
// encode (anything smaller is an overlong form); 0 when `lead` cannot start one.
std::pair<int, char32_t> sequence_of(unsigned char lead) {
  if (lead < 0x80) return {1, 0};
  if (lead >= 0xC2 && lead <= 0xDF) return {2, 0x80};
  if (lead >= 0xE0 && lead <= 0xEF) return {3, 0x800};
  if (lead >= 0xF0 && lead <= 0xF4) return {4, 0x10000};
  return {0, 0};
}

// The length of the valid UTF-8 sequence at `i`, or 0.
std::size_t valid_sequence_at(std::string_view text, std::size_t i) {
  auto [length, smallest] = sequence_of(static_cast<unsigned char>(text[i]));
  if (length == 0 || i + static_cast<std::size_t>(length) > text.size()) return 0;
  char32_t code = static_cast<unsigned char>(text[i]) & (0x7F >> length);
  for (int k = 1; k < length; ++k) {
    auto c = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
    if (!is_continuation_byte(c)) return 0;
    code = (code << 6) | (c & 0x3F);
  }
  bool surrogate = code >= 0xD800 && code <= 0xDFFF;
  if (code < smallest || surrogate || code > 0x10FFFF) return 0;
  return static_cast<std::size_t>(length);
}

std::optional<std::size_t> first_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = valid_sequence_at(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::nullopt;
}

// Turns byte offsets into 1-based lines and columns counted in characters, as an editor
// shows them (yaml-cpp counts columns in bytes).
class LineIndex {
 public:
  LineIndex(std::string_view text, std::string file) : text_(text), file_(std::move(file)) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }

  // The parser asks in file order, so counting goes on from the previous answer when it
  // was on the same line: a file of one long line costs no more than one of many lines.
  Location at_offset(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto line = std::upper_bound(starts_.begin(), starts_.end(), offset) - starts_.begin();
    std::size_t start = starts_[static_cast<std::size_t>(line - 1)];
    if (line != last_.line || offset < last_offset_) {
      last_ = {file_, static_cast<int>(line), 1};
      last_offset_ = start;
    }
    last_.column +=
        static_cast<int>(std::count_if(text_.begin() + static_cast<std::ptrdiff_t>(last_offset_),
                                       text_.begin() + static_cast<std::ptrdiff_t>(offset),
                                       [](char c) { return !is_continuation_byte(c); }));
    last_offset_ = offset;
    return last_;
  }

  Location at(const YAML::Mark& mark) const {
    if (mark.pos >= 0) return at_offset(static_cast<std::size_t>(mark.pos));
    return {file_, 0, 0};
  }

  const std::string& file() const { return file_; }

 private:
  std::string_view text_;
  std::string file_;
  std::vector<std::size_t> starts_;
  mutable Location last_;                // the previous answer ...
  mutable std::size_t last_offset_ = 0;  // ... and its offset
};

std::size_t count_nodes(const Node& node) {
  std::size_t n = 1;
  for (const Node& item : node.items) n += count_nodes(item);
  for (const Node::Entry& e : node.entries) n += count_nodes(e.key) + count_nodes(e.value);
  return n;
}

std::size_t items_in(const Node& collection) {
  return collection.entries.size() + collection.items.size();
}

int depth_of(const Node& node) {
  int deepest = 0;
  for (const Node& item : node.items) deepest = std::max(deepest, depth_of(item));
  for (const Node::Entry& e : node.entries) deepest = std::max(deepest, depth_of(e.value));
  return node.is_map() || node.is_sequence() ? deepest + 1 : deepest;
}

// Builds the tree from parse events. Collections still open are kept on a stack; a
// finished node goes into the innermost one, or becomes the root.
class TreeBuilder : public YAML::EventHandler {
 public:
  struct Abort {};  // thrown after reporting a problem that ends the parse

  TreeBuilder(const LineIndex& lines, Diagnostics& out) : lines_(lines), out_(out) {}

  Node take_root() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ == 1) return;
    report(lines_.at(mark), "", "a file holds one scenario: only one YAML document", "one document",
           "a second document starting here");
    throw Abort{};
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    finish(leaf(Node::Kind::null, "", mark), anchor);
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                const std::string& value) override {
    finish(leaf(Node::Kind::scalar, value, mark), anchor);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    finish(expand(mark, anchor), 0);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(Node::Kind::sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(Node::Kind::map, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  struct Frame {
    Node node;
    std::optional<Node> key;  // map: the key whose value comes next
    YAML::anchor_t anchor = 0;
  };
  struct Anchored {
    Node node;
    std::size_t size = 0;
    int depth = 0;
  };

  Node leaf(Node::Kind kind, const std::string& text, const YAML::Mark& mark) const {
    Node node;
    node.kind = kind;
    node.scalar = text;
    node.location = lines_.at(mark);
    return node;
  }

  void open(Node::Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (open_.size() >= static_cast<std::size_t>(kMaxDepth)) too_deep(mark);
    open_.push_back({leaf(kind, "", mark), std::nullopt, anchor});
  }

  void close() {
    Frame frame = std::move(open_.back());
    open_.pop_back();
    finish(std::move(frame.node), frame.anchor);
  }

  Node expand(const YAML::Mark& mark, YAML::anchor_t anchor) {
    auto found = anchors_.find(anchor);
    if (found == anchors_.end()) {
      report(lines_.at(mark), path_here(), "an alias cannot refer to the value that holds it", "",
             "");
      throw Abort{};
    }
    if (static_cast<int>(open_.size()) + found->second.depth > kMaxDepth) too_deep(mark);
    if (nodes_ + found->second.size > kMaxNodes)
      too_many_values(lines_.at(mark));  // before copying
    nodes_ += found->second.size - 1;
    return found->second.node;
  }

  void finish(Node node, YAML::anchor_t anchor) {
    if (++nodes_ > kMaxNodes) too_many_values(node.location);
    if (anchor != 0) anchors_[anchor] = {node, count_nodes(node), depth_of(node)};
    if (!open_.empty() && items_in(open_.back().node) >= kMaxCollectionItems) {
      report(open_.back().node.location, path_within(open_.size() - 1),
             "a map or list with too many entries",
             "at most " + std::to_string(kMaxCollectionItems) + " entries",
             "entry " + std::to_string(kMaxCollectionItems + 1) + " on line " +
                 std::to_string(node.location.line));
      throw Abort{};
    }
    if (open_.empty()) {
      root_ = std::move(node);
    } else if (open_.back().node.is_sequence()) {
      open_.back().node.items.push_back(std::move(node));
    } else if (!open_.back().key) {
      open_.back().key = std::move(node);
    } else {
      add_entry(std::move(node));
    }
  }

  void add_entry(Node value) {
    Frame& map = open_.back();
    for (const Node::Entry& e : map.node.entries) {
      if (e.key.is_scalar() && map.key->is_scalar() && e.key.scalar == map.key->scalar) {
        report(map.key->location, path_here(), "duplicate key '" + map.key->scalar + "'",
               "each key once in a map",
               "'" + e.key.scalar + "' already on line " + std::to_string(e.key.location.line));
        map.key.reset();
        return;
      }
    }
    map.node.entries.push_back({std::move(*map.key), std::move(value)});
    map.key.reset();
  }

  // The key path of the value being read now: "stages.jbt.next[1]".
  std::string path_here() const { return path_within(open_.size()); }

  // The same as seen from the `frames` outermost open collections: "stages.jbt" for 2.
  std::string path_within(std::size_t frames) const {
    std::string path;
    for (std::size_t i = 0; i < frames; ++i) {
      const Frame& f = open_[i];
      if (f.node.is_sequence()) {
        path += "[" + std::to_string(f.node.items.size()) + "]";
      } else {
        std::string key = f.key && f.key->is_scalar() ? f.key->scalar : "?";
        path += (path.empty() ? "" : ".") + key;
      }
    }
    return path;
  }

  [[noreturn]] void too_many_values(const Location& at) {
    report(at, "", "the file has too many values (aliases expanded)",
           "at most " + std::to_string(kMaxNodes), "");
    throw Abort{};
  }

  // Deeper nesting is no scenario; refusing it keeps the stack safe from malicious files.
  [[noreturn]] void too_deep(const YAML::Mark& mark) {
    report(lines_.at(mark), "", "nested more than " + std::to_string(kMaxDepth) + " levels deep",
           "", "");
    throw Abort{};
  }

  void report(Location at, std::string path, std::string message, std::string expected,
              std::string found) {
    out_.push_back({std::move(at), std::move(path), std::move(message), std::move(expected),
                    std::move(found), ""});
  }

  const LineIndex& lines_;
  Diagnostics& out_;
  Node root_;
  std::vector<Frame> open_;
  std::map<YAML::anchor_t, Anchored> anchors_;
  std::size_t nodes_ = 0;
  int documents_ = 0;
};

std::string_view without_bom(std::string_view text) {
  constexpr std::string_view kBom = "\xEF\xBB\xBF";
  return text.starts_with(kBom) ? text.substr(kBom.size()) : text;
}

std::string hex_byte(unsigned char c) {
  constexpr const char* kDigits = "0123456789ABCDEF";
  return std::string("0x") + kDigits[c >> 4] + kDigits[c & 0xF];
}

Diagnostic file_problem(Location at, std::string message, std::string expected, std::string found) {
  return {std::move(at), "", std::move(message), std::move(expected), std::move(found), ""};
}

Node parse_events(std::string_view text, const LineIndex& lines, Diagnostics& out) {
  std::istringstream in{std::string(text)};
  TreeBuilder builder(lines, out);
  try {
    YAML::Parser parser(in);
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const TreeBuilder::Abort&) {
    return Node{};
  } catch (const YAML::Exception& e) {
    out.push_back(file_problem(lines.at(e.mark), "YAML syntax error: " + e.msg, "", ""));
    return Node{};
  } catch (const std::exception& e) {
    out.push_back(file_problem({lines.file(), 0, 0}, "cannot parse the file", "", e.what()));
    return Node{};
  }
  return builder.take_root();
}

}  // namespace

const Node* Node::find(std::string_view key) const {
  for (const Entry& e : entries) {
    if (e.key.is_scalar() && e.key.scalar == key) return &e.value;
  }
  return nullptr;
}

std::string describe(const Node& node) {
  switch (node.kind) {
    case Node::Kind::scalar:
      return node.scalar.empty() ? "empty text" : node.scalar;
    case Node::Kind::map:
      return "a map";
    case Node::Kind::sequence:
      return "a list";
    case Node::Kind::null:
      break;
  }
  return "nothing";
}

SourceText read_source(const std::string& path) {
  if (path == "-")
    return {std::nullopt, "'-' (standard input) is not read: give the path of a file"};
  std::error_code error;
  auto status = std::filesystem::status(path, error);
  if (error || !std::filesystem::exists(status)) return {std::nullopt, "no such file"};
  if (!std::filesystem::is_regular_file(status)) return {std::nullopt, "not a regular file"};
  std::ifstream in(path, std::ios::binary);
  std::string text;
  char block[64 * 1024];  // read in blocks, so a small file costs no 4 MiB buffer
  while (text.size() <= kMaxFileBytes && in.read(block, sizeof block).gcount() > 0) {
    text.append(block, static_cast<std::size_t>(in.gcount()));
  }
  if (in.bad() || !in.is_open()) return {std::nullopt, "the file cannot be read"};
  if (text.size() > kMaxFileBytes) return {std::nullopt, "a file larger than 4 MiB"};
  return {std::move(text), ""};
}

Node parse_yaml(std::string_view text, const std::string& file, Diagnostics& out) {
  if (text.size() > kMaxFileBytes) {
    out.push_back(file_problem({file, 0, 0}, "cannot read the scenario", "a file of at most 4 MiB",
                               "a file larger than 4 MiB"));
    return Node{};
  }
  text = without_bom(text);
  LineIndex lines(text, file);
  if (std::optional<std::size_t> bad = first_invalid_utf8(text)) {
    out.push_back(file_problem(lines.at_offset(*bad), "the file is not valid UTF-8", "UTF-8 text",
                               "byte " + hex_byte(static_cast<unsigned char>(text[*bad]))));
    return Node{};
  }
  return parse_events(text, lines, out);
}

}  // namespace ketensim::scenario
