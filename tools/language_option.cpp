#include "tools/language_option.h"

#include "output/report/report_text.h"

namespace ketensim::tools {

std::span<const scenario::Phrase> console_phrases();  // console_nl.cpp

namespace {
std::string code = "en";  // as given; the check below lets only known codes through
}  // namespace

void add_language_option(CLI::App& app) {
  auto known = [](std::string& given) -> std::string {
    if (scenario::language_named(given)) return "";
    return "unknown language '" + given + "': use en or nl (--lang or KETENSIM_LANG)";
  };
  app.add_option("--lang", code,
                 "Language of messages, headlines and the report: en (default) or nl")
      ->envname("KETENSIM_LANG")
      ->check(CLI::Validator(known, "en|nl"));
  app.fallthrough();  // --lang may follow the subcommand: ketensim run x.yaml --lang nl
}

scenario::Language chosen_language() {
  return scenario::language_named(code).value_or(scenario::Language::en);
}

std::string said(std::string_view english) {
  return scenario::translated(english, console_phrases(), chosen_language());
}

std::string decimal(std::string number) {
  return output::report::with_decimal_sign(std::move(number), chosen_language());
}

}  // namespace ketensim::tools
