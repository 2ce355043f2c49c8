#include "output/report/report_data.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

#include "output/report/kpi_labels.h"
#include "output/report/report_text.h"
#include "output/report/scenario_tree_json.h"
#include "output/words.h"
#include "sim/experiment/growing_queues.h"
#include "sim/model/kpi_table.h"

namespace ketensim::output::report {
namespace {

using Json = nlohmann::ordered_json;

Json number(double x) {
  return std::isfinite(x) ? Json(x) : Json(nullptr);
}

Json run_json(const ReportInput& in, const std::string& date) {
  const RunInfo& r = in.run;
  return {{"scenario", r.scenario},
          {"description", r.description},
          {"scenario_file", r.scenario_file},
          {"start", r.start_date},
          {"years", r.years},
          {"replications", r.replications},
          {"seed", std::to_string(r.seed)},  // 64-bit: exact as text, not as a JavaScript number
          {"events", r.events},
          {"version", r.version},
          {"date", date},
          {"partial", r.partial ? Json{{"planned", r.partial->planned},
                                       {"reason", r.partial->reason},
                                       {"resume", r.partial->resume}}
                                : Json(nullptr)}};
}

Json resource_json(const scenario::Resource& r) {
  bool caseload = r.kind == scenario::ResourceKind::caseload;
  return {{"name", r.name},
          {"kind", caseload ? "caseload" : "places"},
          {"capacity", caseload ? r.fte * r.caseload_norm : r.places},
          {"fte", caseload ? Json(r.fte) : Json(nullptr)},
          {"caseload_norm", caseload ? Json(r.caseload_norm) : Json(nullptr)},
          {"per", r.per == scenario::CapacityUnit::child ? "child" : "family"}};
}

Json summary_json(const stats::Summary& s) {
  return {{"n", s.n},
          {"mean", number(s.mean)},
          {"ci_low", number(s.ci_low)},
          {"ci_high", number(s.ci_high)},
          {"p5", number(s.p5)},
          {"p50", number(s.p50)},
          {"p95", number(s.p95)}};
}

Json kpi_row(const stats::KpiKey& k, const stats::Summary& s) {
  Json row = {{"kpi", k.kpi}, {"subject", k.subject}, {"period", k.period}};
  row.update(summary_json(s));
  return row;
}

// Which way a KPI is better, for the colour of its sentences: "lower", "higher" or "".
std::string better_text(model::Better b) {
  return b == model::Better::lower ? "lower" : b == model::Better::higher ? "higher" : "";
}

Json definitions_json(const stats::KpiCatalog& catalog, scenario::Language language) {
  Json out = Json::object();
  for (const auto& d : catalog.definitions()) {
    out[d.name] = {{"unit", d.unit},
                   {"meaning", meaning_of(d, language)},
                   {"title", label_of(d, language).title},
                   {"better", better_text(model::better_direction(d.name))}};
  }
  return out;
}

// The Dutch of every text the scripts show, by its English; nothing in English.
Json texts_json(scenario::Language language) {
  Json out = Json::object();
  if (language == scenario::Language::en) return out;
  for (const scenario::Phrase& p : report_phrases()) out[std::string(p.english)] = p.dutch;
  return out;
}

stats::KpiDefinition definition_of(const stats::KpiCatalog& catalog, const stats::KpiKey& key) {
  for (const auto& d : catalog.definitions()) {
    if (d.name == key.kpi) return d;
  }
  return {key.kpi, key.unit, ""};
}

Json comparison_json(const Comparison& c, const stats::KpiCatalog& catalog,
                     scenario::Language language) {
  Json rows = Json::array();
  for (const auto& d : c.kpis) {
    rows.push_back({{"kpi", d.key.kpi},
                    {"subject", d.key.subject},
                    {"period", d.key.period},
                    {"unit", d.key.unit},
                    {"base", number(d.base.mean)},
                    {"alternative", number(d.alternative.mean)},
                    {"difference", summary_json(d.difference)},
                    {"sentence", plain_language(c, d, definition_of(catalog, d.key), language)}});
  }
  Json effects = Json::array();
  for (const auto& e : c.answer.effects)
    effects.push_back({{"text", e.text}, {"better", e.better}});
  Json answer = {{"intro", c.answer.intro},
                 {"effects", effects},
                 {"none", c.answer.none},
                 {"costs", c.answer.costs}};
  return {{"base", c.base}, {"alternative", c.alternative}, {"kpis", rows}, {"answer", answer}};
}

// Waiting lists that rise through the run's last years (sim/experiment/growing_queues.h):
// the report warns before its results that those waits grow with the run's length.
Json growing_queues_json(const ReportInput& in) {
  Json out = Json::array();
  for (const auto& q : experiment::growing_queues(in.catalog, in.summaries)) {
    out.push_back({{"resource", q.resource},
                   {"first_year", q.first_year},
                   {"last_year", q.last_year},
                   {"first", q.first},
                   {"last", q.last},
                   {"per_year", q.per_year}});
  }
  return out;
}

// A stream's demand in words, piece by piece ("; " between them) in `language`, with its
// decimal sign.
std::string demand_text(const std::string& english, scenario::Language language) {
  Words words{demand_phrases(), language};
  std::string out;
  for (std::size_t from = 0; from <= english.size();) {
    std::size_t end = std::min(english.find("; ", from), english.size());
    out += (out.empty() ? "" : "; ") + words.matched(english.substr(from, end - from));
    from = end + 2;
  }
  return words.number(out);
}

// What the answer depends on: the scenario's uncertain inputs, its listed assumptions and the
// demand each stream assumes, year by year.
Json depends_on_json(const ReportInput& in, scenario::Language language) {
  const scenario::Scenario& s = in.scenario;
  Json out = {
      {"assumptions", Json::array()}, {"uncertain", Json::array()}, {"demand", Json::array()}};
  for (const auto& [stream, text] : in.run.demand) {
    out["demand"].push_back({{"stream", stream}, {"text", demand_text(text, language)}});
  }
  for (const auto& a : s.assumptions)
    out["assumptions"].push_back({{"param", a.param}, {"note", a.note}});
  for (const auto& u : s.uncertain) {
    out["uncertain"].push_back(
        {{"name", u.name}, {"distribution", u.distribution.describe()}, {"source", u.source}});
  }
  return out;
}

}  // namespace

std::string report_data_json(const ReportInput& in, const Comparison* comparison,
                             const std::string& date, scenario::Language language) {
  Json doc = {{"run", run_json(in, date)}, {"periods", in.catalog.periods()}};
  doc["lang"] = language == scenario::Language::nl ? "nl" : "en";
  doc["text"] = texts_json(language);
  doc["resources"] = Json::array();
  for (const auto& r : in.scenario.resources) doc["resources"].push_back(resource_json(r));
  doc["kpis"] = Json::array();
  for (std::size_t k = 0; k < in.catalog.size() && k < in.summaries.size(); ++k) {
    doc["kpis"].push_back(kpi_row(in.catalog.key(k), in.summaries[k]));
  }
  doc["definitions"] = definitions_json(in.catalog, language);
  doc["scenario"] = scenario_tree_json(in.scenario);
  doc["depends_on"] = depends_on_json(in, language);
  doc["growing_queues"] = growing_queues_json(in);
  doc["comparison"] =
      comparison ? comparison_json(*comparison, in.catalog, language) : Json(nullptr);
  return doc.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace ketensim::output::report
