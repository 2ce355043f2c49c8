// A property test over generated chains: small scenarios drawn at random (stages with every
// duration form, branches, places and caseload pools, max_wait, measures, initial families,
// seasonality, dated policies, reviews), each loaded, run for two years and held to what
// must hold for any chain: families are conserved year by year, no count is negative or
// undefined, no share leaves [0, 1], no figure is infinite, and 1 and 2 threads agree to the
// bit. Under the sanitizer build (tools/test) the same runs are checked for memory errors
// and undefined behaviour.
#include <doctest/doctest.h>

#include <cmath>
#include <random>
#include <sstream>
#include <string>

#include "sim/experiment/experiment.h"
#include "sim/experiment/run_stopped.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

constexpr int kChains = 200;

class ChainWriter {
 public:
  explicit ChainWriter(std::uint32_t seed) : rng_(seed), seed_(seed) {}

  std::string yaml() {
    stages_ = pick(3, 6);
    resources_ = pick(1, 3);
    std::ostringstream y;
    y << "scenario: generated-" << seed_ << "\n"
      << "run: {start: 2020-01-01, years: 2, replications: 2, seed: " << seed_
      << ", max_families: 20000}\n"
      << "measures: [m]\nexits: [klaar]\n";
    write_resources(y);
    write_arrivals(y);
    y << "stages:\n";
    for (int i = 0; i < stages_; ++i) write_stage(y, i);
    y << "initial: [{stage: s" << pick(0, stages_ - 1) << ", families: " << initial_ << "}]\n";
    write_policy(y);
    return y.str();
  }

  int initial_families() const { return initial_; }

 private:
  int pick(int low, int high) { return std::uniform_int_distribution<int>(low, high)(rng_); }
  bool coin(double p) { return std::bernoulli_distribution(p)(rng_); }

  void write_resources(std::ostream& y) {
    y << "resources:\n";
    for (int r = 0; r < resources_; ++r) {
      if (coin(0.5)) {
        y << "  r" << r << ": {kind: places, places: " << pick(1, 25) << ", per: family}\n";
      } else {
        y << "  r" << r << ": {kind: caseload, fte: " << pick(1, 5)
          << ", caseload_norm: " << pick(2, 10) << ", per: family}\n";
      }
    }
  }

  void write_arrivals(std::ostream& y) {
    y << "arrivals:\n";
    int streams = pick(1, 3);
    for (int a = 0; a < streams; ++a) {
      int into = a == 0 ? 0 : pick(0, stages_ - 1);  // a0 into the first: every stage is reached
      y << "  a" << a << ": {into: s" << into << ", families_per_year: " << pick(10, 400);
      if (coin(0.3)) y << ", trend: 0.1, trend_until: 2021";
      if (coin(0.3)) y << ", seasonality: [1.5, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0.5]";
      if (coin(0.5)) y << ", children: {empirical: {1: 0.6, 2: 0.3, 3: 0.1}}";
      y << "}\n";
    }
  }

  std::string duration() {
    switch (pick(0, 4)) {
      case 0:
        return "{days: " + std::to_string(pick(1, 60)) + "}";
      case 1:
        return "{exponential: {mean_days: " + std::to_string(pick(1, 200)) + "}}";
      case 2:
        return "{lognormal: {median_days: " + std::to_string(pick(5, 50)) + ", p90_days: 120}}";
      case 3:
        return "{uniform: {min_days: 1, max_days: " + std::to_string(pick(2, 90)) + "}}";
      default:
        return "{gamma: {shape: 2, scale_days: " + std::to_string(pick(1, 30)) + "}}";
    }
  }

  // Somewhere after stage i: a later stage or a way out.
  std::string later(int i) {
    if (i + 1 >= stages_ || coin(0.25)) return coin(0.5) ? "exit" : "klaar";
    return "s" + std::to_string(pick(i + 1, stages_ - 1));
  }

