// The validation report's texts in Dutch (validation_writer.cpp): each English text exactly
// as the writer makes it, {} for a part that varies. KPI names, subjects, periods and sources
// are the figures file's own and stay as written.
#include <array>

#include "output/validation_writer.h"

namespace ketensim::output {
namespace {

using scenario::Phrase;

constexpr auto kPhrases = std::to_array<Phrase>({
    {"# Validation of {} against {}", "# Validatie van {} tegen {}"},
    {"{} replications of {} years from {}, seed {}. A figure is within tolerance when |simulated mean - "
     "published| <= tolerance x published (a published 0: when the mean is within the tolerance of 0).",
     "{} replicaties van {} jaar vanaf {}, seed {}. Een cijfer valt binnen de tolerantie als |gesimuleerd "
     "gemiddelde - gepubliceerd| <= tolerantie x gepubliceerd (bij een gepubliceerde 0: als het gemiddelde "
     "binnen de tolerantie van 0 ligt)."},
    {"Calibrated (`ketensim calibrate`, spec {}): {} free parameters fitted to {} figures with role fit of {}.",
     "Gekalibreerd (`ketensim calibrate`, specificatie {}): {} vrije parameters aangepast op {} cijfers met "
     "rol fit uit {}."},
    {"Not calibrated by `ketensim calibrate`: the scenario records no free parameters.",
     "Niet gekalibreerd met `ketensim calibrate`: het scenario noemt geen vrije parameters."},
    {"Fitted {} of {} within tolerance; tested {} of {}.",
     "Gefit: {} van {} binnen de tolerantie; getoetst: {} van {}."},
    {" ({} inputs the scenario is given are not counted.)",
     " ({} invoercijfers die het scenario krijgt, tellen niet mee.)"},
    {"## Fitted figures (role: fit)", "## Gefitte cijfers (rol: fit)"},
    {"A calibration may tune parameters on these; that they match shows the fit worked, not that the "
     "model is right.",
     "Een kalibratie mag parameters hierop afstemmen; dat ze kloppen, laat zien dat de fit gelukt is, niet "
     "dat het model klopt."},
    {"## Tested figures (role: test)", "## Getoetste cijfers (rol: test)"},
    {"Nothing was tuned on these: they are the evidence.",
     "Hierop is niets afgestemd: dit is het bewijs."},
    {"None: every figure of this file was available to the calibration.",
     "Geen: elk cijfer van dit bestand was beschikbaar voor de kalibratie."},
    {"## Inputs (role: input)", "## Invoer (rol: input)"},
    {"The scenario takes these as given (written into it per year); that they match shows only that "
     "they were copied in.",
     "Het scenario krijgt deze als gegeven (per jaar erin geschreven); dat ze kloppen, laat alleen zien dat "
     "ze zijn overgenomen."},
    {"## Assumptions (parameters no source gives)", "## Aannames (parameters die geen bron geeft)"},
    {"The scenario lists none.", "Het scenario noemt er geen."},
    {"{} of {} figures within tolerance; {} must-match figure(s) outside.",
     "{} van {} cijfers binnen de tolerantie; buiten de tolerantie van de cijfers die moeten kloppen: {}."},
    {"| kpi | subject | period | published | simulated mean | 95% CI | deviation | criterion | status | source |",
     "| kpi | onderwerp | periode | gepubliceerd | gesimuleerd gemiddelde | 95%-BI | afwijking | criterium | "
     "status | bron |"},
    {"at most {}", "hoogstens {}"},
    {"at least {}", "minstens {}"},
    {" (must match)", " (moet kloppen)"},
    {"outside", "erbuiten"},
    {"**OUTSIDE**", "**ERBUITEN**"},
});

}  // namespace

std::span<const scenario::Phrase> validation_phrases() {
  return kPhrases;
}

}  // namespace ketensim::output
