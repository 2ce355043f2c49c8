#include "sim/experiment/growing_queues.h"

#include <map>

#include "sim/scenario/figures.h"

namespace ketensim::experiment {
namespace {

// queue_end per resource, in year order (the catalog lists periods in time order).
std::map<std::string, std::vector<std::size_t>> year_end_queues(const stats::KpiCatalog& catalog) {
  std::map<std::string, std::vector<std::size_t>> out;
  for (std::size_t k = 0; k < catalog.size(); ++k) {
    const stats::KpiKey& key = catalog.key(k);
    if (key.kpi == "queue_end" && scenario::period_year(key.period)) out[key.subject].push_back(k);
  }
  return out;
}

// A rise that chance does not explain: the later year's interval lies wholly above the earlier.
bool rises(const stats::Summary& before, const stats::Summary& after, double at_least) {
  return after.n >= 2 && before.n >= 2 && after.ci_low > before.ci_high &&
         after.mean - before.mean >= at_least;
}

}  // namespace

std::vector<GrowingQueue> growing_queues(const stats::KpiCatalog& catalog,
                                         const std::vector<stats::Summary>& summaries, int steps,
                                         double at_least) {
  std::vector<GrowingQueue> out;
  for (const auto& [resource, cells] : year_end_queues(catalog)) {
    if (static_cast<int>(cells.size()) < steps + 1) continue;
    std::size_t from = cells.size() - static_cast<std::size_t>(steps) - 1;
    bool growing = true;
    for (std::size_t i = from; i + 1 < cells.size() && growing; ++i)
      growing = rises(summaries[cells[i]], summaries[cells[i + 1]], at_least);
    if (!growing) continue;
    const stats::Summary &first = summaries[cells[from]], &last = summaries[cells.back()];
    out.push_back({resource, catalog.key(cells[from]).period, catalog.key(cells.back()).period,
                   first.mean, last.mean, (last.mean - first.mean) / steps});
  }
  return out;
}

}  // namespace ketensim::experiment