  void write_stage(std::ostream& y, int i) {
    y << "  s" << i << ":\n    duration: " << duration() << "\n";
    if (coin(0.6)) {
      int r = pick(0, resources_ - 1);
      y << "    acquire: [r" << r << "]\n    release: [r" << r << "]\n";
      if (coin(0.4))
        y << "    max_wait: {days: " << pick(5, 120) << ", then: " << later(i) << "}\n";
      waiting_stage_ = i;
    }
    if (coin(0.3)) y << "    measure: m\n";
    // The first way out goes on to the next stage, so that every stage is reached.
    std::string first = i + 1 < stages_ ? "s" + std::to_string(i + 1) : later(i);
    if (coin(0.5)) {
      y << "    next: [{to: " << first << ", p: 0.7}, {to: " << later(i) << ", p: 0.3}]\n";
    } else {
      y << "    next: [{to: " << first << "}]\n";
    }
  }

  void write_policy(std::ostream& y) {
    if (coin(0.5)) {
      y << "policies:\n  - {from: 2021-01-01, set: {arrivals.a0.families_per_year: "
        << pick(10, 400) << "}}\n";
    }
    if (waiting_stage_ >= 0 && coin(0.4)) {
      y << "reviews:\n  r:\n    from: 2020-06-01\n    every_days: 30\n    longer_than_days: 20\n"
        << "    send: {s" << waiting_stage_ << ": klaar}\n";
    }
  }

  std::mt19937 rng_;
  std::uint32_t seed_;
  int stages_ = 0, resources_ = 0, waiting_stage_ = -1;
  int initial_ = 7;
};

double sum_of(const experiment::ExperimentResult& r, std::size_t rep, const std::string& kpi,
              const std::string& period) {
  double sum = 0;
  for (std::size_t k = 0; k < r.catalog.size(); ++k) {
    const auto& key = r.catalog.key(k);
    if (key.kpi == kpi && key.period == period) sum += r.replications[rep].values[k];
  }
  return sum;
}

void check_values(const experiment::ExperimentResult& r) {
  for (std::size_t rep = 0; rep < r.replications.size(); ++rep) {
    for (std::size_t k = 0; k < r.catalog.size(); ++k) {
      const auto& key = r.catalog.key(k);
      double x = r.replications[rep].values[k];
      INFO(key.kpi << " " << key.subject << " " << key.period << " = " << x);
      CHECK(!std::isinf(x));
      if (key.unit == "families" || key.unit == "children") {
        CHECK(x >= 0);  // a count is never negative nor undefined
      }
      if (key.unit == "share" && !std::isnan(x)) {
        CHECK(x >= 0);
        if (key.kpi != "utilisation") CHECK(x <= 1 + 1e-12);
      }
      if (key.unit == "days" && !std::isnan(x)) CHECK(x >= 0);
    }
  }
}

// Families in the chain at the end of each year = those at its start + arrivals - exits.
void check_conservation(const experiment::ExperimentResult& r, int initial) {
  for (std::size_t rep = 0; rep < r.replications.size(); ++rep) {
    double before = initial;
    for (const char* year : {"2020", "2021"}) {
      double end = sum_of(r, rep, "in_system_end", year);
      CHECK(before + sum_of(r, rep, "arrivals", year) - sum_of(r, rep, "exits", year) == end);
      before = end;
    }
  }
}

}  // namespace

TEST_CASE("generated chains: families conserved, counts and shares in range, threads agree") {
  int ran = 0, unstable = 0;
  for (std::uint32_t seed = 1; seed <= kChains; ++seed) {
    ChainWriter writer(seed);
    std::string yaml = writer.yaml();
    INFO(yaml);
    model::ChainTables t = testing::tables_from(yaml);
    try {
      experiment::ExperimentOptions serial, parallel;
      serial.threads = 1;
      parallel.threads = 2;
      auto one = experiment::run_experiment(t, serial);
      auto two = experiment::run_experiment(t, parallel);
      check_values(one);
      check_conservation(one, writer.initial_families());
      for (std::size_t rep = 0; rep < one.replications.size(); ++rep) {
        CHECK(testing::bitwise_equal(one.replications[rep].values, two.replications[rep].values));
      }
      ++ran;
    } catch (const experiment::UnstableScenario&) {
      ++unstable;  // a chain that grows without end stops cleanly; nothing to check in it
    }
  }
  CHECK(ran >= kChains * 3 / 4);  // most generated chains are stable enough to check
  MESSAGE(ran << " generated chains checked, " << unstable << " stopped as unstable");
}
