// The language of what ketensim writes for people: the problems in a scenario, the headline
// figures and the report. `--lang en|nl`, else the environment's KETENSIM_LANG, else
// English. Files for programs (CSV, JSON) are the same in every language.
#pragma once

#include <CLI/CLI.hpp>
#include <optional>
#include <string_view>
#include <vector>

#include "sim/scenario/translation.h"

namespace ketensim::tools {

// Adds --lang to the application, for every subcommand; a code other than en or nl (from
// the flag or the environment) is a usage error.
void add_language_option(CLI::App& app);

// The language chosen, once the command line is parsed (or the one an InLanguage on this
// thread names).
scenario::Language chosen_language();

// While it lives, what this thread says (said(), decimal(), the console's texts) is in
// `language`: for a page made in the language its request asked for (ketensim serve).
class InLanguage {
 public:
  explicit InLanguage(scenario::Language language);
  ~InLanguage();
  InLanguage(const InLanguage&) = delete;
  InLanguage& operator=(const InLanguage&) = delete;

 private:
  std::optional<scenario::Language> outer_;
};

// Chooses the language from `argv`'s --lang (or KETENSIM_LANG) before the command line is
// parsed, so that its help can be written in it; an unknown code leaves English (the parse
// then refuses it).
void choose_language_early(int argc, const char* const* argv);

// A text of the command line's help in the chosen language, by the help's phrase book
// (help_nl.cpp), {} standing for a part that varies; whether a text has its Dutch there.
std::string said_in_help(std::string_view english);
bool has_help_dutch(std::string_view english);

// The help of `app` and of each of its subcommands (descriptions, groups, the help's own
// words) in the chosen language, by the help's phrase book (help_nl.cpp).
void translate_help(CLI::App& app);

// The option and subcommand descriptions of `app` and its subcommands that have no Dutch in
// the help's phrase book.
std::vector<std::string> untranslated_help(const CLI::App& app);

// `english` in the chosen language, by the command line's phrase book (console_nl.cpp):
// a text without a Dutch entry stays English.
std::string said(std::string_view english);

// An error of the command line (what follows "ketensim: error: ") in the chosen language,
// by the errors' phrase book (errors_nl.cpp).
std::string said_error(std::string_view english);

// A usage error of the command line (an unknown flag, a value out of range: CLI11's and
// ketensim's own option checks) in the chosen language, by the usage phrase book
// (errors_nl.cpp).
std::string said_usage(std::string_view english);

// Has `app` print its usage errors in the chosen language, with the pointer to --help.
void translate_usage_errors(CLI::App& app);

// The report of an unstable scenario (what follows "ketensim: error: "), line by line, in the
// chosen language: in Dutch with Dutch words where its phrase book has them, and numbers
// written the Dutch way (1.240 families, 1,32 years).
std::string said_unstable(std::string_view english);

// `number` with the chosen language's decimal sign: "9.12" -> "9,12" in Dutch.
std::string decimal(std::string number);

}  // namespace ketensim::tools
