#include "sim/experiment/comparison.h"

#include <map>
#include <tuple>

#include "sim/stats/kpi_bounds.h"

namespace ketensim::experiment {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;

Key key_of(const stats::KpiKey& k) {
  return {k.kpi, k.subject, k.period};
}

class Builder {
 public:
  explicit Builder(const ScenarioSetResult& set) : set_(set) {}

  std::vector<ComparedKpi> kpis() {
    for (std::size_t s = 0; s < set_.scenarios.size(); ++s) add_scenario(s);
    for (std::size_t a = 0; a < set_.alternatives.size(); ++a) add_differences(a);
    return std::move(kpis_);
  }

 private:
  ComparedKpi& row(const stats::KpiKey& key) {
    auto [it, added] = rows_.try_emplace(key_of(key), kpis_.size());
    if (added) {
      std::size_t n = set_.scenarios.size();
      kpis_.push_back({key, std::vector<std::optional<stats::Summary>>(n),
                       std::vector<std::optional<KpiDifference>>(n - 1)});
    }
    return kpis_[it->second];
  }

  void add_scenario(std::size_t s) {
    const ExperimentResult& r = set_.scenarios[s];
    for (std::size_t k = 0; k < r.catalog.size(); ++k)
      row(r.catalog.key(k)).scenarios[s] =
          stats::within_bounds(r.kpis.summary(k), r.catalog.key(k).unit);
  }

  void add_differences(std::size_t a) {
    const stats::PairedKpis& paired = set_.alternatives[a];
    const stats::KpiCatalog& base = set_.scenarios[0].catalog;
    for (std::size_t p = 0; p < paired.pairs().size(); ++p) {
      stats::Summary d = paired.difference(p);
      bool significant = d.n >= 2 && (d.ci_low > 0 || d.ci_high < 0);
      row(base.key(paired.pairs()[p].base)).differences[a] = KpiDifference{d, significant};
    }
  }

  const ScenarioSetResult& set_;
  std::vector<ComparedKpi> kpis_;
  std::map<Key, std::size_t> rows_;
};

std::vector<stats::KpiDefinition> definitions(const ScenarioSetResult& set) {
  std::vector<stats::KpiDefinition> out;
  std::map<std::string, bool> seen;
  for (const auto& r : set.scenarios) {
    for (const auto& d : r.catalog.definitions()) {
      if (!seen[d.name]) out.push_back(d);
      seen[d.name] = true;
    }
  }
  return out;
}

}  // namespace

Comparison make_comparison(const ScenarioSetResult& set, std::vector<ComparedScenario> scenarios,
                           std::uint64_t seed) {
  Comparison c;
  c.scenarios = std::move(scenarios);
  c.replications = set.replications;
  c.seed = seed;
  c.kpis = Builder(set).kpis();
  c.definitions = definitions(set);
  return c;
}

}  // namespace ketensim::experiment
