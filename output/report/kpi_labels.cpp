#include "output/report/kpi_labels.h"

#include <map>

#include "output/report/report_text.h"

namespace ketensim::output::report {
namespace {

const std::map<std::string, KpiLabel>& known() {
  static const std::map<std::string, KpiLabel> labels = {
      {"arrivals",
       {"Aanmeldingen: families arriving per year", "the families arriving from {subject}"}},
      {"initial_families",
       {"Families in the chain on the start date", "the families in the chain on the start date"}},
      {"arrivals_children",
       {"Aanmeldingen: children arriving per year", "the children arriving from {subject}"}},
      {"exits",
       {"Uitstroom: families leaving the chain per year",
        "the families leaving through {subject}"}},
      {"exits_children",
       {"Uitstroom: children leaving the chain per year",
        "the children leaving through {subject}"}},
      {"in_system_end", {"Families in the chain on 31-12", "the families in the chain on 31-12"}},
      {"in_system_mean",
       {"Families in the chain, time average", "the average number of families in the chain"}},
      {"lead_time_mean",
       {"Doorlooptijd: days from aanmelding to exit", "the mean doorlooptijd through the chain"}},
      {"stages_per_family_mean",
       {"Stages (hand-offs) per family", "the mean number of stages per family"}},
      {"stage_inflow",
       {"Instroom per stage: children entering", "the children entering {subject}"}},
      {"stage_outflow",
       {"Uitstroom per stage: children leaving", "the children leaving {subject}"}},
      {"stage_stock_end",
       {"Stand op 31-12: children per stage", "the children in {subject} on 31-12"}},
      {"stage_stock_mean",
       {"Children per stage, time average", "the average number of children in {subject}"}},
      {"stage_time_mean", {"Days in each stage", "the mean time in {subject}"}},
      {"wait_mean", {"Wachttijd: mean wait before it starts", "the mean wait for {subject}"}},
      {"waited_share",
       {"Share of families who had to wait", "the share of families who waited for {subject}"}},
      {"wait_abandoned",
       {"Families leaving the wachtlijst after the maximum wait",
        "the families who gave up waiting for {subject}"}},
      {"waited_over_90d",
       {"Share who waited more than 3 months",
        "the share of families who waited more than 3 months for {subject}"}},
      {"waiting_over_90d_end",
       {"Children waiting more than 3 months on 31-12 (peildatum)",
        "the children waiting more than 3 months for {subject} on 31-12"}},
      {"queue_end", {"Wachtlijst op 31-12", "the waiting list for {subject} on 31-12"}},
      {"queue_mean", {"Wachtlijst, time average", "the average waiting list for {subject}"}},
      {"capacity_mean",
       {"Capacity: places, or working fte after absence", "the average capacity of {subject}"}},
      {"in_use_mean", {"In use: places, or fte, time average", "the average use of {subject}"}},
      {"cases_mean", {"Cases held, time average", "the average number of cases held by {subject}"}},
      {"caseload_per_fte",
       {"Caseload: cases per working fte", "the caseload per fte at {subject}"}},
      {"measure_inflow",
       {"Instroom per maatregel: children starting the measure",
        "the children starting {subject}"}},
      {"measure_outflow",
       {"Uitstroom per maatregel: measures ended", "the children whose {subject} ended"}},
      {"measure_stock_end",
       {"Stand op 31-12 per maatregel", "the children with {subject} on 31-12"}},
      {"measure_stock_mean",
       {"Children per maatregel, time average", "the average number of children with {subject}"}},
      {"norm_started",
       {"Families whose norm clock started", "the families whose clock for {subject} started"}},
      {"norm_met_share",
       {"Norm gehaald: share within the norm", "the share meeting the norm {subject}"}},
      {"norm_wait_mean",
       {"Wachttijd tot de norm: mean days from start to stop", "the mean wait for {subject}"}},
      {"norm_over_end",
       {"Children past the norm on 31-12 (peildatum)",
        "the children past the norm {subject} on 31-12"}},
      {"utilisation", {"Bezetting: share of capacity in use", "the occupancy of {subject}"}},
      {"placed_within_share", {"Share placed within N days", "the share placed within {subject}"}},
      {"waiting_over_end",
       {"Children waiting more than N days on 31-12 (peildatum)",
        "the children waiting on 31-12 longer than {subject}"}},
      {"review_sent",
       {"Families sent on by a review of long waits", "the families {subject} sent on"}},
      {"cost_measures", {"Cost of the measures, euros", "the cost of the measures"}},
      {"cost_care", {"Cost of care, euros", "the cost of care"}},
      {"cost_staff", {"Cost of staff, euros", "the cost of staff"}},
      {"cost_total", {"Total cost, euros", "the total cost"}},
  };
  return labels;
}

void replace_all(std::string& text, const std::string& from, const std::string& to) {
  for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size())) {
    text.replace(at, from.size(), to);
  }
}

const DutchKpi* dutch(const std::string& kpi, scenario::Language language) {
  if (language != scenario::Language::nl) return nullptr;
  auto it = dutch_kpis().find(kpi);
  return it == dutch_kpis().end() ? nullptr : &it->second;
}

}  // namespace

KpiLabel label_of(const stats::KpiDefinition& def, scenario::Language language) {
  if (const DutchKpi* nl = dutch(def.name, language)) return {nl->title, nl->phrase};
  auto it = known().find(def.name);
  if (it != known().end()) return it->second;
  std::string title = def.meaning.empty() ? def.name : def.meaning;
  if (!title.empty() && title[0] >= 'a' && title[0] <= 'z')
    title[0] = static_cast<char>(title[0] - 'a' + 'A');
  return {title, def.name + " for {subject}"};
}

std::string meaning_of(const stats::KpiDefinition& def, scenario::Language language) {
  const DutchKpi* nl = dutch(def.name, language);
  return nl ? nl->meaning : def.meaning;
}

std::string short_name_of(const std::string& kpi, scenario::Language language) {
  const DutchKpi* nl = dutch(kpi, language);
  return nl ? nl->short_name : kpi;
}

std::string subject_text(const std::string& subject, scenario::Language language) {
  if (subject == "all") return report_text(language, "the chain");
  std::string out = subject;
  replace_all(out, "_", " ");
  return out;
}

std::string phrase_for(const KpiLabel& label, const std::string& subject,
                       scenario::Language language) {
  std::string out = label.phrase;
  replace_all(out, "{subject}", subject_text(subject, language));
  return out;
}

}  // namespace ketensim::output::report
