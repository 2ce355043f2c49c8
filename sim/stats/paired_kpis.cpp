#include "sim/stats/paired_kpis.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace ketensim::stats {
namespace {

using Key = std::tuple<std::string, std::string, std::string>;

Key key_of(const KpiKey& k) {
  return {k.kpi, k.subject, k.period};
}

}  // namespace

PairedKpis::PairedKpis(const KpiCatalog& base, const KpiCatalog& alternative) {
  std::map<Key, std::size_t> in_alternative;
  for (std::size_t k = 0; k < alternative.size(); ++k)
    in_alternative[key_of(alternative.key(k))] = k;
  std::vector<bool> paired(alternative.size(), false);
  for (std::size_t k = 0; k < base.size(); ++k) {
    auto it = in_alternative.find(key_of(base.key(k)));
    if (it == in_alternative.end()) {
      only_in_base_.push_back(k);
      continue;
    }
    pairs_.push_back({k, it->second});
    paired[it->second] = true;
  }
  for (std::size_t k = 0; k < alternative.size(); ++k) {
    if (!paired[k]) only_in_alternative_.push_back(k);
  }
  differences_.resize(pairs_.size());
}

void PairedKpis::add(const std::vector<double>& base, const std::vector<double>& alternative) {
  for (std::size_t p = 0; p < pairs_.size(); ++p) {
    double a = base[pairs_[p].base], b = alternative[pairs_[p].alternative];
    if (!std::isnan(a) && !std::isnan(b)) differences_[p].add(b - a);
  }
}

std::optional<std::size_t> PairedKpis::pair_of(std::size_t base) const {
  auto it = std::lower_bound(pairs_.begin(), pairs_.end(), base,
                             [](const Pair& p, std::size_t b) { return p.base < b; });
  if (it == pairs_.end() || it->base != base) return std::nullopt;
  return static_cast<std::size_t>(it - pairs_.begin());
}

}  // namespace ketensim::stats
