#include "sim/scenario/translation.h"

namespace ketensim::scenario {
namespace {

constexpr std::string_view kHole = "{}";

// The text between the {} of `pattern`: "unknown key '", "'".
std::vector<std::string_view> literals_of(std::string_view pattern) {
  std::vector<std::string_view> parts;
  for (std::size_t at; (at = pattern.find(kHole)) != std::string_view::npos;) {
    parts.push_back(pattern.substr(0, at));
    pattern.remove_prefix(at + kHole.size());
  }
  parts.push_back(pattern);
  return parts;
}

// What each {} of `pattern` stands for in `text`, or nothing when `text` does not match.
// Each {} stands for at least one character: the fewest that let the rest match, the last
// {} everything up to the pattern's end.
std::optional<std::vector<std::string_view>> match(std::string_view pattern,
                                                   std::string_view text) {
  std::vector<std::string_view> literals = literals_of(pattern);
  if (literals.size() == 1) {
    return text == pattern ? std::optional(std::vector<std::string_view>{}) : std::nullopt;
  }
  if (!text.starts_with(literals.front())) return std::nullopt;
  std::vector<std::string_view> holes;
  std::size_t at = literals.front().size();
  for (std::size_t i = 1; i < literals.size(); ++i) {
    std::string_view literal = literals[i];
    std::size_t found = std::string_view::npos;
    if (i + 1 == literals.size()) {
      if (text.ends_with(literal) && text.size() > at + literal.size()) {
        found = text.size() - literal.size();
      }
    } else if (!literal.empty()) {
      found = text.find(literal, at + 1);
    }
    if (found == std::string_view::npos) return std::nullopt;
    holes.push_back(text.substr(at, found - at));
    at = found + literal.size();
  }
  return holes;
}

}  // namespace

std::string filled(std::string_view text, const std::vector<std::string>& parts) {
  std::string out;
  std::size_t next = 0;
  for (std::size_t at; (at = text.find(kHole)) != std::string_view::npos;) {
    out += text.substr(0, at);
    if (next < parts.size()) out += parts[next++];
    text.remove_prefix(at + kHole.size());
  }
  return out + std::string(text);
}

std::string_view text_in(Language language, std::span<const Phrase> phrases,
                         std::string_view english) {
  if (language == Language::en) return english;
  for (const Phrase& phrase : phrases) {
    if (phrase.english == english) return phrase.dutch;
  }
  return english;
}

std::optional<Language> language_named(std::string_view code) {
  if (code == "en") return Language::en;
  if (code == "nl") return Language::nl;
  return std::nullopt;
}

std::string translated(std::string_view text, std::span<const Phrase> phrases, Language language) {
  if (language == Language::en) return std::string(text);
  for (const Phrase& phrase : phrases) {
    std::optional<std::vector<std::string_view>> holes = match(phrase.english, text);
    if (!holes) continue;
    std::vector<std::string> parts;
    for (std::string_view hole : *holes) {
      bool words = hole.find(' ') != std::string_view::npos;
      parts.push_back(words ? translated(hole, phrases, language) : std::string(hole));
    }
    return filled(phrase.dutch, parts);
  }
  return std::string(text);
}

}  // namespace ketensim::scenario
