#include "sim/stats/accumulator.h"

#include <cmath>

namespace ketensim::stats {

void Accumulator::add(double x) {
  ++n_;
  double delta = x - mean_;
  mean_ += delta / static_cast<double>(n_);
  m2_ += delta * (x - mean_);
}

void Accumulator::merge(const Accumulator& o) {
  if (o.n_ == 0) return;
  if (n_ == 0) {
    *this = o;
    return;
  }
  double n = static_cast<double>(n_ + o.n_);
  double delta = o.mean_ - mean_;
  mean_ += delta * static_cast<double>(o.n_) / n;
  m2_ += o.m2_ + delta * delta * static_cast<double>(n_) * static_cast<double>(o.n_) / n;
  n_ += o.n_;
}

double Accumulator::variance() const {
  return n_ < 2 ? 0.0 : m2_ / static_cast<double>(n_ - 1);
}

double Accumulator::sd() const {
  return std::sqrt(variance());
}

}  // namespace ketensim::stats
