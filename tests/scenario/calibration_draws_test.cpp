// An overlay's calibrated.draws: the joint draws of its fitted values as one uncertain input.
// Where it goes in the list (an overlay extending the calibrated one keeps it among the base's
// inputs, so compare --uncertainty pairs them), and each way a draws file can be wrong.
#include <doctest/doctest.h>

#include "sim/scenario/loader.h"
#include "tests/support.h"

namespace ketensim::scenario {
namespace {

constexpr const char* kModel = R"(scenario: model
run: {start: 2020-01-01, years: 2, replications: 2, seed: 1}
measures: [m]
arrivals: {a: {into: intake, families_per_year: 400}}
stages:
  intake: {duration: {days: 10}, next: [{to: zorg, p: 0.6}, {to: exit, p: 0.4}]}
  zorg: {measure: m, duration: {exponential: {mean_days: 200}}, next: [{to: exit}]}
uncertain:
  - {name: intake_days, path: stages.intake.duration.days, distribution: {uniform: {min: 5, max: 15}},
     source: "expert range, assumption"}
)";

constexpr const char* kOverlay = R"(scenario: calibrated
extend: model.yaml
calibrated:
  draws: draws.csv
  values:
    - {path: "stages.intake.next[0].p", value: 0.55, sd: 0.05}
    - {path: "stages.intake.next[1].p", value: 0.45}
    - {path: "arrivals.a.families_per_year", from: 2021-01-01, value: 420, sd: 20}
)";

constexpr const char* kPolicy = R"(scenario: policy
extend: calibrated.yaml
uncertain:
  - {name: effect, path: stages.zorg.duration.exponential.mean_days,
     distribution: {uniform: {min: 150, max: 250}}, source: "expert range, assumption"}
)";

std::filesystem::path with_draws(const std::string& name, const std::string& csv) {
  auto dir = testing::scratch_directory(name);
  testing::write_text(dir / "model.yaml", kModel);
  testing::write_text(dir / "calibrated.yaml", kOverlay);
  testing::write_text(dir / "policy.yaml", kPolicy);
  testing::write_text(dir / "draws.csv", csv);
  return dir;
}

std::string errors(const std::filesystem::path& file) {
  try {
    load_scenario(file.string());
  } catch (const ScenarioError& e) {
    return render(e.diagnostics());
  }
  return "loaded";
}

constexpr const char* kGood =
    "\"stages.intake.next[0].p\",policies.2021-01-01.arrivals.a.families_per_year\n"
    "0.5,410\n0.6,430\n0.58,400\n";

}  // namespace

TEST_CASE("calibrated.draws: one input, after the calibrated file's, before an extending one's") {
  auto dir = with_draws("draws-good", kGood);
  Scenario own = load_scenario((dir / "calibrated.yaml").string());
  REQUIRE(own.uncertain.size() == 2);
  CHECK(own.uncertain[0].name == "intake_days");
  CHECK(own.uncertain[1].name == "calibration");
  CHECK(own.uncertain[1].key == "calibrated.draws");
  CHECK(own.uncertain[1].rows ==
        std::vector<std::vector<double>>{{0.5, 410}, {0.6, 430}, {0.58, 400}});
  CHECK(own.uncertain[1].distribution.lowest() == 1);
  CHECK(own.uncertain[1].distribution.highest() == 3);
  Scenario policy = load_scenario((dir / "policy.yaml").string());
  REQUIRE(policy.uncertain.size() == 3);
  CHECK(policy.uncertain[1].name == "calibration");
  CHECK(policy.uncertain[2].name == "effect");
  // Without the calibrated values (a back-test's scenario) there is nothing to draw.
  CHECK(load_scenario((dir / "calibrated.yaml").string(), CalibratedValues::leave_out)
            .uncertain.size() == 1);
}

TEST_CASE("calibrated.draws: a file that is missing, foreign, short or not numbers") {
  auto at = [](const std::filesystem::path& dir) {
    return (dir / "calibrated.yaml").string() + ":4:10: error: calibrated.draws: ";
  };
  auto missing = testing::scratch_directory("draws-missing");
  testing::write_text(missing / "model.yaml", kModel);
  testing::write_text(missing / "calibrated.yaml", kOverlay);
  CHECK(testing::contains(errors(missing / "calibrated.yaml"),
                          at(missing) + "cannot read '" + (missing / "draws.csv").string()));
  auto foreign = with_draws("draws-foreign", "stages.zorg.duration.exponential.mean_days\n1\n2\n");
  CHECK(testing::contains(errors(foreign / "calibrated.yaml"),
                          at(foreign) + "column 'stages.zorg.duration.exponential.mean_days' of '" +
                              (foreign / "draws.csv").string() +
                              "' is not a value of calibrated.values with an sd"));
  auto no_sd = with_draws("draws-no-sd", "stages.intake.next[1].p\n0.4\n0.5\n");
  CHECK(
      testing::contains(errors(no_sd / "calibrated.yaml"), "is not a value of calibrated.values"));
  auto short_file = with_draws("draws-short", "stages.intake.next[0].p\n0.5\n");
  CHECK(testing::contains(
      errors(short_file / "calibrated.yaml"),
      at(short_file) + "'" + (short_file / "draws.csv").string() + "' has fewer than 2 draws"));
  auto text = with_draws("draws-text", "stages.intake.next[0].p\n0.5\nhalf\n");
  CHECK(testing::contains(
      errors(text / "calibrated.yaml"),
      at(text) + "line 3 of '" + (text / "draws.csv").string() + "': 'half' is not a number"));
  // A draw the parameter cannot take (a probability above 1) is named like any input's.
  auto range = with_draws("draws-range", "stages.intake.next[0].p\n0.5\n1.5\n");
  CHECK(testing::contains(errors(range / "calibrated.yaml"),
                          "error: calibrated.draws: reaches 1.5, which 'stages.intake.next[0].p' "
                          "cannot take"));
}

}  // namespace ketensim::scenario
