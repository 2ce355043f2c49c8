// The optimiser on functions whose minima are known: a scan after each local run leaves a basin
// whose floor is flat in one parameter, costs n x K evaluations when there is none to leave,
// and stops with the best point so far when asked to.
#include "sim/calibration/optimiser.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <vector>

using namespace ketensim::calibration;

namespace {

// Flat at 1 for x < 0.6, then a well down to 0 at x = 0.8; plus a bowl in y at 0.3. Below
// 0.6 no step of a local method sees the well: a waiting list that stays 0 below a capacity.
double plateau_then_well(const std::vector<double>& v) {
  double well = std::min(1.0, 25 * (v[0] - 0.8) * (v[0] - 0.8));
  return well + (v[1] - 0.3) * (v[1] - 0.3);
}

// One bowl, minimum 1 at (0.4, 0.7): nothing for a scan to find.
double bowl(const std::vector<double>& v) {
  return 1 + (v[0] - 0.4) * (v[0] - 0.4) + (v[1] - 0.7) * (v[1] - 0.7);
}

const std::vector<double> kLower = {0, 0}, kUpper = {1, 1};

OptimiserResult minimise_with(double (*f)(const std::vector<double>&), std::vector<double> start,
                              int scan, const std::function<bool()>& stop = {}) {
  OptimiserSettings settings;
  settings.scan = scan;
  return minimise(f, start, kLower, kUpper, settings, stop);
}

}  // namespace

TEST_CASE("optimiser: BOBYQA alone stays on a flat floor, where a scan finds the well beside it") {
  OptimiserResult local = minimise_with(plateau_then_well, {0.2, 0.5}, 0);
  CHECK(local.value == doctest::Approx(1).epsilon(1e-6));
  CHECK(local.x[0] < 0.6);
  CHECK(local.scan_evaluations == 0);

  OptimiserResult scanned = minimise_with(plateau_then_well, {0.2, 0.5}, 8);
  CHECK(scanned.value < 1e-6);
  CHECK(scanned.x[0] == doctest::Approx(0.8).epsilon(1e-3));
  CHECK(scanned.x[1] == doctest::Approx(0.3).epsilon(1e-3));
  CHECK(scanned.escapes == std::vector<std::size_t>{0});  // x moved, once
  CHECK(scanned.scan_evaluations == 2 * 2 * 8);  // the escaping scan and the one that found nothing
  CHECK(scanned.stopped_because.starts_with("converged"));
  MESSAGE("evaluations: local alone ", local.evaluations, ", with scans ", scanned.evaluations);
}

TEST_CASE(
    "optimiser: a scan at a minimum already found costs n x K evaluations and moves nothing") {
  OptimiserResult local = minimise_with(bowl, {0.1, 0.1}, 0);
  OptimiserResult scanned = minimise_with(bowl, {0.1, 0.1}, 5);
  CHECK(scanned.escapes.empty());
  CHECK(scanned.scan_evaluations == 2 * 5);
  CHECK(scanned.evaluations == local.evaluations + 2 * 5);
  CHECK(scanned.x == local.x);
  CHECK(scanned.value == local.value);
  CHECK(scanned.stopped_because == local.stopped_because);
}

TEST_CASE("optimiser: the evaluation budget covers the scan's probes") {
  int local = minimise_with(bowl, {0.1, 0.1}, 0).evaluations;
  OptimiserSettings settings;
  settings.scan = 5;
  settings.max_evaluations = local + 3;
  OptimiserResult r = minimise(bowl, {0.1, 0.1}, kLower, kUpper, settings, {});
  CHECK(r.evaluations == local + 3);
  CHECK(r.scan_evaluations == 3);
  CHECK(r.stopped_because == "maximum evaluations reached");
}

TEST_CASE("optimiser: a stop requested during a scan returns the best point so far") {
  OptimiserResult local = minimise_with(plateau_then_well, {0.2, 0.5}, 0);
  int calls = 0;
  auto counted = [&](const std::vector<double>& v) {
    ++calls;
    return plateau_then_well(v);
  };
  OptimiserSettings settings;
  settings.scan = 8;
  // The stop comes at the fourth probe, before the seventh would have found the well.
  auto stop = [&] { return calls >= local.evaluations + 3; };
  OptimiserResult r = minimise(counted, {0.2, 0.5}, kLower, kUpper, settings, stop);
  CHECK(r.interrupted);
  CHECK(r.stopped_because == "interrupted");
  CHECK(r.scan_evaluations == 3);
  CHECK(r.escapes.empty());
  CHECK(r.x == local.x);
  CHECK(r.value == local.value);
}
