// Morris elementary-effects screening (Morris, "Factorial sampling plans for preliminary
// computational experiments", Technometrics 33(2), 1991) with mu*, the mean of the absolute
// effects (Campolongo, Cariboni and Saltelli, "An effective screening design for sensitivity
// analysis of large models", Environmental Modelling & Software 22, 2007), and trajectories
// chosen for spread from a larger set of candidates, greedily (Ruano, Ribes, Seco and Ferrer,
// "An improved sampling strategy based on trajectory design for application of the Morris
// method to systems with many input factors", EMS 37, 2012, a fast form of Campolongo's
// selection). SALib's documentation describes the same method.
//
// Inputs live on the unit cube; a caller maps each coordinate through its input's quantile
// function. A trajectory has k + 1 points: from a base point on the grid of p = 4 levels
// {0, 1/3, 2/3, 1}, each input in turn (in a random order) moves by Delta = 2/3, up or down
// as the grid allows. Input i's elementary effect on a trajectory is the change of the
// output over its move, divided by the move (so, per unit of its range).
#pragma once

#include <cstdint>
#include <vector>

namespace ketensim::stats {

struct MorrisTrajectory {
  std::vector<std::vector<double>> points;  // k + 1 points of the unit cube
  std::vector<int> moved;                   // moved[j]: the input that moves from point j to j+1
};

inline constexpr double kMorrisDelta = 2.0 / 3.0;

// `trajectories` chosen for spread among 4 x as many candidates; the same seed gives the
// same design.
std::vector<MorrisTrajectory> morris_design(int inputs, int trajectories, std::uint64_t seed);

struct MorrisIndex {
  double mu = 0;       // mean elementary effect
  double mu_star = 0;  // mean absolute elementary effect: the ranking measure
  double sigma = 0;    // standard deviation of the effects: interactions, non-linearity
  // What mu* would be if the input had no effect and only replication noise moved the
  // output: the mean over its steps of E|N(0, se^2)| = se sqrt(2/pi), se being the standard
  // error of the step's paired difference over the replications (common random numbers).
  double noise_floor = 0;
  // mu* is within two standard errors of what noise alone gives: no effect can be told
  // from the replication noise at this replication count.
  bool below_noise = false;
};

// `outputs[t][j]` is the output at point j of trajectory t; `step_se[t][j]` the standard
// error of the change from point j to j+1 (0 where it is unknown). One index per input.
std::vector<MorrisIndex> morris_indices(const std::vector<MorrisTrajectory>& design,
                                        const std::vector<std::vector<double>>& outputs,
                                        const std::vector<std::vector<double>>& step_se);

}  // namespace ketensim::stats
