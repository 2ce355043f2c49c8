#include "sim/experiment/mean_precision.h"

#include <cmath>

#include "sim/stats/confidence.h"

namespace ketensim::experiment {

PrecisionCheck check_means(const ExperimentResult& r, const std::vector<std::size_t>& judged,
                           double relative, double resolution) {
  PrecisionCheck worst;
  for (std::size_t k : judged) {
    stats::Interval i = stats::interval_95(r.kpis.moments(k));
    if (i.n < 2) continue;
    worst.judge(k, 0, i.half_width,
                precision_target(relative, std::abs(i.mean), resolution, r.catalog.key(k).unit));
  }
  worst.met = worst.judged > 0 && worst.met;
  return worst;
}

RunStop mean_rule(const PrecisionTarget& target, std::vector<std::size_t> judged) {
  if (target.relative <= 0) return {};
  return {target.first_look, target.batch,
          [target, judged = std::move(judged)](const ExperimentResult& r) {
            return check_means(r, judged, target.relative, target.resolution).met;
          }};
}

}  // namespace ketensim::experiment
