#include "tools/ketensim/comparison_report.h"

#include "output/report/report.h"
#include "sim/engine/time.h"
#include "sim/experiment/experiment.h"
#include "sim/model/demand.h"
#include "tools/ketensim/effect_text.h"
#include "tools/ketensim/language_option.h"

namespace ketensim::tools {

std::string comparison_report(const experiment::Comparison& c,
                              const experiment::ScenarioSetResult& set,
                              const std::vector<scenario::Scenario>& scenarios,
                              const std::vector<model::ChainTables>& tables,
                              const std::vector<std::string>& files, std::size_t a, double material,
                              scenario::Language language) {
  const experiment::ExperimentResult& run = set.scenarios[a];
  output::report::Comparison rc{scenarios[0].name, scenarios[a].name, {}};
  InLanguage in_page_language(language);  // the answer's words, as the console would say them
  AnswerFirst answer = answer_first(c, a - 1, material);
  rc.answer = {answer.intro, {}, answer.none, answer.costs};
  for (const auto& e : answer.effects) rc.answer.effects.push_back({e.text, e.better});
  for (const auto& row : c.kpis) {
    if (!row.scenarios[0] || !row.scenarios[a] || !row.differences[a - 1]) continue;
    rc.kpis.push_back(
        {row.key, *row.scenarios[0], *row.scenarios[a], row.differences[a - 1]->difference});
  }
  output::RunInfo info{scenarios[a].name,
                       scenarios[a].description,
                       files[a],
                       engine::format_date(tables[a].start),
                       scenarios[a].run.years,
                       run.replication_count,
                       tables[a].seed,
                       run.events(),
                       KETENSIM_VERSION};
  for (const auto& d : model::describe_demand(tables[a]))
    info.demand.emplace_back(d.stream, d.text);
  auto summaries = experiment::summarise(run);
  return output::report::render_report({info, scenarios[a], run.catalog, summaries}, &rc,
                                       output::report::report_date(), language);
}

}  // namespace ketensim::tools
