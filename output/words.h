// A report's words in one language: each text is written in English with {} for its parts
// and looked up in the writer's phrase book (sim/scenario/translation.h), and numbers carry
// the language's decimal sign.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "output/number_format.h"
#include "sim/scenario/translation.h"

namespace ketensim::output {

struct Words {
  std::span<const scenario::Phrase> book;
  scenario::Language language;

  // The text of `english` (not a pattern) in the language, its {} filled with `parts`.
  std::string operator()(std::string_view english,
                         const std::vector<std::string>& parts = {}) const {
    return scenario::filled(scenario::text_in(language, book, english), parts);
  }
  // A whole text made elsewhere (a warning, a reason) matched against the book's patterns.
  std::string matched(std::string_view text) const {
    return scenario::translated(text, book, language);
  }
  std::string number(std::string text) const {
    return with_decimal_sign(std::move(text), language);
  }
};

}  // namespace ketensim::output
