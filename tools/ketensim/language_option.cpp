#include "tools/ketensim/language_option.h"

#include <algorithm>
#include <cstdlib>
#include <string>

#include "output/number_format.h"
#include "tools/ketensim/phrase_books.h"

namespace ketensim::tools {

namespace {
std::string code = "en";  // as given; the check below lets only known codes through
thread_local std::optional<scenario::Language> on_this_thread;  // an InLanguage's
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
  if (on_this_thread) return *on_this_thread;
  return scenario::language_named(code).value_or(scenario::Language::en);
}

InLanguage::InLanguage(scenario::Language language) : outer_(on_this_thread) {
  on_this_thread = language;
}

InLanguage::~InLanguage() {
  on_this_thread = outer_;
}

std::string said(std::string_view english) {
  return scenario::translated(english, console_phrases(), chosen_language());
}

std::string said_error(std::string_view english) {
  return scenario::translated(english, error_phrases(), chosen_language());
}

std::string said_usage(std::string_view english) {
  return scenario::translated(english, usage_phrases(), chosen_language());
}

void translate_usage_errors(CLI::App& app) {
  app.failure_message([](const CLI::App* failed, const CLI::Error& e) {
    if (chosen_language() == scenario::Language::en) return CLI::FailureMessage::simple(failed, e);
    return said_usage(e.what()) + "\n" + said_usage("Run with --help for more information.") + "\n";
  });
}

namespace {

// A number's separators the Dutch way: "1,240" -> "1.240" and "1.32" -> "1,32", wherever a
// point or comma stands between two digits.
std::string dutch_separators(std::string text) {
  auto digit = [](char c) { return c >= '0' && c <= '9'; };
  for (std::size_t i = 1; i + 1 < text.size(); ++i) {
    if ((text[i] == '.' || text[i] == ',') && digit(text[i - 1]) && digit(text[i + 1])) {
      text[i] = text[i] == '.' ? ',' : '.';
    }
  }
  return text;
}

}  // namespace

std::string said_unstable(std::string_view english) {
  if (chosen_language() == scenario::Language::en) return std::string(english);
  std::string out;
  for (std::size_t start = 0; start <= english.size();) {
    std::size_t end = std::min(english.find('\n', start), english.size());
    std::string line = scenario::translated(english.substr(start, end - start), unstable_phrases(),
                                            scenario::Language::nl);
    out += (start == 0 ? "" : "\n") + dutch_separators(line);
    start = end + 1;
  }
  return out;
}

std::string said_in_help(std::string_view english) {
  return scenario::translated(english, help_phrases(), chosen_language());
}

bool has_help_dutch(std::string_view english) {
  return english.empty() ||
         scenario::translated(english, help_phrases(), scenario::Language::nl) != english;
}

void choose_language_early(int argc, const char* const* argv) {
  std::string given;
  if (const char* env = std::getenv("KETENSIM_LANG")) given = env;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--lang" && i + 1 < argc) given = argv[i + 1];
    if (a.starts_with("--lang=")) given = a.substr(7);
  }
  if (scenario::language_named(given)) code = given;
}

namespace {

// The words CLI11 writes around the options (its formatter's labels).
constexpr const char* kHelpLabels[] = {"Usage",       "OPTIONS",     "SUBCOMMAND",
                                       "SUBCOMMANDS", "Positionals", "REQUIRED",
                                       "Env",         "Needs",       "Excludes"};

// A label or group name: one word, looked up as it is.
std::string help_label(std::string_view english) {
  return std::string(scenario::text_in(chosen_language(), help_phrases(), english));
}

void translate_app(CLI::App& app) {
  app.description(said_in_help(app.get_description()));
  app.group(help_label(app.get_group()));
  for (CLI::Option* o : app.get_options()) {
    o->description(said_in_help(o->get_description()));
    o->group(help_label(o->get_group()));
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) translate_app(*sub);
}

void collect_untranslated(const CLI::App& app, std::vector<std::string>& out) {
  auto missing = [&](const std::string& english) {
    if (!has_help_dutch(english)) {
      out.push_back(english);
    }
  };
  missing(app.get_description());
  for (const CLI::Option* o : app.get_options()) missing(o->get_description());
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    collect_untranslated(*sub, out);
  }
}

}  // namespace

void translate_help(CLI::App& app) {
  if (chosen_language() == scenario::Language::en) return;
  for (const char* label : kHelpLabels) app.get_formatter()->label(label, help_label(label));
  translate_app(app);
}

std::vector<std::string> untranslated_help(const CLI::App& app) {
  std::vector<std::string> out;
  collect_untranslated(app, out);
  return out;
}

std::string decimal(std::string number) {
  return output::with_decimal_sign(std::move(number), chosen_language());
}

}  // namespace ketensim::tools
