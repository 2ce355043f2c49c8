// The loader's and the flow checks' messages in Dutch: the common ones, each English text
// exactly as the readers build it (translation.h). A message missing here is shown in
// English. Specific texts come before the general ones they would also match ("must be a
// number" before "must be {}"); keys, names and values stay as written.
#include <array>

#include "sim/scenario/translation.h"

namespace ketensim::scenario {
namespace {

constexpr auto kPhrases = std::to_array<Phrase>({
    // How a problem is shown (diagnostic.cpp).
    {"error", "fout"},
    {"expected", "verwacht"},
    {"found", "gevonden"},
    {"did you mean '{}'?", "bedoelde je '{}'?"},
    {"1 error in {}", "1 fout in {}"},
    {"{} errors in {}", "{} fouten in {}"},
    {"({} more not shown)", "(nog {} niet getoond)"},

    // Keys and values (section.cpp, value_reader.cpp).
    {"unknown key '{}'", "onbekende sleutel '{}'"},
    {"missing required key '{}'", "verplichte sleutel '{}' ontbreekt"},
    {"a key must be a name", "een sleutel moet een naam zijn"},
    {"not a valid name", "geen geldige naam"},
    {"unknown value '{}'", "onbekende waarde '{}'"},
    {"must be a number", "moet een getal zijn"},
    {"must be a whole number", "moet een geheel getal zijn"},
    {"must be a whole number >= 1", "moet een geheel getal >= 1 zijn"},
    {"must be a whole number from 0 to {}", "moet een geheel getal van 0 tot en met {} zijn"},
    {"must be a finite number", "moet een eindig getal zijn"},
    {"must be a map", "moet een mapping zijn"},
    {"must be a list", "moet een lijst zijn"},
    {"must be a date", "moet een datum zijn"},
    {"must be a name", "moet een naam zijn"},
    {"must be text", "moet tekst zijn"},
    {"must be a file path", "moet een bestandspad zijn"},
    {"must be above median_days ({})", "moet boven median_days ({}) liggen"},
    {"must be {}", "moet {} zijn"},
    {"no such day in the calendar", "deze dag bestaat niet"},
    {"'{}' is listed twice", "'{}' staat er twee keer in"},
    {"needs at least one value", "heeft minstens één waarde nodig"},
    {"probabilities must sum to 1", "de kansen moeten samen 1 zijn"},
    {"weights must sum to 1", "de gewichten moeten samen 1 zijn"},

    // The file (yaml_tree.cpp, extend.cpp).
    {"YAML syntax error: {}", "YAML-syntaxfout: {}"},
    {"cannot read the scenario", "kan het scenario niet lezen"},
    {"cannot read the base scenario '{}'", "kan het basisscenario '{}' niet lezen"},
    {"no such file", "dit bestand bestaat niet"},
    {"'-' (standard input) is not read: give the path of a file",
     "'-' (standaardinvoer) wordt niet gelezen: geef het pad van een bestand"},
    {"the file is empty", "het bestand is leeg"},
    {"the file is not valid UTF-8", "het bestand is geen geldige UTF-8"},
    {"duplicate key '{}'", "sleutel '{}' staat er twee keer"},
    {"is not a ketensim scenario file: a scenario file is a map of sections",
     "is geen ketensim-scenariobestand: een scenariobestand is een mapping van secties"},
    {"is not a ketensim scenario file: it is not YAML ketensim reads",
     "is geen ketensim-scenariobestand: het is geen YAML die ketensim leest"},
    {"is not a ketensim figures file: it is not YAML ketensim reads",
     "is geen ketensim-cijferbestand: het is geen YAML die ketensim leest"},
    {"is not a ketensim figures file", "is geen ketensim-cijferbestand"},
    {"nothing to remove: the base has no key '{}'",
     "niets te verwijderen: het basisscenario heeft geen sleutel '{}'"},
    {"circular extend", "extend in een kring"},

    // Distributions (distribution_reader.cpp).
    {"a distribution needs a form", "een verdeling heeft een vorm nodig"},
    {"a distribution has exactly one form", "een verdeling heeft precies één vorm"},
    {"give median_days and p90_days, or mu and sigma",
     "geef median_days en p90_days, of mu en sigma"},
    {"give mean_days or rate_per_year", "geef mean_days of rate_per_year"},
    {"the number of children must be a whole number",
     "het aantal kinderen moet een geheel getal zijn"},

    // Sections (read_*.cpp, routing.cpp, declarations.cpp).
    {"needs 12 monthly factors", "heeft 12 maandfactoren nodig"},
    {"the monthly factors must have mean 1", "de maandfactoren moeten gemiddeld 1 zijn"},
    {"not a calendar year", "geen kalenderjaar"},
    {"the name 'children' is taken", "de naam 'children' is al in gebruik"},
    {"a places resource has no staff", "een resource van kind places heeft geen personeel"},
    {"a places resource has no {}", "een resource van kind places heeft geen {}"},
    {"a caseload resource has no places", "een resource van kind caseload heeft geen places"},
    {"max_wait needs acquire: only a family waiting for a resource can stop waiting",
     "max_wait vraagt om acquire: alleen een gezin dat op een resource wacht, kan stoppen met "
     "wachten"},
    {"needs after_max_visits next to it", "heeft after_max_visits ernaast nodig"},
    {"a timer needs exactly one of days and age",
     "een timer heeft precies één van days en age nodig"},
    {"max_wait needs exactly one of days and mean_days",
     "max_wait heeft precies één van days en mean_days nodig"},
    {"give exactly one of children and families", "geef precies één van children en families"},
    {"needs exactly one of enter, leave and acquire",
     "heeft precies één van enter, leave en acquire nodig"},
    {"needs exactly one of days and working_days",
     "heeft precies één van days en working_days nodig"},
    {"a branch cannot have both p and when", "een tak kan niet zowel p als when hebben"},
    {"needs p or when", "heeft p of when nodig"},
    {"needs a default branch", "heeft een standaardtak nodig"},
    {"the default branch (without when) must be the last one",
     "de standaardtak (zonder when) moet de laatste zijn"},
    {"needs at least one branch", "heeft minstens één tak nodig"},
    {"needs at least one test", "heeft minstens één test nodig"},
    {"needs min or max", "heeft min of max nodig"},
    {"needs at least one change", "heeft minstens één wijziging nodig"},
    {"'{}' is not acquired in this stage", "'{}' wordt in deze stage niet verkregen"},
    {"only a days timer counts from somewhere", "alleen een timer met days telt ergens vanaf"},
    {"without a duration, a stage with only age timers never ends for a family without an age",
     "zonder duur eindigt een stage met alleen leeftijdstimers nooit voor een gezin zonder "
     "leeftijd"},
    {"needs a kind or its own tolerance", "heeft een kind of een eigen tolerantie nodig"},
    {"no tolerance for kind '{}'", "geen tolerantie voor kind '{}'"},
    {"cannot read the figures file", "kan het cijferbestand niet lezen"},
    {"after the policies of {} the probabilities must still sum to 1",
     "na het beleid van {} moeten de kansen nog steeds samen 1 zijn"},

    // Names that refer to other sections (references.cpp, key_path_checks.cpp).
    {"no stage named '{}'", "er is geen stage '{}'"},
    {"no stage or exit named '{}'", "er is geen stage of exit '{}'"},
    {"no resource named '{}'", "er is geen resource '{}'"},
    {"no attribute named '{}'", "er is geen attribuut '{}'"},
    {"no measure named '{}'", "er is geen maatregel '{}'"},
    {"attribute '{}' has no value '{}'", "attribuut '{}' heeft geen waarde '{}'"},
    {"'{}' is an exit", "'{}' is een exit"},
    {"the name '{}' is taken by {}", "de naam '{}' is al gegeven aan {}"},
    {"the scenario has no key '{}'", "het scenario heeft geen sleutel '{}'"},

    // The flow (sim/model/chain_graph.cpp).
    {"no arrival stream or initial stock leads to this stage",
     "geen aanmeldstroom of beginvoorraad leidt naar deze stage"},
    {"no exit can be reached from this stage; families would never leave",
     "vanuit deze stage is geen exit bereikbaar; gezinnen zouden de keten nooit verlaten"},

    // What was expected and what was found.
    {"one of {}", "een van {}"},
    {"a number", "een getal"},
    {"a number {}", "een getal {}"},
    {"a whole number", "een geheel getal"},
    {"a whole number {}", "een geheel getal {}"},
    {">= {} and <= {}", ">= {} en <= {}"},
    {"> {} and <= {}", "> {} en <= {}"},
    {"a date YYYY-MM-DD", "een datum JJJJ-MM-DD"},
    {"text", "tekst"},
    {"empty text", "lege tekst"},
    {"nothing", "niets"},
    {"a map", "een mapping"},
    {"a list", "een lijst"},
    {"a file path", "een bestandspad"},
    {"a name of lower case letters, digits and _, starting with a letter",
     "een naam van kleine letters, cijfers en _, die met een letter begint"},
    {"a name of lower case letters, digits, _ and -, starting with a letter",
     "een naam van kleine letters, cijfers, _ en -, die met een letter begint"},
    {"the name of a stage", "de naam van een stage"},
    {"the name of a stage or exit", "de naam van een stage of exit"},
    {"a duration, such as {days: 14}", "een duur, zoals {days: 14}"},
    {"a list of names, such as [a, b]", "een lijst van namen, zoals [a, b]"},
    {"a list of resource names, such as [jbw]", "een lijst van resourcenamen, zoals [jbw]"},
    {"a whole number of children", "een geheel aantal kinderen"},
    {"a stage", "een stage"},
    {"an exit", "een exit"},
    {"a resource", "een resource"},
    {"the built-in exit", "de ingebouwde exit"},
    {"mean {}", "gemiddeld {}"},
    {"{} values", "{} waarden"},
    {"{}: {}", "{}: {}"},

    // Levers (read_levers.cpp).
    {"must be above min", "moet boven min liggen"},
    {"must be at most max - min", "moet hoogstens max - min zijn"},
    {"'{}' cannot take {}: it {}", "'{}' kan {} niet aannemen: het {}"},
    {"the range must hold the value the scenario gives '{}'",
     "het bereik moet de waarde bevatten die het scenario '{}' geeft"},
    {"names the same number as lever '{}'", "noemt hetzelfde getal als hefboom '{}'"},
    // Last, so that any text above wins: the choices of a key ("fifo or priority", "a, b or c").
    {"{} or {}", "{} of {}"},
    {"{}, {}", "{}, {}"},
});

}  // namespace

std::span<const Phrase> diagnostic_phrases() {
  return kPhrases;
}

}  // namespace ketensim::scenario
