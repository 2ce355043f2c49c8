// What the commands print for a person, in Dutch: the headlines of run and compare, the
// precision advice and the check's answer; each English text exactly as the commands write
// it (translation.h), {} for the parts that vary. A text missing here is printed in English.
#include <array>

#include "tools/ketensim/phrase_books.h"

namespace ketensim::tools {
namespace {

using scenario::Phrase;

constexpr auto kPhrases = std::to_array<Phrase>({
    {"error", "fout"},

    // new (before the short patterns below, such as "{} and {}", which would match inside)
    {"Wrote {}, a copy of {} named '{}', with every comment and source kept.",
     "{} geschreven, een kopie van {} met de naam '{}', met alle toelichting en bronnen."},
    {"the starter scenario", "het startscenario"},
    {"It extends {}, the same base seen from its folder.",
     "Het bouwt voort op {}, dezelfde basis, gezien vanuit zijn eigen map."},
    {"Edit it (change the figures to your region's and say where each comes from), then:",
     "Pas het aan (zet de cijfers op die van je regio en zeg bij elk waar het vandaan komt), en dan:"},
    {"ketensim new: the copy of {} does not load, so nothing was written:",
     "ketensim new: de kopie van {} laadt niet, dus er is niets geschreven:"},
    {"{}: ok: scenario '{}', {} stages, {} arrival streams, {} resources",
     "{}: in orde: scenario '{}', {} stages, {} aanmeldstromen, {} resources"},

    // run
    {"ketensim {}: {}, {} replications of {} years from {}, seed {}",
     "ketensim {}: {}, {} replicaties van {} jaar vanaf {}, seed {}"},
    {"{} events in {} s on {} ({} million events/s) in the {} replications run now; the {} read "
     "back from kpis.csv are not counted",
     "{} gebeurtenissen in {} s op {} ({} miljoen gebeurtenissen/s) in de {} nu gedraaide "
     "replicaties; de {} die uit kpis.csv zijn teruggelezen, tellen niet mee"},
    {"{} events in {} s on {} ({} million events/s)",
     "{} gebeurtenissen in {} s op {} ({} miljoen gebeurtenissen/s)"},
    {"Whole run, mean over replications:", "Hele run, gemiddelde over de replicaties:"},
    {"{}  (95% CI {})", "{}  (95%-BI {})"},
    {"{}  (one replication: no 95% CI)", "{}  (één replicatie: geen 95%-BI)"},
    {"Report: {}", "Rapport: {}"},
    {"Written: {}, {}", "Geschreven: {}, {}"},
    {"Every figure before and after: {}", "Elk cijfer vooraf en na afloop: {}"},
    {"Written: {}", "Geschreven: {}"},

    // the progress line on a terminal (progress_line.cpp)
    {"replications", "replicaties"},
    {"evaluations", "evaluaties"},
    {"calibration evaluations", "kalibratie-evaluaties"},
    {", about {} left", ", nog ongeveer {}"},

    // precision (headlines.cpp)
    {"Precision (95% half-width within {} of the mean, or half a day, half a percentage point or half a "
     "family where that is wider; Hoad-Robinson-Davies):",
     "Precisie (halve breedte van het 95%-BI binnen {} van het gemiddelde, of binnen een halve dag, een "
     "half procentpunt of een half gezin waar dat ruimer is; Hoad-Robinson-Davies):"},
    {"+-{} after {} replications: about {} needed", "+-{} na {} replicaties: ongeveer {} nodig"},
    {"+-{} after {} replications", "+-{} na {} replicaties"},
    {"{} headline figures within the target from replication {} on",
     "{} kerncijfers binnen het doel vanaf replicatie {}"},
    {"{} headline figures within the target", "{} kerncijfers binnen het doel"},

    // compare
    {"ketensim compare: {} scenarios, {} replications each, seed {}, common random numbers; {} s "
     "on {}",
     "ketensim compare: {} scenario's, elk {} replicaties, seed {}, gemeenschappelijke "
     "toevalsgetallen; {} s op {}"},
    {"Whole run: {} against {}; mean (95% CI), difference = alternative - base, paired",
     "Hele run: {} tegenover {}; gemiddelde (95%-BI), verschil = alternatief - basis, gepaard"},
    {"Whole run: {} against {}; mean (95% CI) over {} and {} replications, difference = alternative - base, paired over the {} both ran",
     "Hele run: {} tegenover {}; gemiddelde (95%-BI) over {} en {} replicaties, verschil = alternatief - basis, gepaard over de {} die beide draaiden"},
    {"unit", "eenheid"},
    {"base", "basis"},
    {"alternative", "alternatief"},
    {"difference", "verschil"},
    {"unpaired", "ongepaard"},
    {"none (identical in every replication)", "geen (gelijk in elke replicatie)"},
    {"not significant", "niet significant"},
    {"In words, the significant differences:", "In woorden, de significante verschillen:"},
    {"none: no headline figure differs significantly",
     "geen: geen enkel kerncijfer verschilt significant"},
    {"{} falls from {} to {} (difference {}, 95% CI {})",
     "{} daalt van {} naar {} (verschil {}, 95%-BI {})"},
    {"{} rises from {} to {} (difference {}, 95% CI {})",
     "{} stijgt van {} naar {} (verschil {}, 95%-BI {})"},
    {"{} is {} in both when rounded (difference {}, 95% CI {})",
     "{} is afgerond in beide {} (verschil {}, 95%-BI {})"},
    {"in {} it costs {} more for {} fewer {} ({}): {} each",
     "in {} kost het {} meer voor {} {} minder ({}): {} per stuk"},
    {"in {} it costs {} more for {} more {} ({}): {} each",
     "in {} kost het {} meer voor {} {} meer ({}): {} per stuk"},
    {"in {} it saves {} as well as {} fewer {} ({})",
     "in {} bespaart het {} en zijn er {} {} minder ({})"},
    {"in {} it saves {} as well as {} more {} ({})",
     "in {} bespaart het {} en zijn er {} {} meer ({})"},
    {"{} against {}, the largest effects of at least {} of the base (significant, by year):",
     "{} tegenover {}, de grootste effecten van ten minste {} van de basis (significant, per jaar):"},
    {"none: no figure with a better direction changes that much",
     "geen: geen cijfer met een betere richting verandert zoveel"},
    {"{}: better, {}", "{}: beter, {}"},
    {"{}: worse, {}", "{}: slechter, {}"},
    {"{}; at its peak {} lower, in {}", "{}; op zijn hoogst {} lager, in {}"},
    {"{}; at its peak {} higher, in {}", "{}; op zijn hoogst {} hoger, in {}"},
    {"{} lower in {} ({} -> {})", "{} lager in {} ({} -> {})"},
    {"{} higher in {} ({} -> {})", "{} hoger in {} ({} -> {})"},
    {"no material difference in {}", "geen materieel verschil in {}"},
    {"Full output: {}, report.html in {}", "Alle uitvoer: {}, report.html in {}"},
    {"Full output: {}", "Alle uitvoer: {}"},

    // compare --select (select_option.cpp)
    {"Selected: {} is best on {} with probability at least {}, within {} (Kim-Nelson, decided after {} replications)",
     "Gekozen: {} is het beste op {} met een kans van ten minste {}, binnen {} (Kim-Nelson, beslist na {} replicaties)"},
    {"Selected: {} are equal on {} after {} replications (the same mean), so each is within {} of the best; {} is taken (Kim-Nelson)",
     "Gekozen: {} zijn gelijk op {} na {} replicaties (hetzelfde gemiddelde), dus elk ligt binnen {} van het beste; {} is genomen (Kim-Nelson)"},
    {"Not decided: after {} replications, the most allowed (--replications), {} are still in contention for best on {}; none is yet shown best within {}: allow more replications or a larger --delta",
     "Niet beslist: na {} replicaties, het maximum (--replications), dingen {} nog mee naar het beste op {}; geen is al het beste gebleken binnen {}: sta meer replicaties of een grotere --delta toe"},
    {"{} (lower is better)", "{} (lager is beter)"},
    {"{} (higher is better)", "{} (hoger is beter)"},
    {"selected as the best", "gekozen als het beste"},
    {"eliminated after replication {}", "afgevallen na replicatie {}"},
    {"tied with the selected", "gelijk aan het gekozen"},
    {"in contention", "dingt nog mee"},
    {"(an eliminated scenario ran no more replications: below, its figures are over those it ran, its differences over those it shares with the base)",
     "(een afgevallen scenario draaide geen replicaties meer: hieronder gaan zijn cijfers over de replicaties die het draaide, zijn verschillen over die het met de basis deelt)"},

    // sensitivity
    {"ketensim sensitivity: {}, {} uncertain inputs, {} replications per design point, seed {}, "
     "common random numbers",
     "ketensim sensitivity: {}, {} onzekere invoergrootheden, {} replicaties per ontwerppunt, "
     "seed {}, dezelfde toevalsgetallen"},
    {"{} runs in {} s on {}", "{} runs in {} s op {}"},
    {"What {} depends on (Morris mu*: the mean change over an input's whole range):",
     "Waar {} van afhangt (Morris mu*: de gemiddelde verandering over het hele bereik van een "
     "invoergrootheid):"},
    {"no effect in any run", "in geen enkele run van invloed"},
    {"below the noise floor ({})", "niet te onderscheiden van het toeval ({})"},
    {"below the noise floor", "niet te onderscheiden van het toeval"},
    {"{} more in the files", "nog {} in de bestanden"},
    {"Sobol' indices, 95% bootstrap intervals (first order; total order):",
     "Sobol-indices, 95%-bootstrapintervallen (eerste orde; totale orde):"},
    {"replication noise: {} of the variance", "toeval tussen replicaties: {} van de variantie"},
    {"Morris screening: {} design points", "Morris-screening: {} ontwerppunten"},
    {"Sobol' indices: {} design points", "Sobol-indices: {} ontwerppunten"},
    {"With the uncertain inputs: {} draws x {} replications; mean (95% interval from chance only; "
     "from chance and assumptions), assumptions' share of the variance:",
     "Met de onzekere invoergrootheden: {} trekkingen x {} replicaties; gemiddelde (95%-interval "
     "uit alleen het toeval; uit toeval en aannames), aandeel van de aannames in de variantie:"},
    {"Uncertainty: {}", "Onzekerheid: {}"},
    {"{} over the uncertain inputs: {} draws x {} replications, the same for both; mean "
     "difference (95% of the draws), share of the draws in which the alternative is higher / "
     "lower:",
     "{} over de onzekere invoergrootheden: {} trekkingen x {} replicaties, dezelfde voor "
     "beide; gemiddeld verschil (95% van de trekkingen), aandeel van de trekkingen waarin het "
     "alternatief hoger / lager uitkomt:"},

    // where run and compare stopped (run_command.cpp, compare_command.cpp)
    {"Stopped after {} of at most {} replications: every headline mean is within its target ({} of the "
     "mean, at least half a day, half a percentage point or half a family); the last to get there: {} ({})",
     "Gestopt na {} van hoogstens {} replicaties: elk kerncijfer is binnen zijn doel ({} van het "
     "gemiddelde, minstens een halve dag, een half procentpunt of een half gezin); als laatste: {} ({})"},
    {"Ran all {} replications, the most allowed (--replications); every headline mean is within its "
     "target ({} of the mean, at least half a day, half a percentage point or half a family) there; the "
     "widest: {} ({})",
     "Alle {} replicaties gedraaid, het toegestane maximum (--replications); elk kerncijfer is daar "
     "binnen zijn doel ({} van het gemiddelde, minstens een halve dag, een half procentpunt of een half "
     "gezin); het ruimste: {} ({})"},
    {"Ran all {} replications, the most allowed (--replications): not every headline mean is within its "
     "target ({} of the mean, at least half a day, half a percentage point or half a family); the widest: "
     "{} ({})",
     "Alle {} replicaties gedraaid, het toegestane maximum (--replications): niet elk kerncijfer is binnen "
     "zijn doel ({} van het gemiddelde, minstens een halve dag, een half procentpunt of een half gezin); "
     "het ruimste: {} ({})"},
    {"Stopped after {} replications: every headline difference is within its target ({} of the larger "
     "mean, at least half a day, half a percentage point or half a family); the last to get there: {} ({})",
     "Gestopt na {} replicaties: elk verschil in de kerncijfers is binnen zijn doel ({} van het grootste "
     "gemiddelde, minstens een halve dag, een half procentpunt of een half gezin); als laatste: {} ({})"},
    {"Ran all {} replications, the most allowed (--replications); every headline difference is within "
     "its target there; the widest: {} ({})",
     "Alle {} replicaties gedraaid, het toegestane maximum (--replications); elk verschil in de "
     "kerncijfers is daar binnen zijn doel; het ruimste: {} ({})"},
    {"Ran all {} replications, the most allowed (--replications): not every headline difference is "
     "within its target; the widest: {} ({})",
     "Alle {} replicaties gedraaid, het toegestane maximum (--replications): niet elk verschil in de "
     "kerncijfers is binnen zijn doel; het ruimste: {} ({})"},
    {"{} against {}", "{} tegen {}"},

    // a waiting list that keeps growing (console_text.cpp)
    {"warning: {}: the waiting list for {} grows in every year from {} to {} ({} -> {} families on "
     "31-12, about +{} a year): more families ask for it than it serves, so its waits rise with the "
     "length of the run; check its places or staff and the arrivals into it",
     "waarschuwing: {}: de wachtlijst voor {} groeit in elk jaar van {} tot {} ({} -> {} gezinnen op "
     "31-12, zo'n +{} per jaar): meer gezinnen vragen erom dan er geholpen worden, dus de wachttijden "
     "stijgen met de lengte van de run; kijk naar de plaatsen of het personeel en naar de instroom"},

    // capacity (capacity_command.cpp)
    {"Smallest {} of {} (at the run's start {}) for \"{}\" ({} {}), at most {} replications each (a candidate stops once clearly decided):",
     "Kleinste aantal {} van {} (bij de start van de run {}) voor \"{}\" ({} {}), hoogstens {} replicaties per kandidaat (een kandidaat stopt zodra het duidelijk beslist is):"},
    {"whole run", "hele run"},
    {"places", "plaatsen"},
    {"fte", "fte"},
    {"not met below the maximum", "niet gehaald onder het maximum"},
    {"{} {} (95% CI {}, {} replications)", "{} {} (95%-BI {}, {} replicaties)"},
    {"; 95% range of the answer {} .. {}", "; 95%-bereik van het antwoord {} .. {}"},
    {"({} {} meet it on the mean only: the 95% interval there misses the target)",
     "({} {} halen het alleen gemiddeld: het 95%-interval daar mist het doel)"},
    {"  (a capacity meets the target only when its whole 95% interval does: the upper bound",
     "  (een capaciteit haalt het doel alleen als haar hele 95%-interval het haalt: de bovengrens"},
    {"   for a \"<=\" target, the lower bound for \">=\"; range: from the smallest capacity",
     "   bij een doel \"<=\", de ondergrens bij \">=\"; bereik: vanaf de kleinste capaciteit"},
    {"   whose interval still reaches the target; later years build on the earlier years'",
     "   waarvan het interval het doel nog raakt; latere jaren bouwen voort op de antwoorden"},
    {"   answers)", "   van de eerdere jaren)"},
    {"Over {} draws of the {} uncertain inputs (the same {} replications and seed at each; each draw's answer as above):",
     "Over {} trekkingen van de {} onzekere invoergrootheden (bij elk dezelfde {} replicaties en seed; het antwoord van elke trekking zoals hierboven):"},
    {"meets the target in {} of the draws: {}", "haalt het doel in {} van de trekkingen: {}"},
    {"; median draw {}, draws {} .. {}", "; mediane trekking {}, trekkingen {} .. {}"},
    {" ({} draws need more than the maximum)",
     " ({} trekkingen hebben meer nodig dan het maximum)"},
    {" (in {} of them more capacity does not move the KPI)",
     " (in {} daarvan verandert meer capaciteit de KPI niet)"},
    {"(from {} {} up to the maximum the KPI stays within the maximum's interval: more capacity does not meet the target; what decides it lies elsewhere, such as a backlog of earlier years)",
     "(van {} {} tot het maximum blijft de KPI binnen het interval bij het maximum: meer capaciteit haalt het doel niet; wat het beslist ligt elders, zoals een achterstand uit eerdere jaren)"},
    {"  (the uncertain input {} sets the capacity searched: the search overrides it)",
     "  (de onzekere invoergrootheid {} zet de gezochte capaciteit: de zoektocht gaat erboven)"},
    {"meets", "haalt het"},
    {"misses (on the mean only)", "mist het (haalt het alleen gemiddeld)"},
    {"misses", "mist het"},
    {"draw {} of {}:", "trekking {} van {}:"},
    {"Capacity-service curve (each capacity simulated, its KPI with 95% interval): {}",
     "Capaciteit-servicecurve (elke gesimuleerde capaciteit, haar KPI met 95%-interval): {}"},

    // Last, so that it only joins names no longer text matches (select_option.cpp: "A, B and C").
    {"{} and {}", "{} en {}"},
});

}  // namespace

std::span<const Phrase> console_phrases() {
  return kPhrases;
}

}  // namespace ketensim::tools
