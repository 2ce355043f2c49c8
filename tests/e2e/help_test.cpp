// --help in the language asked for: every description the commands register has its Dutch
// in the help's phrase book (tools/ketensim/help_nl.cpp), and `--help --lang nl` prints it.
#include <doctest/doctest.h>

#include "tests/support.h"
#include "tools/ketensim/command_line.h"
#include "tools/ketensim/language_option.h"
#include "tools/ketensim/phrase_books.h"

namespace {

using ketensim::testing::CommandResult;
using ketensim::testing::run_command;

CommandResult help(const std::string& args, const std::string& env = "") {
  return run_command(env + " " + KETENSIM_BINARY + " " + args);
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("every --help text has its Dutch in the help's phrase book") {
  const char* english[] = {"ketensim", "--lang", "en"};
  auto command_line = ketensim::tools::make_command_line(3, english);
  for (const std::string& text : ketensim::tools::untranslated_help(command_line->app)) {
    FAIL_CHECK("no Dutch for the help text: \"" << text << "\"");
  }
  for (const std::string& text : ketensim::tools::footer_texts()) {
    if (!ketensim::tools::has_help_dutch(text))
      FAIL_CHECK("no Dutch for the footer: \"" << text << "\"");
  }
}

TEST_CASE("--help --lang nl (or KETENSIM_LANG=nl) prints the help in Dutch") {
  auto r = help("run --help --lang nl");
  CHECK(r.code == 0);
  CHECK(contains(r.output, "Gebruik:"));
  CHECK(contains(r.output, "Scenariobestand (YAML)"));
  CHECK(contains(r.output, "Toon deze hulptekst en stop"));
  CHECK_FALSE(contains(r.output, "Print this help message"));
  CHECK(contains(help("--help", "KETENSIM_LANG=nl").output, "Opdrachten:"));
  auto en = help("--help");
  CHECK(contains(en.output, "Subcommands:"));
  CHECK(contains(en.output, "Print this help message and exit"));
}

TEST_CASE("every Dutch phrase of the command line has as many {} as its English") {
  using namespace ketensim::tools;
  for (auto book :
       {console_phrases(), help_phrases(), error_phrases(), unstable_phrases(), usage_phrases()}) {
    for (const ketensim::scenario::Phrase& p : book) {
      CAPTURE(p.english);
      CHECK(ketensim::testing::placeholders(p.english) == ketensim::testing::placeholders(p.dutch));
    }
  }
}

}  // namespace
