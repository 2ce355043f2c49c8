// The calibration and back-test reports' texts in Dutch (calibration_writer.cpp,
// backtest_writer.cpp), with the texts they quote from the optimiser (its reasons to stop),
// the fit statistics (warnings) and the calibration ("fitted to"), each English text exactly
// as made there, {} for a part that varies.
// Parameter names, figure keys and a prior's source stay as written.
#include <array>

#include "output/calibration_writer.h"

namespace ketensim::output {
namespace {

using scenario::Phrase;

constexpr auto kPhrases = std::to_array<Phrase>({
    {"# Calibration of {} ({})", "# Kalibratie van {} ({})"},
    {"{} free parameters fitted to {} figures (role: fit); weighted squared error {} before, {} after; {} after {} "
     "evaluations",
     "{} vrije parameters aangepast op {} cijfers (rol: fit); gewogen kwadratische fout {} vooraf, {} na afloop; {} "
     "na {} evaluaties"},
    {" ({} restart from the best point)", " ({} herstart vanaf het beste punt)"},
    {" ({} restarts from the best point)", " ({} herstarts vanaf het beste punt)"},
    {"a scan of {} positions per parameter after each local run: ",
     "een verkenning van {} posities per parameter na elke lokale zoektocht: "},
    {"none ran (no evaluations left, or interrupted)",
     "geen uitgevoerd (geen evaluaties meer over, of onderbroken)"},
    {"no escape", "geen ontsnapping"},
    {"{} escape, moved {}", "{} ontsnapping, verschoof {}"},
    {"{} escapes, moved {}", "{} ontsnappingen, verschoven {}"},
    {" then ", " daarna "},
    {"; {} probe evaluations", "; {} verkennende evaluaties"},
    {"; {} of the values also held toward a stated prior",
     "; {} van de waarden ook naar een opgegeven priorwaarde getrokken"},
    {"; {} replications per evaluation with seed {} (the same at every evaluation: common random numbers), method "
     "{}, {} s.",
     "; {} replicaties per evaluatie met seed {} (bij elke evaluatie dezelfde: gemeenschappelijke toevalsgetallen), "
     "methode {}, {} s."},
    {"**Interrupted** before the fit converged: the values are the best found so far, and no uncertainty was "
     "estimated.",
     "**Onderbroken** voordat de fit convergeerde: de waarden zijn de beste tot nu toe, en er is geen onzekerheid "
     "geschat."},
    {"## Warnings", "## Waarschuwingen"},
    {"None: every parameter moves the figures, none trades off against another.",
     "Geen: elke parameter beweegt de cijfers, en geen twee parameters ruilen tegen elkaar uit."},
    {"## Parameters", "## Parameters"},
    {"sd: approximate standard deviation from the Jacobian at the fit (Gauss-Newton, residual variance {} on {} "
     "degrees of freedom); the 95% interval uses Student's t, cut at the bounds.",
     "sd: benaderde standaardafwijking uit de Jacobiaan bij de fit (Gauss-Newton, restvariantie {} bij {} "
     "vrijheidsgraden); het 95%-interval gebruikt Student's t, afgekapt op de grenzen."},
    {"| parameter | start | fitted | sd | 95% interval | bounds | fitted to (the figures it moves most) |",
     "| parameter | start | gefit | sd | 95%-interval | grenzen | aangepast op (de cijfers die hij het meest beweegt) |"},
    {"## Figures fitted (role: fit)", "## Gefitte cijfers (rol: fit)"},
    {"These were used to choose the values: that they match shows that the fit worked, not that the model is right. "
     "`ketensim validate` holds the scenario against the figures with role: test.",
     "Hiermee zijn de waarden gekozen: dat ze kloppen, laat zien dat de fit gelukt is, niet dat het model klopt. "
     "`ketensim validate` legt het scenario naast de cijfers met rol: test."},
    {"| kpi | subject | period | published | before | after | deviation after | tolerance |",
     "| kpi | onderwerp | periode | gepubliceerd | vooraf | na afloop | afwijking na afloop | tolerantie |"},
    {"n/a", "n.v.t."},
    // the back-test (backtest_writer.cpp)
    {"# Back-test of {}: calibrated up to {}, forecast after",
     "# Back-test van {}: gekalibreerd tot en met {}, daarna voorspeld"},
    {"Calibrated on the {} figures with role fit up to {} ({} free parameters; {} after {} evaluations), then run "
     "forward with {} replications. A value per year keeps its {} value after it: the demand of a later year is "
     "forecast flat, as the last year fitted.",
     "Gekalibreerd op de {} cijfers met rol fit tot en met {} ({} vrije parameters; {} na {} evaluaties), daarna "
     "vooruit gedraaid met {} replicaties. Een waarde per jaar houdt daarna haar waarde van {}: de vraag van een later "
     "jaar wordt vlak voorspeld, gelijk aan het laatste gefitte jaar."},
    {"No figure after {} has a naive forecast to compare with.",
     "Geen cijfer na {} heeft een naïeve voorspelling om mee te vergelijken."},
    {"Over {} figures after {}: model MAPE {}, naive (last observed year) {}",
     "Over {} cijfers na {}: MAPE van het model {}, naïef (laatst waargenomen jaar) {}"},
    {"; on the {} with a trend: model {}, trend {}",
     "; op de {} met een trend: model {}, trend {}"},
    {". The model beats the naive forecast on {} of {} figures; skill {} (1 - MAPE model / MAPE naive).",
     ". Het model is beter dan de naïeve voorspelling op {} van {} cijfers; skill {} (1 - MAPE model / MAPE naïef)."},
    {" **The baseline does not beat the naive forecast \"next year = this year\".**",
     " **De basislijn is niet beter dan de naïeve voorspelling \"volgend jaar = dit jaar\".**"},
    {"| kpi | subject | period | published | model (95% CI) | naive | trend | error model | error naive | error trend | "
     "anchored | error anchored |",
     "| kpi | onderwerp | periode | gepubliceerd | model (95%-BI) | naïef | trend | fout model | fout naïef | fout trend | "
     "verankerd | fout verankerd |"},
    {" Anchored (the model's change since the last year observed, applied to that year's figure), on {} figures: MAPE {} "
     "against naive {}; it beats the naive forecast on {} of them; skill {}.",
     " Verankerd (de verandering van het model sinds het laatst waargenomen jaar, toegepast op het cijfer van dat jaar), "
     "op {} cijfers: MAPE {} tegenover naïef {}; beter dan de naïeve voorspelling op {} daarvan; skill {}."},
    {" (input)", " (invoer)"},
    {"withheld: rests on {} data", "achtergehouden: rust op gegevens van {}"},
    {" {} more have none: the values before them rest on data after {} (their data_year), and repeating those would "
     "hand the naive forecast the answer.",
     " Nog {} hebben er geen: de waarden ervoor rusten op gegevens van na {} (hun data_year), en die herhalen zou de "
     "naïeve voorspelling het antwoord geven."},
    {"met", "gehaald"},
    {"not met", "niet gehaald"},
    {"naive: the figure of the last year observed up to {} (in brackets); trend: the straight line through the last "
     "two observed years, at least 0; anchored: the naive figure times the model's forecast over the model's own value "
     "in that year, so the model's change and not its level. (input): a figure the scenario is given (role input), "
     "listed but not scored. A bound (\"at most\", \"at least\", a statement in words) is met or not; it is not in "
     "the MAPE.",
     "naïef: het cijfer van het laatste jaar dat tot en met {} is waargenomen (tussen haakjes); trend: de rechte lijn "
     "door de laatste twee waargenomen jaren, minstens 0; verankerd: het naïeve cijfer maal de voorspelling van het "
     "model gedeeld door de eigen waarde van het model in dat jaar, dus de verandering van het model en niet zijn "
     "niveau. (invoer): een cijfer dat het scenario krijgt (rol input), vermeld maar niet gescoord. Een grens "
     "(\"hoogstens\", \"minstens\", een uitspraak in woorden) is gehaald of niet; ze telt niet mee in de MAPE."},
    // why the optimiser stopped (sim/calibration/optimiser.cpp)
    {"converged (step below tolerance)", "geconvergeerd (stap onder de tolerantie)"},
    {"converged (objective change below tolerance)",
     "geconvergeerd (verandering van de doelfunctie onder de tolerantie)"},
    {"maximum evaluations reached", "maximum aantal evaluaties bereikt"},
    {"objective reached zero", "doelfunctie bereikte nul"},
    {"stopped by round-off", "gestopt door afrondingsfouten"},
    {"converged", "geconvergeerd"},
    {"stopped", "gestopt"},
    {"interrupted", "onderbroken"},
    // warnings (sim/calibration/fit_statistics.cpp, sim/scenario/parameter_path.cpp)
    {"'{}' does not move the figures: a tenth of its range changes none by more than 5% of its tolerance, so the "
     "figures cannot determine it",
     "'{}' beweegt de cijfers niet: een tiende van zijn bereik verandert geen cijfer met meer dan 5% van zijn "
     "tolerantie, dus de cijfers kunnen hem niet bepalen"},
    {"'{}' ends at its lower bound ({}): the bound, not the figures, decides it",
     "'{}' eindigt op zijn ondergrens ({}): de grens beslist, niet de cijfers"},
    {"'{}' ends at its upper bound ({}): the bound, not the figures, decides it",
     "'{}' eindigt op zijn bovengrens ({}): de grens beslist, niet de cijfers"},
    {"'{}' and '{}' trade off (correlation {}): the figures fix a combination of the two, not each; fix one, or add "
     "a figure that moves one and not the other",
     "'{}' en '{}' ruilen tegen elkaar uit (correlatie {}): de cijfers leggen een combinatie van de twee vast, niet "
     "elk apart; zet er één vast, of voeg een cijfer toe dat de een beweegt en de ander niet"},
    {"as many unknowns as figures or more: the fit leaves no degrees of freedom, so no uncertainty can be estimated "
     "from it",
     "evenveel onbekenden als cijfers of meer: de fit laat geen vrijheidsgraden over, dus er is geen onzekerheid uit "
     "te schatten"},
    {"'{}' is also set by the scenario's policy from {} ({}): the fitted value acts only before that date",
     "'{}' wordt ook gezet door het beleid van het scenario vanaf {} ({}): de gefitte waarde werkt alleen vóór die "
     "datum"},
    // what holds each value (sim/calibration/calibration.cpp)
    {"none of the figures; held by its prior {} (sd {}: {})",
     "geen van de cijfers; vastgehouden door zijn priorwaarde {} (sd {}: {})"},
    {"{}; and its prior {} (sd {}: {})", "{}; en zijn priorwaarde {} (sd {}: {})"},
    {"none (it moves no figure)", "geen (hij beweegt geen cijfer)"},
    {"{}; and {} more", "{}; en nog {}"},
});

}  // namespace

std::span<const Phrase> calibration_phrases() {
  return kPhrases;
}

}  // namespace ketensim::output
