// A derivative-free minimiser over a box, from NLopt (Debian's libnlopt-cxx-dev; NLopt enters
// the project here and nowhere else). The box is scaled to the unit cube so that every
// parameter moves on the same footing whatever its unit. BOBYQA (Powell 2009), a trust-region
// method on quadratic models, is the default; Sbplx, Nelder-Mead and COBYLA are offered.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace ketensim::calibration {

struct OptimiserSettings {
  std::string method = "bobyqa";
  int max_evaluations = 400;
  double tolerance = 1e-4;    // relative step in the unit cube below which it stops
  double initial_step = 0.1;  // first trust radius or simplex size, in the unit cube
  int scan = 0;  // positions per parameter of the scan after each local run; 0: no scan
};

struct OptimiserResult {
  std::vector<double> x;  // the best point found
  double value = 0;
  int evaluations = 0;
  int restarts = 0;             // runs after the first, each from the best point so far
  std::string stopped_because;  // "converged (step below tolerance)", "maximum evaluations", ...
  bool interrupted = false;     // a stop was requested (the best point so far is returned)
  int scan_evaluations = 0;     // probes of the scans (counted in `evaluations` too)
  std::vector<std::size_t> escapes =
      {};  // per scan that found a better point: the parameter it moved
};

// The unit cube the optimiser searches: a parameter's position in [0, 1] between its bounds,
// on a log scale when both bounds are positive and a decade or more apart.
double to_unit(double lower, double upper, double x);
double from_unit(double lower, double upper, double u);
// dx/du at x: how far one unit of the cube moves the parameter there.
double unit_scale(double lower, double upper, double x);

// Minimises f over [lower, upper] from `start`. With settings.scan = K, each local run that
// ends with evaluations left is followed by a scan: each parameter alone set to K evenly spaced
// positions of the unit cube, (k + 0.5) / K, the others at the best point (n x K evaluations);
// the best probe that beats the best value by more than the tolerance starts a new local run.
// A local method cannot leave a basin whose floor is flat in a parameter (a waiting list of 0
// below a capacity); one parameter moved across its whole range can. f may throw to stop (the
// exception is passed on after the optimiser has stopped); `stop_requested` is asked before
// each evaluation, probes included, and the probes count against max_evaluations. A
// parameter whose bounds are both positive and a decade or more apart moves on a log scale,
// so that a stay of 50 days and one of 5,000 are searched with the same relative care.
OptimiserResult minimise(const std::function<double(const std::vector<double>&)>& f,
                         const std::vector<double>& start, const std::vector<double>& lower,
                         const std::vector<double>& upper, const OptimiserSettings& settings,
                         const std::function<bool()>& stop_requested);

}  // namespace ketensim::calibration
