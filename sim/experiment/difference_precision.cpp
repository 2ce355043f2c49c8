#include "sim/experiment/difference_precision.h"

#include <algorithm>
#include <cmath>

namespace ketensim::experiment {
namespace {

bool is_share(const std::string& unit) {
  return unit == "share" || unit == "utilisation" || unit.rfind("share ", 0) == 0;
}

}  // namespace

double resolution_of(const std::string& unit) {
  if (is_share(unit)) return 0.005;
  return 0.5;  // half a day, half a family, child or place
}

double precision_target(double relative, double scale, double resolution, const std::string& unit) {
  return std::max(relative * scale, resolution * resolution_of(unit));
}

void PrecisionCheck::judge(std::size_t k, std::size_t a, double hw, double t) {
  ++judged;
  double ratio = hw / t;
  if (!(ratio <= worst_ratio_)) {  // a NaN ratio (0 / 0) is kept too, and is never met
    worst_ratio_ = ratio;
    kpi = k;
    alternative = a;
    half_width = hw;
    target = t;
  }
  met = worst_ratio_ <= 1;
}

PrecisionCheck check_differences(const ScenarioSetResult& set,
                                 const std::vector<std::size_t>& judged, double relative,
                                 double resolution) {
  PrecisionCheck worst;
  const ExperimentResult& base = set.scenarios[0];
  for (std::size_t a = 0; a < set.alternatives.size(); ++a) {
    const stats::PairedKpis& paired = set.alternatives[a];
    for (std::size_t k : judged) {
      auto p = paired.pair_of(k);
      if (!p) continue;
      stats::Interval d = paired.difference_interval(*p);
      if (d.n < 2) continue;
      double base_mean = base.kpis.moments(k).mean();
      double alternative_mean =
          set.scenarios[a + 1].kpis.moments(paired.pairs()[*p].alternative).mean();
      double scale = std::max(std::abs(base_mean), std::abs(alternative_mean));
      worst.judge(k, a, d.half_width,
                  precision_target(relative, scale, resolution, base.catalog.key(k).unit));
    }
  }
  worst.met = worst.judged > 0 && worst.met;
  return worst;
}

SequentialStop difference_rule(const PrecisionTarget& target, std::vector<std::size_t> judged) {
  if (target.relative <= 0) return {};
  return {target.first_look, target.batch,
          [target, judged = std::move(judged)](const ScenarioSetResult& set) {
            return check_differences(set, judged, target.relative, target.resolution).met;
          }};
}

}  // namespace ketensim::experiment
