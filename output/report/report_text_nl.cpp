// The report's texts in Dutch, each English text exactly as js/ or this folder writes it.
// report_test.cpp checks that every text the scripts show through KS.t or KS.label has an
// entry here, and that every page phrase occurs in page.html.
#include <array>

#include "output/report/report_text.h"

namespace ketensim::output::report {
namespace {

using scenario::Phrase;

constexpr auto kReport = std::to_array<Phrase>({
    // Units of the KPIs (sim/model/kpi_table.cpp) and names in tables (js/format.js).
    {"families", "gezinnen"},
    {"children", "kinderen"},
    {"days", "dagen"},
    {"stages", "stages"},
    {"cases", "zaken"},
    {"cases per fte", "zaken per fte"},
    {"places or fte", "plaatsen of fte"},
    {"share", "aandeel"},
    {"percentage points", "procentpunt"},
    {"whole chain", "hele keten"},
    {"whole run", "hele run"},
    {"the chain", "de keten"},
    {"{} (95% CI {} to {})", "{} (95%-BI {} tot {})"},

    // Sections (js/sections.js).
    {"Inspectienormen", "Inspectienormen"},
    {"The inspection norms: a vaste jeugdbeschermer within 5 working days, a gedragen koers "
     "within 6 weeks, passende jeugdhulp within 3 months (beyond that: schadelijk wachten).",
     "De inspectienormen: een vaste jeugdbeschermer binnen 5 werkdagen, een gedragen koers "
     "binnen 6 weken, passende jeugdhulp binnen 3 maanden (daarna: schadelijk wachten)."},
    {"De keten: aanmeldingen, uitstroom and doorlooptijd",
     "De keten: aanmeldingen, uitstroom en doorlooptijd"},
    {"Families entering and leaving the chain per year, how many are in it, and how long they "
     "stay.",
     "Gezinnen die per jaar de keten in- en uitstromen, hoeveel erin zitten en hoe lang ze "
     "blijven."},
    {"Stand en stromen: stocks and flows per year", "Stand en stromen per jaar"},
    {"Children in each stage on 31-12 (stand), entering it (instroom) and leaving it "
     "(uitstroom) per year.",
     "Kinderen in elke stage op 31-12 (stand), en per jaar de kinderen die er binnenkomen "
     "(instroom) en die vertrekken (uitstroom)."},
    {"Wachten: waiting lists and waiting times", "Wachten: wachtlijsten en wachttijden"},
    {"Families waiting for a jeugdbeschermer or a place: the wachtlijst on 31-12 and how long "
     "the wait was.",
     "Gezinnen die wachten op een jeugdbeschermer of een plaats: de wachtlijst op 31-12 en hoe "
     "lang het wachten duurde."},
    {"Caseloads and staff (jeugdbeschermers)", "Caseloads en personeel (jeugdbeschermers)"},
    {"Caseload resources: the cases each working fte holds, and how much of the staff capacity "
     "(working fte \u00d7 caseload norm) is in use.",
     "Caseload-resources: de zaken per werkende fte, en hoeveel van de personeelscapaciteit "
     "(werkende fte \u00d7 caseloadnorm) in gebruik is."},
    {"Plaatsen: places used per care type", "Plaatsen: gebruikte plaatsen per zorgsoort"},
    {"Places in use per care type and their bezetting (occupancy).",
     "Plaatsen in gebruik per zorgsoort en hun bezetting."},
    {"Other figures", "Overige cijfers"},
    {"Every other KPI the model measured.", "Alle andere KPI's die het model meet."},

    // The page (js/main.js).
    {"This chart could not be drawn: {}", "Deze grafiek kon niet worden getekend: {}"},
    {"Numbers (mean, 95% CI)", "Cijfers (gemiddelde, 95%-BI)"},
    {"caseload norm", "caseloadnorm"},
    {"capacity (cases)", "capaciteit (zaken)"},
    {"cases per fte, whole run", "zaken per fte, hele run"},
    {"bezetting, whole run", "bezetting, hele run"},
    {"places", "plaatsen"},
    {"in use, whole run", "in gebruik, hele run"},
    {"Kerncijfers: the whole run", "Kerncijfers: de hele run"},
    {"mean", "gemiddelde"},
    {"95% CI", "95%-BI"},
    {"unit", "eenheid"},
    {"The waiting list for {} grows in every year from {} to {} ({} -> {} families on 31-12, about +{} a "
     "year): more families ask for it than it serves, so its waits rise with the length of the run. Check its "
     "places or staff and the arrivals into it.",
     "De wachtlijst voor {} groeit in elk jaar van {} tot {} ({} -> {} gezinnen op 31-12, zo'n +{} per jaar): "
     "meer gezinnen vragen erom dan er geholpen worden, dus de wachttijden stijgen met de lengte van de run. "
     "Kijk naar de plaatsen of het personeel en naar de instroom."},
    {"Parts of this report could not be drawn: {}",
     "Delen van dit rapport konden niet worden getekend: {}"},
    {"Made by ketensim {} on {}. Charts: Apache ECharts (Apache License 2.0), inlined so this "
     "file opens without a network.",
     "Gemaakt door ketensim {} op {}. Grafieken: Apache ECharts (Apache License 2.0), "
     "ingebouwd zodat dit bestand zonder netwerk opent."},

    // What was simulated (js/scenario_view.js).
    {"{} compared with {}", "{} vergeleken met {}"},
    {"Scenario", "Scenario"},
    {"Simulated", "Gesimuleerd"},
    {"from {}, {} years", "vanaf {}, {} jaar"},
    {"Replications", "Replicaties"},
    {"Seed", "Seed"},
    {"Report made", "Rapport gemaakt"},
    {"Partial result: {} of {} replications ({}). Continue it with: {}",
     "Gedeeltelijk resultaat: {} van {} replicaties ({}). Verder met: {}"},
    {"Partial result: {} of {} replications ({}). It was run with --kpis none, so it cannot be continued, only run afresh.",
     "Gedeeltelijk resultaat: {} van {} replicaties ({}). De run is gedraaid met --kpis none en kan dus niet worden hervat, alleen opnieuw gedraaid."},
    {"What was simulated", "Wat er is gesimuleerd"},
    {"Demand assumed, per arrival stream", "Aangenomen vraag, per aanmeldstroom"},
    {"What this answer depends on", "Waar dit antwoord van afhangt"},
    {"Every figure here is the mean over the replications at the values the scenario writes, "
     "and its interval covers the chance in the simulation only. The values rest on {} "
     "assumptions no source gives; {} numbers carry a range. ketensim run --uncertainty 20 "
     "(or compare --uncertainty 20) shows how far the answer moves over those ranges, and "
     "ketensim sensitivity ranks them.",
     "Elk cijfer hier is het gemiddelde over de replicaties bij de waarden die het scenario "
     "noemt, en het interval dekt alleen het toeval in de simulatie. Die waarden rusten op {} "
     "aannames waarvoor geen bron is; {} getallen hebben een bandbreedte. ketensim run "
     "--uncertainty 20 (of compare --uncertainty 20) laat zien hoe ver het antwoord over "
     "die bandbreedtes beweegt, en ketensim sensitivity rangschikt ze."},
    {"Number", "Getal"},
    {"Range", "Bandbreedte"},
    {"Source", "Bron"},
    {"The assumptions ({})", "De aannames ({})"},
    {"Demand per stream, year by year ({})", "Vraag per stroom, jaar voor jaar ({})"},
    {"How many families each stream brings in each year of the run: the years the scenario lists, "
     "then flat or changing by its trend. After the years with published figures this is an "
     "assumption; scenarios/demand/ holds alternatives to compare it with.",
     "Hoeveel gezinnen elke stroom in elk jaar van de run brengt: de jaren die het scenario opgeeft, "
     "daarna vlak of veranderend met de trend. Na de jaren met gepubliceerde cijfers is dit een "
     "aanname; scenarios/demand/ bevat alternatieven om mee te vergelijken."},
    {"Scenario file: {}. Every figure below is the mean over {} replications with its 95% "
     "confidence interval (the band around a line, the whisker around a point): the range in "
     "which the true mean lies with 95% certainty.",
     "Scenariobestand: {}. Elk cijfer hieronder is het gemiddelde over {} replicaties met zijn "
     "95%-betrouwbaarheidsinterval (de band om een lijn, de streep om een punt): het bereik "
     "waarin het echte gemiddelde met 95% zekerheid ligt."},
    {"The scenario as simulated (every file it extends merged in)",
     "Het scenario zoals gesimuleerd (met elk bestand waarop het voortbouwt erin verwerkt)"},
    {"The scenario file could not be read again when this report was made.",
     "Het scenariobestand kon niet opnieuw worden gelezen toen dit rapport werd gemaakt."},

    // The comparison (js/comparison_view.js, comparison.cpp).
    {"No KPI differs clearly over the whole run.",
     "Geen enkele KPI verschilt duidelijk over de hele run."},
    {"{} KPIs without a clear difference", "{} KPI's zonder duidelijk verschil"},
    {"Vergelijking: {} against {}", "Vergelijking: {} tegenover {}"},
    {"The answer first", "Het antwoord eerst"},
    {"Every KPI over the whole run", "Elke KPI over de hele run"},
    {"Print a one-page summary", "Druk een samenvatting van één pagina af"},
    {"Each difference is {} minus {}, replication by replication: both scenarios draw the same "
     "random numbers for the same family, so the interval shows what the change itself does. An "
     "interval that holds 0 means no clear difference.",
     "Elk verschil is {} min {}, replicatie voor replicatie: beide scenario's trekken dezelfde "
     "toevalsgetallen voor hetzelfde gezin, dus het interval laat zien wat de verandering zelf "
     "doet. Een interval waarin 0 ligt, betekent: geen duidelijk verschil."},
    {"Difference: {}", "Verschil: {}"},
    {"{} makes no clear difference to {}: {} against {} {}.",
     "{} maakt geen duidelijk verschil voor {}: {} tegenover {} {}."},
    {"{} cuts {} from {} to {} {}.", "{} verlaagt {} van {} naar {} {}."},
    {"{} raises {} from {} to {} {}.", "{} verhoogt {} van {} naar {} {}."},
    {"(difference {}, 95% CI {} to {})", "(verschil {}, 95%-BI {} tot {})"},

    // Titles and notes made here (report.cpp).
    {"ketensim report: {}", "ketensim-rapport: {}"},
    {"{} vs {}", "{} tegenover {}"},
    {"<p class=\"note\">Graphviz (the <code>dot</code> program) was not installed when this "
     "report was made, so the flow is shown as its dot text.</p>",
     "<p class=\"note\">Graphviz (het programma <code>dot</code>) was niet geïnstalleerd toen "
     "dit rapport werd gemaakt; de keten staat daarom als dot-tekst hieronder.</p>"},
});

constexpr auto kPage = std::to_array<Phrase>({
    {"<html lang=\"en\">", "<html lang=\"nl\">"},
    {"This report draws its charts with JavaScript; allow scripts for this\nfile to see them. "
     "The numbers are also in summary.csv next to it.",
     "Dit rapport tekent zijn grafieken met JavaScript; sta scripts toe voor dit\nbestand om ze "
     "te zien. De cijfers staan ook in summary.csv ernaast."},
    {"<h2>The chain as simulated</h2>", "<h2>De keten zoals gesimuleerd</h2>"},
    {"Families enter at the top and follow the arrows; the numbers on the arrows\nare routing "
     "probabilities, dashed arrows are taken after the maximum wait and dotted ones after\nthe "
     "maximum number of visits. A stage that holds a resource (a jeugdbeschermer, a place) says "
     "so.",
     "Gezinnen komen bovenaan binnen en volgen de pijlen; de getallen bij de pijlen\nzijn de "
     "kansen op elke route, gestreepte pijlen volgen na de maximale wachttijd en gestippelde na\n"
     "het maximale aantal bezoeken. Een stage die een resource vasthoudt (een jeugdbeschermer, "
     "een plaats) vermeldt dat."},
});

// sim/model/demand.cpp's pieces, most specific first: a policy's trend before the base's words,
// whose "from {} ..." would take "2022-01-01 on, instead," for its date.
constexpr auto kDemand = std::to_array<Phrase>({
    {"from {} on, instead, changing {} a year to {}, then flat (phased in over {} days)",
     "vanaf {} in plaats daarvan met {} per jaar tot {}, daarna vlak (ingevoerd over {} dagen)"},
    {"from {} on, instead, changing {} a year to {}, then flat",
     "vanaf {} in plaats daarvan met {} per jaar tot {}, daarna vlak"},
    {"from {} on, instead, changing {} a year (phased in over {} days)",
     "vanaf {} in plaats daarvan met {} per jaar (ingevoerd over {} dagen)"},
    {"from {} on, instead, changing {} a year", "vanaf {} in plaats daarvan met {} per jaar"},
    {"{} a year in {}, changing {} a year to the end of the run",
     "{} per jaar in {}, met {} per jaar tot het eind van de run"},
    {"{} a year in {}, changing {} a year to {}, then flat",
     "{} per jaar in {}, met {} per jaar tot {}, daarna vlak"},
    {"{} a year in {}, flat", "{} per jaar in {}, vlak"},
    {"then {} a year (listed)", "daarna {} per jaar (opgegeven)"},
    {"{} a year (listed)", "{} per jaar (opgegeven)"},
    {"from {} changing {} a year to the end of the run",
     "vanaf {} met {} per jaar tot het eind van de run"},
    {"from {} changing {} a year to {}, then flat", "vanaf {} met {} per jaar tot {}, daarna vlak"},
    {"from {} flat", "vanaf {} vlak"},
    {"from {} {} a year (phased in over {} days)",
     "vanaf {} {} per jaar (ingevoerd over {} dagen)"},
    {"from {} {} a year", "vanaf {} {} per jaar"},
});

}  // namespace

std::span<const scenario::Phrase> demand_phrases() {
  return kDemand;
}

std::span<const scenario::Phrase> report_phrases() {
  return kReport;
}

std::span<const scenario::Phrase> page_phrases() {
  return kPage;
}

std::string report_text(scenario::Language language, std::string_view english) {
  return std::string(scenario::text_in(language, kReport, english));
}

}  // namespace ketensim::output::report
