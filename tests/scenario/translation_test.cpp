// Texts in Dutch: the phrase matching that keeps English as the key, and the loader's
// common messages exactly as a Dutch reader sees them.
#include "sim/scenario/translation.h"

#include <doctest/doctest.h>

#include <array>

#include "sim/scenario/diagnostic.h"
#include "sim/scenario/loader.h"
#include "tests/scenario/scenario_test_support.h"
#include "tests/support.h"

namespace ketensim::scenario {
namespace {

constexpr std::array<Phrase, 4> kBook = {{
    {"unknown key '{}'", "onbekende sleutel '{}'"},
    {"a number {}", "een getal {}"},
    {">= {} and <= {}", ">= {} en <= {}"},
    {"text", "tekst"},
}};

TEST_CASE("a phrase matches the whole text, its parts are carried over in order") {
  CHECK(translated("unknown key 'ftee'", kBook, Language::nl) == "onbekende sleutel 'ftee'");
  CHECK(translated("unknown key 'ftee' here", kBook, Language::nl) == "unknown key 'ftee' here");
  CHECK(translated("unknown key ''", kBook, Language::nl) == "unknown key ''");  // {} is not empty
  CHECK(translated("unknown key 'ftee'", kBook, Language::en) == "unknown key 'ftee'");
}

TEST_CASE("a part of several words is translated in turn, a single word never") {
  CHECK(translated("a number >= 0 and <= 1", kBook, Language::nl) == "een getal >= 0 en <= 1");
  CHECK(translated("unknown key 'text'", kBook, Language::nl) == "onbekende sleutel 'text'");
  CHECK(translated("text", kBook, Language::nl) == "tekst");
}

TEST_CASE("texts with {} to fill in later, and the language codes") {
  CHECK(text_in(Language::nl, kBook, "a number {}") == "een getal {}");
  CHECK(text_in(Language::nl, kBook, "a number") == "a number");
  CHECK(filled("{} of {}", {"a", "b"}) == "a of b");
  CHECK(language_named("nl") == Language::nl);
  CHECK(language_named("en") == Language::en);
  CHECK(!language_named("xx"));
  CHECK(!language_named("NL"));
}

std::string dutch_errors(const std::string& yaml) {
  try {
    load_scenario_text(yaml, "regio.yaml");
  } catch (const ScenarioError& e) {
    return render(e.diagnostics(), Language::nl);
  }
  return "loaded";
}

TEST_CASE("the loader's common messages in Dutch, exactly") {
  std::string errors = dutch_errors(
      "scenario: regio\n"
      "run: {start: 2020-01-01, years: 1}\n"
      "resources:\n"
      "  jbw: {kind: caseload, fte: veel, caseload_norm: 15, queu: fifo}\n"
      "arrivals:\n"
      "  melding: {into: jbt}\n"
      "stages:\n"
      "  jbt:\n"
      "    next: [{to: raadsonderzoke}]\n"
      "  raadsonderzoek:\n"
      "    next: [{to: exit}]\n");
  CHECK(errors ==
        "regio.yaml:4:30: fout: resources.jbw.fte: moet een getal zijn\n"
        "  verwacht: een getal >= 0 en <= 1000000\n"
        "  gevonden: veel\n"
        "regio.yaml:4:55: fout: resources.jbw.queu: onbekende sleutel 'queu'\n"
        "  verwacht: een van kind, fte, caseload_norm, per, queue, places, "
        "caseload_norm_by_measure, turnover_per_year, hiring_delay, ramp_up, absence\n"
        "  bedoelde je 'queue'?\n"
        "regio.yaml:6:3: fout: arrivals.melding: verplichte sleutel 'families_per_year' "
        "ontbreekt\n"
        "  verwacht: families_per_year: een getal >= 0 en <= 1000000\n"
        "regio.yaml:9:17: fout: stages.jbt.next[0].to: er is geen stage of exit "
        "'raadsonderzoke'\n"
        "  bedoelde je 'raadsonderzoek'?\n"
        "4 fouten in regio.yaml");
}

TEST_CASE("one error, and a date, in Dutch") {
  CHECK(dutch_errors("scenario: regio\nrun: {start: 2021-02-29, years: 1}\narrivals:\n"
                     "  melding: {into: jbt, families_per_year: 1}\nstages:\n"
                     "  jbt: {next: [{to: exit}]}\n") ==
        "regio.yaml:2:14: fout: run.start: deze dag bestaat niet\n"
        "  verwacht: een datum JJJJ-MM-DD\n"
        "  gevonden: 2021-02-29\n"
        "1 fout in regio.yaml");
}

TEST_CASE("in Dutch, a value the author wrote is shown as written") {
  Diagnostic written{
      {"regio.yaml", 0, 0}, "resources.jbw.fte", "must be a number", "a number", "text", ""};
  CHECK(render(written, Language::nl) ==
        "regio.yaml: fout: resources.jbw.fte: moet een getal zijn\n"
        "  verwacht: een getal\n"
        "  gevonden: text");
  Diagnostic empty{{"regio.yaml", 0, 0}, "run", "must be a map", "a map", "nothing", ""};
  CHECK(render(empty, Language::nl) ==
        "regio.yaml: fout: run: moet een mapping zijn\n"
        "  verwacht: een mapping\n"
        "  gevonden: niets");
}

TEST_CASE("in Dutch, the choices of a key are joined by 'of', each choice as written") {
  Diagnostic kind{{"regio.yaml", 5, 23},
                  "resources.r.kind",
                  "unknown value 'servers'",
                  "caseload or places",
                  "",
                  ""};
  CHECK(render(kind, Language::nl) ==
        "regio.yaml:5:23: fout: resources.r.kind: onbekende waarde 'servers'\n"
        "  verwacht: caseload of places");
  Diagnostic three{{"regio.yaml", 0, 0},        "x", "must be a number",
                   "a number, a list or a map", "",  ""};
  CHECK(render(three, Language::nl) ==
        "regio.yaml: fout: x: moet een getal zijn\n"
        "  verwacht: een getal, een lijst of een mapping");
}

TEST_CASE("every Dutch phrase of the loader has as many {} as its English") {
  for (const Phrase& p : diagnostic_phrases()) {
    CAPTURE(p.english);
    CHECK(ketensim::testing::placeholders(p.english) == ketensim::testing::placeholders(p.dutch));
  }
}

}  // namespace
}  // namespace ketensim::scenario
