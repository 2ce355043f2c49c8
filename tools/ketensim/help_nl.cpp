// The command line's help (--help) in Dutch: every description of a subcommand and an
// option, the footer, and the words CLI11 writes around them, each English text exactly as
// the commands register it (translation.h). The test "every --help text has its Dutch"
// lists any text missing here.
#include <array>

#include "tools/ketensim/phrase_books.h"

namespace ketensim::tools {
namespace {

using scenario::Phrase;

// A phrase book, one phrase per entry as written: not reflowed by clang-format.
// clang-format off
constexpr auto kPhrases = std::to_array<Phrase>({
    // CLI11's own words and groups
    {"Usage", "Gebruik"},
    {"OPTIONS", "OPTIES"},
    {"SUBCOMMAND", "OPDRACHT"},
    {"SUBCOMMANDS", "OPDRACHTEN"},
    {"Positionals", "Argumenten"},
    {"REQUIRED", "VERPLICHT"},
    {"Env", "Omgeving"},
    {"Needs", "Vereist"},
    {"Excludes", "Sluit uit"},
    {"Options", "Opties"},
    {"Subcommands", "Opdrachten"},
    {"Print this help message and exit", "Toon deze hulptekst en stop"},
    {"Display program version information and exit", "Toon de versie van het programma en stop"},

    // the application, its footer and the subcommands, in the order --help lists them
    {"ketensim {}: discrete-event simulation of the youth protection chain",
     "ketensim {}: discrete-event simulatie van de jeugdbeschermingsketen"},
    {"Language of messages, headlines and the report: en (default) or nl",
     "Taal van de meldingen, de kerncijfers en het rapport: en (standaard) of nl"},
    {"Run a scenario's replications and write CSV and JSON results",
     "Draai de replicaties van een scenario en schrijf de uitkomsten als CSV en JSON"},
    {"Scenario file (YAML)",
     "Scenariobestand (YAML)"},
    {"Override run.replications; with --precision, the most replications",
     "Vervangt run.replications; met --precision het grootste aantal replicaties"},
    {"Override run.seed",
     "Vervangt run.seed"},
    {"Override run.max_families: families alive at once beyond which a replication stops as unstable",
     "Vervangt run.max_families: het aantal gezinnen tegelijk in de keten waarboven een replicatie stopt als instabiel"},
    {"Output directory (default: runs/<scenario>)",
     "Uitvoermap (standaard: runs/<scenario>)"},
    {"Continue the interrupted run saved in this directory (its partial.json); the files are then those of an uninterrupted run",
     "Zet de onderbroken run in deze map voort (zijn partial.json); de bestanden zijn daarna die van een run zonder onderbreking"},
    {"Worker threads (default: all cores)",
     "Aantal threads (standaard: alle kernen)"},
    {"Stop when every headline mean's 95% half-width is within this share of the mean (at least half a day, half a percentage point or half a family), looked at every 10 replications from 20 (--replications the most); 0 runs them all. Without it every replication runs, and the replication advice (precision.csv) aims at 0.05",
     "Stop zodra de halve breedte van het 95%-betrouwbaarheidsinterval van elk kerncijfer binnen dit deel van het gemiddelde ligt (minstens een halve dag, een half procentpunt of een half gezin), bekeken om de 10 replicaties vanaf 20 (--replications is het maximum); 0 draait ze alle. Zonder deze optie draaien alle replicaties en mikt het replicatie-advies (precision.csv) op 0,05"},
    {"Add N replications to the finished run in --out (default runs/<scenario>), reading its replications back from kpis.csv: the files are those of a fresh run of as many replications as both together",
     "Voeg N replicaties toe aan de afgeronde run in --out (standaard runs/<scenario>) en lees de bestaande terug uit kpis.csv: de bestanden zijn die van een nieuwe run met evenveel replicaties als beide samen"},
    {"kpis.csv, every replication's value of every KPI: full (the default; a run that keeps it can be resumed and extended) or none (only the summaries, for a run that is neither)",
     "kpis.csv, de waarde van elk kengetal in elke replicatie: full (de standaard; een run die het bewaart, kan worden hervat en uitgebreid) of none (alleen de samenvattingen, voor een run die geen van beide hoeft)"},
    {"Also run N draws of the scenario's uncertain inputs, each with the run's replications: a second interval per headline KPI, from chance and assumptions (uncertainty.csv)",
     "Draai ook N trekkingen van de onzekere invoer van het scenario, elk met de replicaties van de run: een tweede interval per kerncijfer, uit toeval en aannames (uncertainty.csv)"},
    {"Also write results.xlsx: the summary and the figures per year, for Excel, with headers in the language of --lang",
     "Schrijf ook results.xlsx: de samenvatting en de cijfers per jaar, voor Excel, met kopjes in de taal van --lang"},
    {"Print nothing but errors",
     "Toon alleen fouten"},
    {"Validate a scenario and report every problem",
     "Controleer een scenario en meld elk probleem"},
    {"Write the scenario's flow as Graphviz dot, SVG or PNG",
     "Schrijf de stroom van het scenario als Graphviz dot, SVG of PNG"},
    {"Write to this file instead of standard output",
     "Schrijf naar dit bestand in plaats van naar de standaarduitvoer"},
    {"dot (default), or svg / png drawn by Graphviz when installed",
     "dot (standaard), of svg / png, getekend door Graphviz als dat geïnstalleerd is"},
    {"Run a scenario and compare it with published figures",
     "Draai een scenario en vergelijk het met gepubliceerde cijfers"},
    {"Published figures file (YAML; default: the scenario's published_figures)",
     "Bestand met gepubliceerde cijfers (YAML; standaard: de published_figures van het scenario)"},
    {"Override run.replications",
     "Vervangt run.replications"},
    {"Output directory (default: runs/<scenario>-validation)",
     "Uitvoermap (standaard: runs/<scenario>-validation)"},
    {"Calibrate on the figures up to this year only, run forward, and compare each later figure with the forecast, the naive forecast (last year observed) and a trend",
     "Kalibreer alleen op de cijfers tot en met dit jaar, draai vooruit en zet elk later cijfer naast de voorspelling, de naïeve voorspelling (het laatst waargenomen jaar) en een trend"},
    {"With --backtest: the calibration spec (default: the one the scenario's `calibrated:` names)",
     "Met --backtest: de kalibratiespecificatie (standaard: die welke `calibrated:` van het scenario noemt)"},
    {"With --backtest: override the spec's max_evaluations (a cheaper, less converged fit)",
     "Met --backtest: vervangt max_evaluations van de specificatie (een goedkopere, minder geconvergeerde fit)"},
    {"Print nothing but errors (the exit code tells the outcome)",
     "Toon alleen fouten (de exitcode geeft de uitkomst)"},
    {"Fit a scenario's free parameters to published figures",
     "Pas de vrije parameters van een scenario aan op gepubliceerde cijfers"},
    {"Calibration spec (YAML): the free parameters and their bounds",
     "Kalibratiespecificatie (YAML): de vrije parameters en hun grenzen"},
    {"Published figures file (default: the spec's, else the scenario's published_figures)",
     "Bestand met gepubliceerde cijfers (standaard: dat van de specificatie, anders de published_figures van het scenario)"},
    {"Output directory (default: runs/<scenario>-calibration)",
     "Uitvoermap (standaard: runs/<scenario>-calibration)"},
    {"Where to write the calibrated overlay (default: OUT/calibrated.yaml)",
     "Waar de gekalibreerde overlay komt (standaard: OUT/calibrated.yaml)"},
    {"The overlay's scenario name (default: <scenario>-calibrated)",
     "De scenarionaam van de overlay (standaard: <scenario>-calibrated)"},
    {"Override the spec's replications per evaluation",
     "Vervangt de replicaties per evaluatie van de specificatie"},
    {"Override the spec's seed",
     "Vervangt de seed van de specificatie"},
    {"Override the spec's max_evaluations",
     "Vervangt max_evaluations van de specificatie"},
    {"Override the spec's scan: positions per parameter after each local run (0: none)",
     "Vervangt scan van de specificatie: posities per parameter na elke lokale zoekronde (0: geen)"},
    {"Run scenarios with common random numbers and report paired differences",
     "Draai scenario's met dezelfde toevalsgetallen en rapporteer de gepaarde verschillen"},
    {"The base scenario, then one or more alternatives (YAML)",
     "Het basisscenario, daarna een of meer alternatieven (YAML)"},
    {"The most replications (default: the base's run.replications, used by all); fewer run when the differences are precise enough (--precision)",
     "Het grootste aantal replicaties (standaard: run.replications van de basis, voor alle scenario's); er draaien er minder als de verschillen nauwkeurig genoeg zijn (--precision)"},
    {"Override the base's run.seed (used by all)",
     "Vervangt run.seed van de basis (voor alle scenario's)"},
    {"Output directory (default: runs/<base>-compare)",
     "Uitvoermap (standaard: runs/<basis>-compare)"},
    {"Stop when every headline difference's 95% half-width is within this share of the larger mean (at least half a day, half a percentage point or half a family), looked at every 10 replications from 20; 0 runs them all (default 0.05)",
     "Stop zodra de halve breedte van het 95%-betrouwbaarheidsinterval van elk verschil in de kerncijfers binnen dit deel van het grootste gemiddelde ligt (minstens een halve dag, een half procentpunt of een half gezin), bekeken om de 10 replicaties vanaf 20; 0 draait ze alle (standaard 0,05)"},
    {"The smallest effect, as a share of the base, the summary calls out (default 0.05)",
     "Het kleinste effect, als deel van de basis, dat de samenvatting noemt (standaard 0,05)"},
    {"Also compare at N draws of the uncertain inputs (the base's, then any an alternative adds): whether the difference holds over the plausible assumptions (compare_uncertainty.csv)",
     "Vergelijk ook bij N trekkingen van de onzekere invoer (die van de basis, dan wat een alternatief toevoegt): of het verschil standhoudt over de aannemelijke aannames (compare_uncertainty.csv)"},
    {"Also write compare.xlsx: every figure of both with the paired difference, for Excel, with headers in the language of --lang",
     "Schrijf ook compare.xlsx: elk cijfer van beide met het gepaarde verschil, voor Excel, met kopjes in de taal van --lang"},
    {"Which scenario is best on one KPI, \"[min|max] KPI SUBJECT\" (e.g. \"wait_mean gesloten\"; without min or max the KPI's own direction), by Kim and Nelson's sequential procedure: replications stop once one is left (selection.csv); replaces the --precision stop",
     "Welk scenario het beste is op één kerncijfer, \"[min|max] KPI ONDERWERP\" (bijv. \"wait_mean gesloten\"; zonder min of max in de eigen richting van het kerncijfer), met de sequentiële procedure van Kim en Nelson: de replicaties stoppen zodra er één over is (selection.csv); vervangt de stopregel van --precision"},
    {"With --select: the smallest difference that matters, in the KPI's unit (default half a day, half a percentage point or half a family)",
     "Met --select: het kleinste verschil dat ertoe doet, in de eenheid van het kerncijfer (standaard een halve dag, een half procentpunt of een half gezin)"},
    {"With --select: the least probability of selecting the best (default 0.95)",
     "Met --select: de kans die minstens geldt dat het beste gekozen wordt (standaard 0,95)"},
    {"Find the smallest capacity of a resource that meets a target",
     "Zoek de kleinste capaciteit van een resource die een doel haalt"},
    {"The resource: places are searched in places, caseload in fte",
     "De resource: plaatsen worden in plaatsen gezocht, caseload in fte"},
    {"Service level, e.g. \"share waiting > 90 days <= 5%\", \"wait_mean <= 30\", \"queue_end <= 10\"; a KPI of another subject than the resource after its name, e.g. \"norm_met_share vaste_jeugdbeschermer >= 95%\"",
     "Het serviceniveau, bijv. \"share waiting > 90 days <= 5%\", \"wait_mean <= 30\", \"queue_end <= 10\"; een kerncijfer van een ander onderwerp dan de resource met dat onderwerp na zijn naam, bijv. \"norm_met_share vaste_jeugdbeschermer >= 95%\""},
    {"Search each year's capacity, e.g. 2025..2030 (default: one for the whole run)",
     "Zoek de capaciteit per jaar, bijv. 2025..2030 (standaard: één voor de hele run)"},
    {"Largest capacity tried (default 100000)",
     "De grootste capaciteit die geprobeerd wordt (standaard 100000)"},
    {"Output directory (default: runs/<scenario>-capacity-<resource>)",
     "Uitvoermap (standaard: runs/<scenario>-capacity-<resource>)"},
    {"Also search at N draws of the scenario's uncertain inputs and give the capacity that meets the target in --coverage of them (capacity_uncertainty.csv, capacity_draws.csv)",
     "Zoek ook bij N trekkingen van de onzekere invoer van het scenario en geef de capaciteit die het doel haalt in --coverage daarvan (capacity_uncertainty.csv, capacity_draws.csv)"},
    {"With --uncertainty: the share of the draws the answer must meet the target in (default 0.9)",
     "Met --uncertainty: het deel van de trekkingen waarin het antwoord het doel moet halen (standaard 0,9)"},
    {"Run a scenario over a grid of one or two parameters",
     "Draai een scenario over een rooster van een of twee parameters"},
    {"PATH=FROM:TO:STEP or PATH=V1,V2,..., e.g. resources.jbw.fte=55:75:5 (once or twice)",
     "PAD=VAN:TOT:STAP of PAD=W1,W2,..., bijv. resources.jbw.fte=55:75:5 (een of twee keer)"},
    {"KPIs printed per point, whole run (default: wait_mean utilisation)",
     "Kerncijfers die per punt getoond worden, over de hele run (standaard: wait_mean utilisation)"},
    {"Output directory (default: runs/<scenario>-sweep)",
     "Uitvoermap (standaard: runs/<scenario>-sweep)"},
    {"What the answers depend on: Morris screening (and Sobol' indices) of the scenario's uncertain inputs",
     "Waar de antwoorden van afhangen: Morris-screening (en Sobol'-indices) van de onzekere invoer van het scenario"},
    {"Scenario file (YAML) with an `uncertain:` section",
     "Scenariobestand (YAML) met een onderdeel `uncertain:`"},
    {"morris (screening, default) or sobol (screening, then variance-based indices for the inputs above the noise floor)",
     "morris (screening, standaard) of sobol (screening, daarna op variantie gebaseerde indices voor de invoer boven de ruisvloer)"},
    {"KPI, or 'KPI SUBJECT', whole run (repeatable; default: the comparison headlines)",
     "Kerncijfer, of 'KPI ONDERWERP', over de hele run (herhaalbaar; standaard: de kerncijfers van de vergelijking)"},
    {"Morris trajectories (default 10)",
     "Morris-trajecten (standaard 10)"},
    {"Sobol' base sample size N (default 64)",
     "Grootte N van de basissteekproef van Sobol' (standaard 64)"},
    {"Replications at each design point, the same at every point (default 10)",
     "Replicaties per ontwerppunt, in elk punt dezelfde (standaard 10)"},
    {"Override run.seed (the design's seed as well)",
     "Vervangt run.seed (ook de seed van het ontwerp)"},
    {"Output directory (default: runs/<scenario>-sensitivity)",
     "Uitvoermap (standaard: runs/<scenario>-sensitivity)"},
    {"Inputs printed per KPI (default 5)",
     "Getoonde invoer per kerncijfer (standaard 5)"},
    {"Print every scenario key (type, unit, default, range, meaning, source) as Markdown",
     "Toon elke sleutel van het scenarioformaat (type, eenheid, standaard, bereik, betekenis, bron) als Markdown"},
    {"Print the JSON Schema of the scenario format, for editors that check YAML",
     "Toon het JSON Schema van het scenarioformaat, voor editors die YAML controleren"},
    {"Write a commented scenario file to edit: NAME.yaml",
     "Schrijf een scenariobestand met toelichting om aan te passen: NAAM.yaml"},
    {"Name of the new scenario (lower case letters, digits, _ and -), or a path ending in .yaml",
     "Naam van het nieuwe scenario (kleine letters, cijfers, _ en -), of een pad dat eindigt op .yaml"},
    {"Copy this scenario instead of the starter: a file, or the name of a shipped one such as haaglanden-jbt-slice",
     "Kopieer dit scenario in plaats van het startscenario: een bestand, of de naam van een meegeleverd scenario zoals haaglanden-jbt-slice"},
    {"Show scenarios on a local web page: levers as sliders, live paired comparisons",
     "Toon scenario's op een lokale webpagina: knoppen als schuifregelaars, gepaarde vergelijkingen die meteen bijwerken"},
    {"Base scenarios (YAML) to offer; the overlays in the policies/ folder beside each that extend it are offered with it",
     "Basisscenario's (YAML) om aan te bieden; de overlays in de map policies/ ernaast die erop voortbouwen, worden erbij aangeboden"},
    {"Address to listen on (default 127.0.0.1: this machine only)",
     "Adres waarop geluisterd wordt (standaard 127.0.0.1: alleen deze computer)"},
    {"Port to listen on (default 8080; 0: any free port)",
     "Poort waarop geluisterd wordt (standaard 8080; 0: een vrije poort)"},
    {"Worker threads per run (default: all cores)",
     "Threads per run (standaard: alle kernen)"},
    {"The most replications a run takes before the precision is reached (default 400)",
     "Het grootste aantal replicaties van een run voordat de nauwkeurigheid bereikt is (standaard 400)"},
    {"Stop when every headline KPI's 95% half-width is within this share of its mean, as compare's precision (default 0.05)",
     "Stop zodra de halve breedte van het 95%-betrouwbaarheidsinterval van elk kerncijfer binnen dit deel van zijn gemiddelde ligt, zoals de nauwkeurigheid van compare (standaard 0,05)"},
    {"Exit codes:\n"
     "  0  success\n"
     "  1  other failure (output not writable, internal error)\n"
     "  2  usage error (unknown flag, missing argument)\n"
     "  3  scenario error (the file is malformed or inconsistent; every problem is listed)\n"
     "  4  validate: a figure marked must_match is outside its tolerance\n"
     "  5  the scenario is unstable: in a replication more families were alive at once than\n"
     "     run.max_families (or --max-families) allows, as a waiting list grows without end;\n"
     "     the message names the resource, its requests a year and what it can serve. Or a\n"
     "     family needs more places than its resource will have for the rest of the run (a\n"
     "     policy or a swept value lowered them): the message names the stage and resource\n"
     "  6  interrupted (SIGINT, SIGTERM): the replications running were finished; run keeps\n"
     "     them as a partial result (partial.json) that `run ... --resume DIR` continues;\n"
     "     compare, sweep, capacity and sensitivity write nothing\n"
     "  130, 143  a second SIGINT (SIGTERM) ended the program at once (the shell's 128 + signal);\n"
     "     files already written stay whole (a hidden temporary .NAME.tmp-PID may be left)\n"
     "\n"
     "Examples:",
     "Exitcodes:\n"
     "  0  gelukt\n"
     "  1  andere fout (uitvoer niet te schrijven, interne fout)\n"
     "  2  fout in het gebruik (onbekende optie, ontbrekend argument)\n"
     "  3  fout in het scenario (het bestand is onjuist of niet consistent; elk probleem wordt gemeld)\n"
     "  4  validate: een cijfer met must_match ligt buiten zijn tolerantie\n"
     "  5  het scenario is instabiel: in een replicatie waren meer gezinnen tegelijk in de keten dan\n"
     "     run.max_families (of --max-families) toestaat, doordat een wachtlijst zonder eind groeit;\n"
     "     de melding noemt de resource, de aanvragen per jaar en wat die kan bedienen. Of een\n"
     "     gezin heeft meer plaatsen nodig dan de resource de rest van de run heeft (een\n"
     "     beleidsmaatregel of een gevarieerde waarde verlaagde ze): de melding noemt de stage en de resource\n"
     "  6  onderbroken (SIGINT, SIGTERM): de lopende replicaties zijn afgemaakt; run bewaart\n"
     "     ze als gedeeltelijke uitkomst (partial.json) die `run ... --resume MAP` voortzet;\n"
     "     compare, sweep, capacity en sensitivity schrijven niets\n"
     "  130, 143  een tweede SIGINT (SIGTERM) beëindigde het programma meteen (128 + signaal, zoals de shell);\n"
     "     bestanden die al geschreven waren, blijven heel (een verborgen tijdelijk .NAAM.tmp-PID kan achterblijven)\n"
     "\n"
     "Voorbeelden:"},
    {"The user guide (docs/user-guide.md) has a 30-minute tutorial.",
     "De gebruikershandleiding (docs/user-guide.md) heeft een inleiding van 30 minuten."},
});
// clang-format on

}  // namespace

std::span<const Phrase> help_phrases() {
  return kPhrases;
}

}  // namespace ketensim::tools
