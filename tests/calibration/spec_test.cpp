// Calibration specs: what a good one loads into, the exact text of each mistake, and the
// checks against the scenario (a path that names nothing, a number a policy also sets).
#include <doctest/doctest.h>

#include "sim/calibration/problem.h"
#include "sim/scenario/calibration_spec.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

std::string errors_of(const std::string& text) {
  auto dir = testing::scratch_directory("calibration-spec");
  testing::write_text(dir / "spec.yaml", text);
  try {
    scenario::load_calibration_spec((dir / "spec.yaml").string());
  } catch (const scenario::ScenarioError& e) {
    std::string out = scenario::render(e.diagnostics());
    std::string prefix = (dir / "spec.yaml").string();
    for (auto at = out.find(prefix); at != std::string::npos; at = out.find(prefix))
      out.replace(at, prefix.size(), "SPEC");
    return out;
  }
  return "";
}

constexpr const char* kScenario = R"(scenario: s
run: {start: 2020-01-01, years: 2}
arrivals: {a: {into: x, families_per_year: 100}}
stages:
  x: {duration: {days: 10}, next: [{to: y, p: 0.5}, {to: exit, p: 0.5}]}
  y: {duration: {exponential: {mean_days: 30}}, next: [{to: exit}]}
policies:
  - {from: 2021-01-01, set: {stages.y.duration.exponential.mean_days: 40}}
)";

}  // namespace

TEST_CASE("a calibration spec: settings, shared paths, values per year with their reason") {
  auto dir = testing::scratch_directory("calibration-spec");
  testing::write_text(dir / "spec.yaml", R"(calibration: mijn-regio
figures: figures.yaml
replications: 20
seed: 5
method: sbplx
scan: 8
constancy: 3
parameters:
  - {path: stages.x.duration.days, min: 1, max: 60}
  - {name: stay, paths: [stages.y.duration.exponential.mean_days, stages.z.duration.days], min: 5, max: 90, start: 30}
  - {path: arrivals.a.families_per_year, min: 10, max: 500, per_year: [2021, 2020],
     reason: "published per year"}
)");
  scenario::CalibrationSpec s = scenario::load_calibration_spec((dir / "spec.yaml").string());
  CHECK(s.name == "mijn-regio");
  CHECK(s.figures == (dir / "figures.yaml").lexically_normal().string());
  CHECK(s.replications == 20);
  CHECK(s.seed == 5);
  CHECK(s.method == "sbplx");
  CHECK(s.scan == 8);
  CHECK(s.constancy == 3);
  REQUIRE(s.parameters.size() == 3);
  CHECK(s.parameters[0].name == "stages.x.duration.days");
  CHECK(s.parameters[1].name == "stay");
  CHECK(s.parameters[1].paths.size() == 2);
  CHECK(s.parameters[1].start == 30);
  CHECK(s.parameters[2].years == std::vector<int>{2020, 2021});
}

