// Streaming mean and variance (Welford 1962), mergeable (Chan, Golub, LeVeque 1979) so that
// partial results can be combined in a fixed order without storing observations.
#pragma once

#include <cstdint>

namespace ketensim::stats {

class Accumulator {
 public:
  void add(double x);
  void merge(const Accumulator& other);
  std::int64_t count() const { return n_; }
  double mean() const { return mean_; }
  double variance() const;  // sample variance (n - 1); 0 for n < 2
  double sd() const;

 private:
  std::int64_t n_ = 0;
  double mean_ = 0;
  double m2_ = 0;
};

}  // namespace ketensim::stats
