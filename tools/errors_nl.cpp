// The command line's own errors in Dutch (what follows "ketensim: fout: "), each English text
// exactly as the commands throw it (translation.h), {} for the parts that vary: file names,
// scenario names, lists. Kept apart from the console's phrases, whose short patterns
// ("{} and {}") would match inside any error. An error missing here is printed in English.
#include <array>

#include "sim/scenario/translation.h"

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
    // any command
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

}  // namespace

std::span<const Phrase> error_phrases() { return kPhrases; }

std::span<const Phrase> unstable_phrases() { return kUnstable; }

}  // namespace ketensim::tools
