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

}  // namespace

std::span<const Phrase> error_phrases() { return kPhrases; }

}  // namespace ketensim::tools