TEST_CASE("error text: a calibration spec with every kind of mistake") {
  CHECK(errors_of(R"(calibration: x
replications: 1
methd: bobyqa
parameters:
  - {path: a.b, min: 5, max: 1}
  - {min: 1, max: 2, per_year: [2020, 2021]}
  - {path: c, path2: d, min: 0, max: 1, start: 3}
)") == R"(SPEC:2:15: error: replications: must be >= 2
      2 | replications: 1
        |               ^
  expected: a whole number >= 2 and <= 100000
  found: 1
SPEC:3:1: error: methd: unknown key 'methd'
      3 | methd: bobyqa
        | ^
  expected: one of calibration, description, figures, replications, seed, method, max_evaluations, tolerance, scan, constancy, parameters
  did you mean 'method'?
SPEC:5:5: error: parameters[0].max: max must be above min
      5 |   - {path: a.b, min: 5, max: 1}
        |     ^
  expected: a number above 5
  found: 1
SPEC:6:5: error: parameters[1]: needs a path (or paths: several set to the one value)
      6 |   - {min: 1, max: 2, per_year: [2020, 2021]}
        |     ^
SPEC:6:5: error: parameters[1]: a value per year needs a reason
      6 |   - {min: 1, max: 2, per_year: [2020, 2021]}
        |     ^
  expected: reason: the dated event or published series that makes it change by year
SPEC:7:5: error: parameters[2].start: start must lie between min and max
      7 |   - {path: c, path2: d, min: 0, max: 1, start: 3}
        |     ^
  expected: 0 .. 1
  found: 3
SPEC:7:15: error: parameters[2].path2: unknown key 'path2'
      7 |   - {path: c, path2: d, min: 0, max: 1, start: 3}
        |               ^
  expected: one of name, path, paths, min, max, start, per_year, reason, prior
  did you mean 'path'?
7 errors in SPEC)");
}

TEST_CASE("a prior: its value, sd and source are read, and each mistake is named") {
  auto dir = testing::scratch_directory("calibration-spec");
  testing::write_text(
      dir / "spec.yaml",
      "calibration: x\nparameters:\n"
      "  - {path: a.b, min: 0, max: 900, prior: {value: 300, sd: 90, source: \"derived\"}}\n");
  scenario::CalibrationSpec s = scenario::load_calibration_spec((dir / "spec.yaml").string());
  REQUIRE(s.parameters.at(0).prior);
  CHECK(s.parameters[0].prior->value == 300);
  CHECK(s.parameters[0].prior->sd == 90);
  CHECK(s.parameters[0].prior->source == "derived");
  CHECK(errors_of(R"(calibration: x
parameters:
  - {path: a.b, min: 0, max: 900, prior: {value: 1000, sd: 0, source: ""}}
  - {path: a.c, min: 0, max: 9, prior: {value: 3, sd: 1}}
)") == R"(SPEC:3:50: error: parameters[0].prior.value: a prior must lie between min and max
      3 |   - {path: a.b, min: 0, max: 900, prior: {value: 1000, sd: 0, source: ""}}
        |                                                  ^
  expected: 0 .. 900
  found: 1000
SPEC:3:60: error: parameters[0].prior.sd: must be > 0
      3 |   - {path: a.b, min: 0, max: 900, prior: {value: 1000, sd: 0, source: ""}}
        |                                                            ^
  expected: a number > 0
  found: 0
SPEC:3:71: error: parameters[0].prior.source: a prior needs its source
      3 |   - {path: a.b, min: 0, max: 900, prior: {value: 1000, sd: 0, source: ""}}
        |                                                                       ^
  expected: where the value comes from
  found: ""
SPEC:4:40: error: parameters[1].prior: missing required key 'source'
      4 |   - {path: a.c, min: 0, max: 9, prior: {value: 3, sd: 1}}
        |                                        ^
4 errors in SPEC)");
}

TEST_CASE("error text: a scan is a whole number of positions, 0 for none") {
  CHECK(errors_of("calibration: x\nscan: -1\nparameters:\n  - {path: a.b, min: 1, max: 5}\n") ==
        R"(SPEC:2:7: error: scan: must be >= 0
      2 | scan: -1
        |       ^
  expected: a whole number >= 0 and <= 1000
  found: -1
1 error in SPEC)");
  CHECK(errors_of("calibration: x\nscan: abc\nparameters:\n  - {path: a.b, min: 1, max: 5}\n") ==
        R"(SPEC:2:7: error: scan: must be a whole number
      2 | scan: abc
        |       ^
  expected: a whole number >= 0 and <= 1000
  found: abc
1 error in SPEC)");
}

TEST_CASE(
    "a spec against its scenario: paths that name nothing, bounds out of range, numbers a policy sets") {
  scenario::Scenario s = testing::scenario_from(kScenario);
  scenario::CalibrationSpec spec;
  spec.file = "spec.yaml";
  scenario::FreeParameter typo{"stages.x.duraton.days",
                               {"stages.x.duraton.days"},
                               1,
                               60,
                               {},
                               {},
                               "",
                               {"spec.yaml", 4, 5},
                               {}};
  scenario::FreeParameter overridden{
      "stay", {"stages.y.duration.exponential.mean_days"}, 5, 90, {}, {}, "", {"spec.yaml", 5, 5},
      {}};
  scenario::FreeParameter out_of_range{"p", {"stages.x.next[0].p"}, 0.1, 1.5, {}, {},
                                       "",  {"spec.yaml", 6, 5},    {}};
  spec.parameters = {typo, overridden, out_of_range};
  std::string errors;
  try {
    calibration::Problem problem(s, spec);
  } catch (const scenario::ScenarioError& e) {
    for (const auto& d : e.diagnostics()) errors += d.message + "\n";
  }
  CHECK(errors ==
        "'stages.x.duraton.days' stage 'x' has no number 'duraton'\n"
        "the bound 1.5 cannot go in 'stages.x.next[0].p': must be >= 0 and <= 1\n");
  spec.parameters = {overridden};
  calibration::Problem problem(s, spec);
  CHECK(
      problem.warnings() ==
      std::vector<std::string>{
          "'stay' is also set by the scenario's policy from 2021-01-01 (inline.yaml:8): the fitted value acts "
          "only before that date"});
}

TEST_CASE("a spec whose replications make each evaluation too large a run is refused at its key") {
  std::string text = kScenario;
  text.replace(text.find("families_per_year: 100"), 22, "families_per_year: 1000000");
  scenario::Scenario s = testing::scenario_from(text);
  scenario::CalibrationSpec spec;
  spec.file = "spec.yaml";
  spec.replications = 100000;  // a million families a year x 2 years x 100,000: 2e11 families
  spec.replications_location = {"spec.yaml", 3, 15};
  spec.parameters = {{"p", {"stages.x.next[0].p"}, 0.1, 0.9, {}, {}, "", {"spec.yaml", 6, 5}, {}}};
  std::string errors;
  try {
    calibration::Problem problem(s, spec);
  } catch (const scenario::ScenarioError& e) {
    for (const auto& d : e.diagnostics()) {
      errors += d.location.file + ":" + std::to_string(d.location.line) + ":" +
                std::to_string(d.location.column) + " " + d.key_path + ": " + d.message + " (" +
                d.found + ")\n";
    }
  }
  CHECK(errors.find("spec.yaml:3:15 replications: too large a run") == 0);
  CHECK(errors.find("100000 replications of") != std::string::npos);
  spec.replications = 40;
  CHECK_NOTHROW(calibration::Problem(s, spec));
}
