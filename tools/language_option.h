// The language of what ketensim writes for people: the problems in a scenario, the headline
// figures and the report. `--lang en|nl`, else the environment's KETENSIM_LANG, else
// English. Files for programs (CSV, JSON) are the same in every language.
#pragma once

#include <CLI/CLI.hpp>
#include <string_view>

#include "sim/scenario/translation.h"

namespace ketensim::tools {

// Adds --lang to the application, for every subcommand; a code other than en or nl (from
// the flag or the environment) is a usage error.
void add_language_option(CLI::App& app);

// The language chosen, once the command line is parsed.
scenario::Language chosen_language();

// `english` in the chosen language, by the command line's phrase book (console_nl.cpp):
// a text without a Dutch entry stays English.
std::string said(std::string_view english);

// `number` with the chosen language's decimal sign: "9.12" -> "9,12" in Dutch.
std::string decimal(std::string number);

}  // namespace ketensim::tools
