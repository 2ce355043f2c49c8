// Sensitivity analysis and two-level uncertainty against exact answers: a M/G/inf stage's
// Sobol' indices in closed form, the outer distribution of an M/M/1 wait by integration, and
// a dummy input that Morris must rank last.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "sim/experiment/sensitivity.h"
#include "sim/experiment/two_level.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

// The catalog index of a KPI over the whole run.
experiment::KpiChoice one_kpi(const std::string& kpi, const std::string& subject) {
  return [=](const stats::KpiCatalog& c) {
    for (std::size_t k = 0; k < c.size(); ++k) {
      if (c.key(k).kpi == kpi && c.key(k).subject == subject && c.key(k).period == "all") {
        return std::vector<std::size_t>{k};
      }
    }
    return std::vector<std::size_t>{};
  };
}

// M/G/inf: no resource, so the mean number in the stage is lambda E[S] (here families a day
// x days), with lambda ~ U(200, 600) a year and E[S] ~ U(2, 4) days, independent.
const char* kMGInf = R"(scenario: mginf
run: {start: 2020-01-01, years: 2, replications: 2, seed: 3}
arrivals: {a: {into: stay, families_per_year: 400}}
stages:
  stay: {duration: {exponential: {mean_days: 3}}, next: [{to: exit}]}
uncertain:
  - {path: arrivals.a.families_per_year, distribution: {uniform: {min: 200, max: 600}}, source: test}
  - {path: stages.stay.duration.exponential.mean_days, distribution: {uniform: {min: 2, max: 4}},
     source: test}
)";

// M/M/1 with mean service 1 day and an arrival rate ~ U(0.2, 0.5) a day, and a resource
// nothing uses (the dummy input).
const char* kMM1 = R"(scenario: mm1
run: {start: 2020-01-01, years: 20, replications: 4, seed: 8}
resources: {server: {kind: places, places: 1}, spare: {kind: places, places: 3}}
arrivals: {a: {into: service, families_per_year: 127.8375}}
stages:
  service:
    acquire: [server]
    duration: {exponential: {mean_days: 1}}
    release: [server]
    next: [{to: exit}]
uncertain:
  - {path: arrivals.a.families_per_year, distribution: {uniform: {min: 73.05, max: 182.625}},
     source: "0.2 to 0.5 a day"}
  - {name: dummy, path: resources.spare.places, distribution: {uniform: {min: 1, max: 9}}, source: test}
  - {path: stages.service.duration.exponential.mean_days,
     distribution: {uniform: {min: 0.9, max: 1.1}}, source: test}
)";

}  // namespace

TEST_CASE("Sobol' indices of an M/G/inf stage's mean number bracket the closed form") {
  // Y = lambda S: V_l = Var(l) E[S]^2, V_S = Var(S) E[l]^2, V_lS = Var(l) Var(S).
  const double var_l = 400.0 * 400 / 12, var_s = 4.0 / 12, el = 400, es = 3;
  const double vl = var_l * es * es, vs = var_s * el * el, vls = var_l * var_s;
  const double v = vl + vs + vls;  // S_l = 0.675, S_S = 0.3, ST_l = 0.7, ST_S = 0.325
  auto s = testing::scenario_from(kMGInf);
  experiment::SensitivityRequest request{experiment::SensitivityRequest::Method::sobol, 4, 256};
  auto r = experiment::run_sensitivity(s, request, one_kpi("in_system_mean", "all"), {});
  REQUIRE(r.sobol_inputs == std::vector<int>{0, 1});
  const auto& x = r.kpis.front().sobol->inputs;
  double exact_first[] = {vl / v, vs / v}, exact_total[] = {(vl + vls) / v, (vs + vls) / v};
  for (int i = 0; i < 2; ++i) {
    INFO("input " << i << ": first " << x[i].first << " (" << x[i].first_low << " .. "
                  << x[i].first_high << ") exact " << exact_first[i] << "; total " << x[i].total
                  << " (" << x[i].total_low << " .. " << x[i].total_high << ") exact "
                  << exact_total[i]);
    CHECK(x[i].first_low <= exact_first[i]);
    CHECK(x[i].first_high >= exact_first[i]);
    CHECK(x[i].total_low <= exact_total[i]);
    CHECK(x[i].total_high >= exact_total[i]);
    CHECK(x[i].first_high - x[i].first_low < 0.3);  // narrow enough to mean something
  }
  CHECK(r.kpis.front().sobol->noise_share < 0.05);
}

TEST_CASE("two-level run of an M/M/1 with an uncertain arrival rate matches the integral") {
  // W(l) = l / (1 - l) days for mu = 1; l ~ U(0.2, 0.5):
  // E[W] = [-l - ln(1 - l)] from 0.2 to 0.5, over 0.3; its 90% quantile is W(0.47).
  const double mean = ((-0.5 - std::log(0.5)) - (-0.2 - std::log(0.8))) / 0.3;  // 0.5667
  const double q90 = 0.47 / 0.53;                                               // 0.8868
  auto s = testing::scenario_from(kMM1);
  s.uncertain.erase(s.uncertain.begin() + 1, s.uncertain.end());  // the arrival rate alone
  auto r = experiment::run_two_level(s, 40, one_kpi("wait_mean", "server"), {});
  const auto& k = r.kpis.front();
  std::vector<double> sorted = k.draw_means;
  std::sort(sorted.begin(), sorted.end());
  double q = sorted[35];  // the 36th of 40: between the 87.5% and 90% strata
  INFO("mean over draws " << k.mean << " exact " << mean << "; 90% quantile " << q << " exact "
                          << q90 << "; assumption share " << k.assumption_share);
  // Tolerances: 20 years x 4 replications give each draw's mean ~3% noise (the M/M/1 test of
  // queueing_test.cpp), averaged over 40 draws ~0.5%; the quantile's draw sits within one
  // stratum (1/40 of the range of l: W moves ~3% there) of the exact one, plus its own noise.
  CHECK(k.mean == doctest::Approx(mean).epsilon(0.03));
  CHECK(q == doctest::Approx(q90).epsilon(0.08));
  CHECK(k.assumption_share > 0.9);  // the rate, not chance, spreads the answer
  CHECK(k.low < 0.3);
  CHECK(k.high > 0.8);
}

TEST_CASE("Morris ranks an input the output does not depend on last, below the noise floor") {
  auto s = testing::scenario_from(kMM1);
  s.run.replications = 3;
  s.run.years = 5;
  auto r = experiment::run_sensitivity(s, {}, one_kpi("wait_mean", "server"), {});
  const auto& m = r.kpis.front().morris;
  REQUIRE(m.size() == 3);
  INFO("mu* rate " << m[0].mu_star << ", dummy " << m[1].mu_star << ", service " << m[2].mu_star);
  CHECK(m[1].mu_star < m[2].mu_star);
  CHECK(m[2].mu_star < m[0].mu_star);
  CHECK(m[1].mu_star == 0);  // common random numbers: the dummy changes nothing at all
  CHECK(m[1].below_noise);
  CHECK_FALSE(m[0].below_noise);
}

TEST_CASE("the variance split: the draws' variance less chance over R") {
  // Two draws, three replications each: means 1 and 3, inner variances 1 and 1.
  auto k = experiment::split_variance({{0, 1, 2}, {2, 3, 4}});
  CHECK(k.mean == 2);
  CHECK(k.chance_variance == 1);
  CHECK(k.assumption_variance == doctest::Approx(2 - 1.0 / 3));  // Var(1, 3) = 2
  CHECK(k.assumption_share == doctest::Approx((2 - 1.0 / 3) / 2));
}
