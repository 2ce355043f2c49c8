// The command line's own errors in Dutch (what follows "ketensim: fout: "), each English text
// exactly as the commands throw it (translation.h), {} for the parts that vary: file names,
// scenario names, lists. Kept apart from the console's phrases, whose short patterns
// ("{} and {}") would match inside any error. An error missing here is printed in English.
#include <array>

#include "tools/ketensim/phrase_books.h"

namespace ketensim::tools {
namespace {

using scenario::Phrase;

constexpr auto kPhrases = std::to_array<Phrase>({
    // new
    {"'{}' cannot name a scenario: use lower case letters, digits, _ and -, starting with a "
     "letter (such as mijn-regio)",
     "'{}' kan geen scenario noemen: gebruik kleine letters, cijfers, _ en -, beginnend met een "
     "letter (zoals mijn-regio)"},
    {"{} already exists: ketensim new never replaces a file; choose another name or move that "
     "file away first",
     "{} bestaat al: ketensim new vervangt nooit een bestand; kies een andere naam of verplaats "
     "dat bestand eerst"},
    {"cannot write {}: there is no folder {}", "kan {} niet schrijven: er is geen map {}"},
    {"cannot read {}: {}", "kan {} niet lezen: {}"},
    // --from (new)
    {"--from {}: no such file, and no shipped scenario is named {} ({}); did you mean '{}'?",
     "--from {}: dat bestand bestaat niet, en geen meegeleverd scenario heet {} ({}); bedoelde "
     "je '{}'?"},
    {"--from {}: no such file, and no shipped scenario is named {} ({})",
     "--from {}: dat bestand bestaat niet, en geen meegeleverd scenario heet {} ({})"},
    {"--from {}: no such file, and the shipped scenarios cannot be found next to this ketensim: "
     "give the path of a scenario file",
     "--from {}: dat bestand bestaat niet, en de meegeleverde scenario's zijn niet te vinden naast "
     "deze ketensim: geef het pad van een scenariobestand"},
    {"--from {}: not a file", "--from {}: geen bestand"},
    {"--from {}: several shipped scenarios are named {} ({}): give the path of one",
     "--from {}: meer meegeleverde scenario's heten {} ({}): geef het pad van één ervan"},
    // validate
    {"the scenario names no published_figures; give a figures file with --figures",
     "het scenario noemt geen published_figures; geef een bestand met cijfers met --figures"},
    {"a back-test needs a calibration spec: the scenario has no `calibrated:` naming one; give --spec",
     "een back-test heeft een kalibratiespecificatie nodig: het scenario heeft geen `calibrated:` die er "
     "een noemt; geef --spec"},
    // sweep --vary
    {"sweep '{}': {} (expected PATH=FROM:TO:STEP or PATH=V1,V2,..., e.g. resources.jbw.fte=55:75:5)",
     "sweep '{}': {} (verwacht: PAD=VAN:TOT:STAP of PAD=W1,W2,..., bijvoorbeeld resources.jbw.fte=55:75:5)"},
    {"no '='", "geen '='"},
    {"'{}' is not a number", "'{}' is geen getal"},
    {"needs FROM <= TO and STEP > 0", "VAN moet <= TOT zijn en STAP > 0"},
    {"more than 10000 values", "meer dan 10000 waarden"},
    {"a range has three parts", "een bereik heeft drie delen"},
    // capacity --target, --resource, --years
    {"target '{}': {} (expected a KPI, a comparison and a value, e.g. \"wait_mean <= 30\" or "
     "\"waited_share <= 5%\")",
     "doel '{}': {} (verwacht: een KPI, een vergelijking en een waarde, bijvoorbeeld \"wait_mean <= 30\" of "
     "\"waited_share <= 5%\")"},
    {"no comparison (<=, <, >=, >)", "geen vergelijking (<=, <, >=, >)"},
    {"nothing left of '{}'", "niets links van '{}'"},
    {"'{}' days is too many", "'{}' dagen is te veel"},
    {"'{}' is neither a KPI name (with or without its subject) nor a known phrase",
     "'{}' is geen naam van een KPI (met of zonder onderwerp) en geen bekende zin"},
    {"no resource named '{}' in scenario '{}'; did you mean '{}'?",
     "geen resource '{}' in scenario '{}'; bedoelde je '{}'?"},
    {"no resource named '{}' in scenario '{}'", "geen resource '{}' in scenario '{}'"},
    {"--years '{}': expected a year or a range such as 2025..2030",
     "--years '{}': verwacht een jaar of een reeks jaren zoals 2025..2030"},
    {"year {} is not in the run of scenario '{}'",
     "het jaar {} valt niet in de run van scenario '{}'"},
    {"scenario '{}' has a policy from {} that changes {}; the capacity search sets it itself, so search from a "
     "later year or remove that policy first",
     "scenario '{}' heeft een beleid vanaf {} dat {} verandert; de capaciteitszoektocht zet die waarde zelf, dus "
     "zoek vanaf een later jaar of haal dat beleid eerst weg"},
    // --uncertainty, sensitivity
    {"--uncertainty: '{}' lacks or reorders uncertain inputs of '{}'; an alternative for compare --uncertainty "
     "extends the base, keeps its inputs and may add its own after them",
     "--uncertainty: '{}' mist onzekere invoergrootheden van '{}' of zet ze in een andere volgorde; een alternatief "
     "voor compare --uncertainty bouwt voort op de basis, houdt haar invoergrootheden en mag er eigen aan toevoegen"},
    {"--uncertainty: scenario '{}' has no uncertain inputs: list them under `uncertain:` "
     "(docs/scenario-format.md, Uncertain inputs)",
     "--uncertainty: scenario '{}' heeft geen onzekere invoergrootheden: zet ze onder `uncertain:` "
     "(docs/scenario-format.md, Uncertain inputs)"},
    {"scenario '{}' has no uncertain inputs: list them under `uncertain:` (docs/scenario-format.md, Uncertain "
     "inputs)",
     "scenario '{}' heeft geen onzekere invoergrootheden: zet ze onder `uncertain:` (docs/scenario-format.md, "
     "Uncertain inputs)"},
    {"--uncertainty needs at least 2 draws", "--uncertainty heeft minstens 2 trekkingen nodig"},
    {"--uncertainty needs at least 2 replications per draw",
     "--uncertainty heeft minstens 2 replicaties per trekking nodig"},
    {"no KPI chosen: the scenario's catalog has none of them",
     "geen KPI gekozen: het scenario meet geen van deze"},
    {"uncertain input '{}': {}", "onzekere invoergrootheid '{}': {}"},
    // compare --select
    {"--select '{}': not defined in replication {} of {} (a mean over nobody); choose a KPI every replication "
     "measures",
     "--select '{}': niet gedefinieerd in replicatie {} van {} (een gemiddelde over niemand); kies een KPI die "
     "elke replicatie meet"},
    // --kpi
    {"{} '{}': no KPI '{}'; did you mean '{}'?", "{} '{}': geen KPI '{}'; bedoelde je '{}'?"},
    {"{} '{}': no KPI '{}'", "{} '{}': geen KPI '{}'"},
    {"{} '{}': no subject of {} '{}'; did you mean '{}'?",
     "{} '{}': {} heeft geen onderwerp '{}'; bedoelde je '{}'?"},
    {"{} '{}': no subject of {} '{}'", "{} '{}': {} heeft geen onderwerp '{}'"},
    // any command
    {"out of memory: the machine could not give ketensim the memory it asked for; use fewer threads (--threads), "
     "or let fewer families into the chain at once (a lower run.max_families stops a run whose waiting list grows "
     "without end sooner)",
     "onvoldoende geheugen: de machine kon ketensim het gevraagde geheugen niet geven; gebruik minder threads "
     "(--threads), of laat minder gezinnen tegelijk in de keten toe (een lagere run.max_families stopt een run "
     "waarvan de wachtlijst eindeloos groeit eerder)"},
    {"writing to standard output failed (a full disk, or a closed pipe?)",
     "schrijven naar de standaarduitvoer is mislukt (een volle schijf, of een gesloten pipe?)"},
});

// The report of an unstable scenario (sim/model/instability.cpp, never_served.cpp), one
// line at a time, with the short phrases of its parts; kept apart from the errors above so
// that "{} families" never matches a whole error of another kind.
constexpr auto kUnstable = std::to_array<Phrase>({
    {"scenario '{}' is unstable: replication {} stopped on {}, after {} years, with {} families in the "
     "chain, more than run.max_families ({})",
     "scenario '{}' is instabiel: replicatie {} stopte op {}, na {} jaar, met {} gezinnen in de keten, "
     "meer dan run.max_families ({})"},
    {"  longest waiting list: resource {}, {} families waiting",
     "  langste wachtlijst: resource {}, {} wachtende gezinnen"},
    {"  measured since the start: {} families asked for {} in {} years ({}); it holds {} at once, each "
     "for {} days on average, so it serves {} (estimated)",
     "  gemeten vanaf de start: {} gezinnen vroegen om {} in {} jaar ({}); het houdt {} tegelijk vast, "
     "elk gemiddeld {} dagen, en helpt dus {} (geschat)"},
    {"  measured since the start: {} families asked for {} in {} years ({}); it holds {} at once, and "
     "none has left it yet",
     "  gemeten vanaf de start: {} gezinnen vroegen om {} in {} jaar ({}); het houdt {} tegelijk vast, "
     "en nog geen enkel heeft het verlaten"},
    {"  measured since the start: {} families asked for {} in {} years ({}); no family has obtained it yet",
     "  gemeten vanaf de start: {} gezinnen vroegen om {} in {} jaar ({}); nog geen gezin heeft het "
     "gekregen"},
    {"  most families are in stage {} ({})", "  de meeste gezinnen zijn in stage {} ({})"},
    {"  more families ask for {} than it serves: add capacity, shorten the time it is held or lower the "
     "arrivals; raise run.max_families (or --max-families) only if the chain really holds this many "
     "families at once",
     "  meer gezinnen vragen om {} dan het kan helpen: voeg capaciteit toe, houd het korter vast of "
     "verlaag de aanmeldingen; verhoog run.max_families (of --max-families) alleen als de keten echt "
     "zoveel gezinnen tegelijk bevat"},
    {"  no family waits for a resource: {} families arrived ({}, measured) and stay; shorten the stages "
     "or lower the arrivals; raise run.max_families (or --max-families) only if the chain really holds "
     "this many families at once",
     "  geen gezin wacht op een resource: {} gezinnen kwamen binnen ({}, gemeten) en blijven; maak de "
     "stages korter of verlaag de aanmeldingen; verhoog run.max_families (of --max-families) alleen als "
     "de keten echt zoveel gezinnen tegelijk bevat"},
    {"scenario '{}' cannot serve a family: replication {} stopped on {}, after {} years",
     "scenario '{}' kan een gezin niet helpen: replicatie {} stopte op {}, na {} jaar"},
    {"  a family of {} children in stage '{}' needs {} places of resource '{}' (one per child), and '{}' "
     "has at most {} places from then to the end of the run: the family would wait for ever, and every "
     "family queued behind it",
     "  een gezin van {} kinderen in stage '{}' heeft {} plaatsen van resource '{}' nodig (één per kind), "
     "en '{}' heeft vanaf dan tot het eind van de run hoogstens {} plaatsen: het gezin zou eeuwig wachten, "
     "en elk gezin dat erachter in de wachtrij staat ook"},
    {"  give '{}' at least {} places, or keep families of more than {} children out of stage '{}'",
     "  geef '{}' minstens {} plaatsen, of houd gezinnen van meer dan {} kinderen buiten stage '{}'"},
    {"~{} a year", "~{} per jaar"},
    {"all at the start", "alle bij de start"},
    {"about {} families", "ongeveer {} gezinnen"},
    {"{} families", "{} gezinnen"},
    {"{} family", "{} gezin"},
});

// The usage errors CLI11 reports as it reads the command line (CLI/Error.hpp, Validators.hpp
// of CLI11 2.1) and the messages of ketensim's own option checks (option_checks.cpp,
// commands.h), whole; "{}: " is the option's name.
constexpr auto kUsage = std::to_array<Phrase>({
    {"The following argument was not expected: {}", "Dit argument werd niet verwacht: {}"},
    {"The following arguments were not expected: {}", "Deze argumenten werden niet verwacht: {}"},
    {"A subcommand is required", "Geef een opdracht"},
    {"{} is required", "{} ontbreekt en is verplicht"},
    {"{} requires {}", "{} kan alleen samen met {}"},
    {"{} excludes {}", "{} kan niet samen met {}"},
    {"{}: At least {} required but received {}", "{}: minstens {} nodig, maar {} gegeven"},
    {"{}: At Most {} required but received {}", "{}: hoogstens {} toegestaan, maar {} gegeven"},
    {"{}: {} required {} missing", "{}: de waarde ontbreekt ({} nodig: {})"},
    {"Expected exactly {} arguments to {}, got {}",
     "Precies {} argumenten verwacht bij {}, maar {} gegeven"},
    {"Expected at least {} arguments to {}, got {}",
     "Minstens {} argumenten verwacht bij {}, maar {} gegeven"},
    {"{}: too many inputs for a flag", "{}: te veel waarden voor een schakelaar"},
    {"{}: Should be true/false or a number", "{}: moet true/false of een getal zijn"},
    {"{} was given a disallowed flag override", "{} kreeg een waarde die niet is toegestaan"},
    {"Could not convert: {} = {}", "Kan niet omzetten: {} = {}"},
    {"The value {} is not an allowed value for {}", "De waarde {} is niet toegestaan voor {}"},
    {"{}: Value {} not in range {} to {}",
     "{}: de waarde {} ligt niet tussen {} en {} (grenzen inbegrepen)"},
    {"{}: Value {} could not be converted", "{}: de waarde {} is geen getal"},
    {"{}: {} not in {}", "{}: {} is niet een van {}"},
    {"{}: File does not exist: {}", "{}: het bestand bestaat niet: {}"},
    {"{}: File is actually a directory: {}", "{}: dit is een map, geen bestand: {}"},
    {"{}: must be a whole number from 0 to {}; found '{}'",
     "{}: moet een geheel getal van 0 tot en met {} zijn; gegeven: '{}'"},
    {"{}: must be a number from {} to {}; found '{}'",
     "{}: moet een getal van {} tot en met {} zijn; gegeven: '{}'"},
    {"{}: must not be empty: give a path", "{}: mag niet leeg zijn: geef een pad"},
    {"Run with --help for more information.", "Gebruik --help voor meer informatie."},
});

}  // namespace

std::span<const Phrase> error_phrases() {
  return kPhrases;
}

std::span<const Phrase> usage_phrases() {
  return kUsage;
}

std::span<const Phrase> unstable_phrases() {
  return kUnstable;
}

}  // namespace ketensim::tools
