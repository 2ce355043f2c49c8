// The shipped policy overlays against their baselines, with common random numbers: before
// an overlay's own first policy takes effect nothing differs, so every figure of the years
// before is the same to the bit in both (the same family draws the same numbers where its
// path is the same); from that year on the policy shows.
#include <doctest/doctest.h>

#include <filesystem>

#include "sim/experiment/experiment.h"
#include "sim/model/checked_scenario.h"
#include "tests/support.h"

using namespace ketensim;
namespace fs = std::filesystem;

namespace {

constexpr int kReplications = 2;

// Replications up to the end of `last_year`: the years before the policy and two with it.
experiment::ExperimentResult run(const scenario::Scenario& s, int last_year) {
  model::ChainTables t = model::compile(s);
  t.replications = kReplications;
  t.horizon_days = model::horizon_days(t.start, last_year + 1 - t.start.year);
  return experiment::run_experiment(t, {});
}

// The first calendar year an overlay's own policies (those after its base's) change.
int first_policy_year(const scenario::Scenario& overlay, const scenario::Scenario& base) {
  int year = 9999;
  for (std::size_t i = base.policies.size(); i < overlay.policies.size(); ++i) {
    year = std::min(year, overlay.policies[i].from.year);
  }
  // An overlay that changes a review (haaglanden-zonder-doorbraakaanpak) changes from the
  // review's first day.
  for (const auto& r : overlay.reviews) {
    for (const auto& b : base.reviews) {
      if (b.name == r.name &&
          (b.keep_waiting != r.keep_waiting || b.longer_than_days != r.longer_than_days ||
           b.every_days != r.every_days || b.send != r.send)) {
        year = std::min(year, r.from.year);
      }
    }
  }
  return year;
}

}  // namespace

TEST_CASE(
    "shipped results: every shipped policy overlay equals its baseline bit for bit before its policy starts") {
  int compared = 0;
  for (const std::string& file : testing::shipped_scenarios()) {
    if (fs::path(file).parent_path().filename() != "policies") continue;
    INFO(file);
    scenario::Scenario overlay = model::load_checked(file);
    REQUIRE(overlay.files.size() >= 2);  // the overlay, the baseline it extends, maybe its model
    scenario::Scenario base = model::load_checked(overlay.files[1]);
    int year = first_policy_year(overlay, base);
    REQUIRE(year > base.run.start.year);
    auto a = run(base, year + 1), b = run(overlay, year + 1);
    int same = 0, differ = 0;
    for (std::size_t k = 0; k < b.catalog.size(); ++k) {
      const auto& key = b.catalog.key(k);
      if (key.period == "all") continue;
      std::size_t j = 0;
      while (j < a.catalog.size() &&
             !(a.catalog.key(j).kpi == key.kpi && a.catalog.key(j).subject == key.subject &&
               a.catalog.key(j).period == key.period)) {
        ++j;
      }
      if (j == a.catalog.size()) continue;  // a stage or exit the overlay adds
      // An overlay that adds a stage on a family's way adds to the stages it passes.
      if (key.kpi == "stages_per_family_mean" && overlay.stages.size() != base.stages.size())
        continue;
      for (int r = 0; r < kReplications; ++r) {
        double x = a.replications[r].values[j], y = b.replications[r].values[k];
        bool equal = testing::bitwise_equal({x}, {y});
        if (std::stoi(key.period) < year) {
          CHECK_MESSAGE(equal, key.kpi << " " << key.subject << " " << key.period);
          ++same;
        } else {
          differ += !equal;
        }
      }
    }
    CHECK(same > 0);
    CHECK(differ > 0);  // the policy changes something from its year on
    ++compared;
  }
  CHECK(compared >= 7);
}
