// Summaries built one replication at a time in bounded memory: the same bits as over stored
// values, exact percentiles up to the cap, accurate and order-deterministic ones beyond it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <vector>

#include "sim/stats/percentile_sketch.h"
#include "sim/stats/summary.h"
#include "sim/stats/summary_accumulator.h"
#include "sim/stats/t_digest.h"

using namespace ketensim::stats;

namespace {

// A fixed, skewed sequence (no random library: the numbers must not depend on one).
std::vector<double> skewed(int n) {
  std::vector<double> out;
  std::uint64_t x = 88172645463325252ULL;
  for (int i = 0; i < n; ++i) {
    x ^= x << 13, x ^= x >> 7, x ^= x << 17;  // xorshift64
    double u = static_cast<double>(x >> 11) / 9007199254740992.0;
    out.push_back(-30.0 * std::log1p(-u));  // exponential, mean 30
  }
  return out;
}

double exact_quantile(std::vector<double> v, double q) {
  std::sort(v.begin(), v.end());
  return percentile_sorted(v, q);
}

bool same_bits(double a, double b) {
  return std::memcmp(&a, &b, sizeof a) == 0;
}

}  // namespace

TEST_CASE("percentiles are exact (type 7) up to the cap") {
  auto values = skewed(static_cast<int>(PercentileSketch::kExactCap));
  PercentileSketch sketch;
  for (double v : values) sketch.add(v);
  CHECK(sketch.exact());
  for (double q : {0.0, 0.05, 0.5, 0.95, 1.0})
    CHECK(same_bits(sketch.quantile(q), exact_quantile(values, q)));
}

TEST_CASE(
    "beyond the cap, percentiles come from the t-digest, within a few tenths of a percentile "
    "rank") {
  auto values = skewed(20000);
  PercentileSketch sketch;
  for (double v : values) sketch.add(v);
  CHECK_FALSE(sketch.exact());
  CHECK(sketch.count() == 20000);
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  for (double q : {0.05, 0.5, 0.95}) {
    double estimate = sketch.quantile(q);
    double rank = static_cast<double>(std::lower_bound(sorted.begin(), sorted.end(), estimate) -
                                      sorted.begin()) /
                  20000;
    INFO("q=" << q << " estimate " << estimate << " exact " << exact_quantile(values, q) << " rank "
              << rank);
    CHECK(std::fabs(rank - q) < 0.003);
  }
}

TEST_CASE(
    "the t-digest stays small and gives the same bits for the same values in the same order") {
  auto values = skewed(50000);
  TDigest a, b;
  for (double v : values) a.add(v);
  for (double v : values) b.add(v);
  CHECK(a.centroids() < 400);
  for (double q : {0.01, 0.05, 0.5, 0.95, 0.99}) CHECK(same_bits(a.quantile(q), b.quantile(q)));
  CHECK(a.quantile(0) == *std::min_element(values.begin(), values.end()));
  CHECK(a.quantile(1) == *std::max_element(values.begin(), values.end()));
}

TEST_CASE("a t-digest made from many values at once keeps their count, extremes and ranks") {
  auto values = skewed(1001);
  TDigest d(200, values);
  CHECK(d.count() == 1001);
  CHECK(d.centroids() < 200);  // within the capacity it reserves, so it never grows
  CHECK(d.quantile(0) == *std::min_element(values.begin(), values.end()));
  CHECK(d.quantile(1) == *std::max_element(values.begin(), values.end()));
  std::vector<double> sorted = values;
  std::sort(sorted.begin(), sorted.end());
  for (double q : {0.05, 0.5, 0.95}) {
    double rank =
        static_cast<double>(std::lower_bound(sorted.begin(), sorted.end(), d.quantile(q)) -
                            sorted.begin()) /
        1001;
    INFO("q=" << q << " rank " << rank);
    CHECK(std::fabs(rank - q) < 0.003);
  }
  std::vector<double> reversed(values.rbegin(), values.rend());  // the order does not matter
  TDigest e(200, reversed);
  for (double q : {0.05, 0.5, 0.95}) CHECK(same_bits(d.quantile(q), e.quantile(q)));
}

TEST_CASE("a summary built value by value equals summarise() bit for bit, NaN is left out") {
  auto values = skewed(300);
  values[7] = std::nan("");
  SummaryAccumulator acc;
  for (double v : values) acc.add(v);
  Summary streamed = acc.summary(), stored = summarise(values);
  CHECK(streamed.n == 299);
  for (auto field : {&Summary::mean, &Summary::sd, &Summary::ci_low, &Summary::ci_high,
                     &Summary::half_width, &Summary::p5, &Summary::p50, &Summary::p95}) {
    CHECK(same_bits(streamed.*field, stored.*field));
  }
}
