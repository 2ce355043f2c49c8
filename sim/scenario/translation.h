// Texts for people in English, the default, or in Dutch. A translated text is written once
// in English, with {} for each part that varies (a name, a number, a phrase), and once in
// Dutch with as many {}; the English text is the key, so a text without a Dutch entry simply
// stays English. The chain's own terms (OTS, MUHP, jeugdbeschermer, raadsonderzoek,
// voogdij, ...) are Dutch in both languages, and names written in a scenario are never
// translated.
//
// Each layer keeps its own short phrase book next to the English it translates: the
// loader's messages in diagnostic_nl.cpp, the report's labels in output/report/, the
// command line's in tools/ketensim/.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ketensim::scenario {

enum class Language { en, nl };

// "en" or "nl"; nothing for any other code.
std::optional<Language> language_named(std::string_view code);

struct Phrase {
  std::string_view english;  // "unknown key '{}'"
  std::string_view dutch;    // "onbekende sleutel '{}'"
};

// `text` in `language`. In Dutch: the first phrase whose English matches the whole text,
// each {} standing for any text, gives the text's Dutch, each {} filled with what it stood
// for, in order, itself translated when it is a phrase of more than one word (so
// "a number >= 0 and <= 1" finds "a number {}" and then ">= {} and <= {}"). A single word is
// never translated, as it may be a name. Without a match the text comes back as it is.
std::string translated(std::string_view text, std::span<const Phrase> phrases, Language language);

// The text of `english` itself (not a pattern) in `language`: its Dutch when a phrase has
// exactly this English, else `english`. For texts written with {} to be filled in later.
std::string_view text_in(Language language, std::span<const Phrase> phrases,
                         std::string_view english);

// `text` with each {} replaced by the next of `parts`.
std::string filled(std::string_view text, const std::vector<std::string>& parts);

// The loader's and the checks' messages in Dutch (diagnostic_nl.cpp).
std::span<const Phrase> diagnostic_phrases();

}  // namespace ketensim::scenario
