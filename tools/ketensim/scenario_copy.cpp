#include "tools/ketensim/scenario_copy.h"

#include <optional>
#include <vector>

namespace ketensim::tools {
namespace fs = std::filesystem;
namespace {

constexpr std::string_view kModeline = "# yaml-language-server:";

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    end = end == std::string::npos ? text.size() : end + 1;
    lines.push_back(text.substr(start, end - start));
    start = end;
  }
  return lines;
}

// Where the value of a top-level `key: value  # comment` line is: [begin, end).
struct Span {
  std::size_t begin, end;
};

std::optional<Span> top_level_value(const std::string& line, std::string_view key) {
  if (!line.starts_with(key) || line.compare(key.size(), 1, ":") != 0) return std::nullopt;
  std::size_t begin = line.find_first_not_of(" \t", key.size() + 1);
  if (begin == std::string::npos || line[begin] == '#' || line[begin] == '\r' ||
      line[begin] == '\n') {
    return Span{key.size() + 1, key.size() + 1};
  }
  std::size_t end;
  if (line[begin] == '"' || line[begin] == '\'') {
    end = line.find(line[begin], begin + 1);
    end = end == std::string::npos ? line.size() : end + 1;
  } else {
    end = line.find(" #", begin);
    if (end == std::string::npos) end = line.size();
    end = line.find_last_not_of(" \t\r\n", end - 1) + 1;
  }
  return Span{begin, end};
}

// The same for `  key: value` directly under a top-level key.
std::optional<Span> nested_value(const std::string& line, std::string_view key) {
  if (!line.starts_with("  ") || line.size() < 3 || line[2] == ' ') return std::nullopt;
  std::optional<Span> at = top_level_value(line.substr(2), key);
  if (at) *at = Span{at->begin + 2, at->end + 2};
  return at;
}

// The top-level key a line opens, or nothing for an indented, blank or comment line.
std::optional<std::string> opened_key(const std::string& line) {
  if (line.empty() || line[0] == ' ' || line[0] == '#' || line[0] == '\r' || line[0] == '\n')
    return std::nullopt;
  return line.substr(0, line.find(':'));
}

std::string unquoted(std::string value) {
  if (value.size() >= 2 && (value[0] == '"' || value[0] == '\'') && value.back() == value[0]) {
    return value.substr(1, value.size() - 2);
  }
  return value;
}

// The first folder below the root: "work" for /work/ketensim/scenarios.
fs::path top_folder(const fs::path& absolute) {
  auto it = absolute.begin();
  return ++it == absolute.end() ? fs::path() : *it;
}

// `target` as seen from `dir`: relative when both lie under one top folder (a project, a
// home), else absolute, rather than a path that climbs to the root and down again.
std::string seen_from(const fs::path& dir, const fs::path& target) {
  fs::path to = fs::weakly_canonical(fs::absolute(target));
  fs::path from = fs::weakly_canonical(fs::absolute(dir));
  fs::path relative = to.lexically_relative(from);
  bool near = top_folder(to) == top_folder(from) && !relative.empty();
  return near ? relative.generic_string() : to.generic_string();
}

// A path as a YAML value: quoted when a blank, a colon or a # could be misread.
std::string yaml_scalar(const std::string& text) {
  if (text.find_first_of(" :#'\"") == std::string::npos) return text;
  return "\"" + text + "\"";
}

// `line` with its value replaced, the blank before it and a trailing comment kept.
std::string with_value(const std::string& line, const Span& at, const std::string& value) {
  std::string prefix = line.substr(0, at.begin);
  if (prefix.back() == ':') prefix += ' ';
  return prefix + value + line.substr(at.end);
}

// The index of the first line that is neither blank nor a comment: where keys begin.
std::size_t first_key_line(const std::vector<std::string>& lines) {
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::size_t text = lines[i].find_first_not_of(" \t\r\n");
    if (text != std::string::npos && lines[i][text] != '#') return i;
  }
  return lines.size();
}

}  // namespace

ScenarioCopy copy_scenario(const std::string& text, const std::string& name,
                           const CopyPlaces& places) {
  std::vector<std::string> lines = lines_of(text);
  if (!lines.empty() && !lines.back().ends_with('\n')) lines.back() += '\n';
  if (!lines.empty() && lines.front().starts_with(kModeline)) lines.erase(lines.begin());
  ScenarioCopy copy;
  bool named = false;
  std::string section;
  auto moved = [&](const std::string& line, const Span& at) {
    std::string old = unquoted(line.substr(at.begin, at.end - at.begin));
    return old.empty() ? old : seen_from(places.to_dir, places.from_dir / old);
  };
  for (std::string& line : lines) {
    if (std::optional<std::string> key = opened_key(line)) section = *key;
    if (std::optional<Span> at = top_level_value(line, "scenario")) {
      line = with_value(line, *at, name);
      named = true;
    } else if (std::optional<Span> base = top_level_value(line, "extend")) {
      copy.extend = moved(line, *base);
      line = with_value(line, *base, yaml_scalar(copy.extend));
    } else if (section == "calibrated") {
      // The files the calibration names, relative to the file: its spec, figures and draws.
      for (const char* key : {"spec", "figures", "draws"}) {
        std::optional<Span> file = nested_value(line, key);
        if (file && file->begin < file->end)
          line = with_value(line, *file, yaml_scalar(moved(line, *file)));
      }
    }
  }
  if (!named) {
    lines.insert(lines.begin() + static_cast<long>(first_key_line(lines)),
                 "scenario: " + name + "\n");
  }
  if (places.schema) {
    lines.insert(lines.begin(), std::string(kModeline) +
                                    " $schema=" + seen_from(places.to_dir, *places.schema) + "\n");
  }
  for (const std::string& line : lines) copy.text += line;
  return copy;
}

}  // namespace ketensim::tools
