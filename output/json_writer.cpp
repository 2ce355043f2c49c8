#include "output/json_writer.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "output/atomic_file.h"

namespace ketensim::output {
namespace {

using nlohmann::json;

json number(double x) {
  return std::isfinite(x) ? json(x) : json(nullptr);
}

json run_json(const RunInfo& i) {
  json run = {{"scenario", i.scenario},
              {"description", i.description},
              {"scenario_file", i.scenario_file},
              {"start", i.start_date},
              {"years", i.years},
              {"replications", i.replications},
              {"seed", i.seed},
              {"events", i.events},
              {"ketensim_version", i.version}};
  if (!i.demand.empty()) {
    json demand = json::array();
    for (const auto& [stream, text] : i.demand)
      demand.push_back({{"stream", stream}, {"demand", text}});
    run["demand"] = demand;
  }
  if (i.partial) {
    run["partial"] = {{"replications_planned", i.partial->planned},
                      {"reason", i.partial->reason},
                      {"resume", i.partial->resume}};
  }
  if (i.precision_stop) {
    const PrecisionStop& p = *i.precision_stop;
    run["precision_stop"] = {{"relative", p.relative},
                             {"replications_most", p.most},
                             {"stopped", p.stopped},
                             {"met", p.met},
                             {"kpi", p.kpi},
                             {"subject", p.subject},
                             {"period", p.period},
                             {"unit", p.unit},
                             {"half_width", p.half_width},
                             {"target_half_width", p.target}};
  }
  return run;
}

json kpi_json(const stats::KpiKey& k, const stats::Summary& s) {
  return {{"kpi", k.kpi},
          {"subject", k.subject},
          {"period", k.period},
          {"unit", k.unit},
          {"n", s.n},
          {"mean", number(s.mean)},
          {"ci95_low", number(s.ci_low)},
          {"ci95_high", number(s.ci_high)},
          {"sd", number(s.sd)},
          {"p5", number(s.p5)},
          {"p50", number(s.p50)},
          {"p95", number(s.p95)}};
}

}  // namespace

void write_summary_json(const std::filesystem::path& path, const RunInfo& info,
                        const experiment::ExperimentResult& r,
                        const std::vector<stats::Summary>& summaries) {
  json doc = {{"run", run_json(info)}, {"kpis", json::array()}};
  for (std::size_t k = 0; k < r.catalog.size(); ++k)
    doc["kpis"].push_back(kpi_json(r.catalog.key(k), summaries[k]));
  json defs = json::array();
  for (const auto& d : r.catalog.definitions())
    defs.push_back({{"kpi", d.name}, {"unit", d.unit}, {"meaning", d.meaning}});
  doc["definitions"] = defs;
  write_atomically(path, [&](std::ostream& out) { out << doc.dump(2) << '\n'; });
}

}  // namespace ketensim::output
