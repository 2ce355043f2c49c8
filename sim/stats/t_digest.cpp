#include "sim/stats/t_digest.h"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace ketensim::stats {
namespace {

// The k1 scale function and its inverse: a centroid may span one unit of k.
double k_of(double q, double compression) {
  return compression / (2 * std::numbers::pi) * std::asin(2 * q - 1);
}
double q_of(double k, double compression) {
  double angle = std::min(2 * std::numbers::pi * k / compression, std::numbers::pi / 2);
  return (std::sin(angle) + 1) / 2;
}

}  // namespace

TDigest::TDigest(double compression) : compression_(compression) {}

TDigest::TDigest(double compression, std::vector<double> values) : compression_(compression) {
  if (values.empty()) return;
  std::sort(values.begin(), values.end());
  count_ = static_cast<std::int64_t>(values.size());
  min_ = values.front();
  max_ = values.back();
  centroids_.reserve(static_cast<std::size_t>(compression));
  merge_pass(
      values.size(),
      [&](std::size_t i) {
        return Centroid{values[i], 1};
      },
      static_cast<double>(values.size()), compression, centroids_);
}

void TDigest::add(double x) {
  min_ = count_ == 0 ? x : std::min(min_, x);
  max_ = count_ == 0 ? x : std::max(max_, x);
  ++count_;
  if (buffer_.capacity() == 0) buffer_.reserve(buffer_size());
  buffer_.push_back(x);
  if (buffer_.size() < buffer_size()) return;
  // The merge's working copy is one per thread, reused by every digest it folds, and the
  // centroids keep their capacity: after the first merges the digest allocates nothing.
  thread_local std::vector<Centroid> all;
  double total = gathered(all);
  merge_pass(
      all.size(), [&](std::size_t i) { return all[i]; }, total, compression_, centroids_);
  buffer_.clear();  // keeps its capacity, the buffer's fixed size
}

std::size_t TDigest::buffer_size() const {
  return static_cast<std::size_t>(2 * compression_);
}

// The centroids and the buffered values (each of weight 1) in `all`, sorted by mean (those of
// equal mean in that order); returns their total weight.
double TDigest::gathered(std::vector<Centroid>& all) const {
  all.assign(centroids_.begin(), centroids_.end());
  for (double x : buffer_) all.push_back({x, 1});
  std::stable_sort(all.begin(), all.end(),
                   [](const Centroid& a, const Centroid& b) { return a.mean < b.mean; });
  double total = 0;
  for (const auto& c : all) total += c.weight;
  return total;
}

std::vector<TDigest::Centroid> TDigest::flushed() const {
  if (buffer_.empty()) return centroids_;
  std::vector<Centroid> all, out;
  double total = gathered(all);
  merge_pass(
      all.size(), [&](std::size_t i) { return all[i]; }, total, compression_, out);
  return out;
}

// One pass over `n` centroids in order of mean, merging neighbours while the k1 bound allows,
// into `out` (emptied first; its capacity is kept).
template <class At>
void TDigest::merge_pass(std::size_t n, At at, double total, double compression,
                         std::vector<Centroid>& out) {
  out.clear();
  Centroid current = at(0);
  double before = 0;  // weight of the centroids already written
  double limit = total * q_of(k_of(0, compression) + 1, compression);
  for (std::size_t i = 1; i < n; ++i) {
    const Centroid next = at(i);
    if (before + current.weight + next.weight <= limit) {
      current.weight += next.weight;
      current.mean += (next.mean - current.mean) * next.weight / current.weight;
      continue;
    }
    before += current.weight;
    out.push_back(current);
    limit = total * q_of(k_of(before / total, compression) + 1, compression);
    current = next;
  }
  out.push_back(current);
}

std::size_t TDigest::centroids() const {
  return flushed().size();
}

double TDigest::quantile(double q) const {
  if (count_ == 0) return std::nan("");
  std::vector<Centroid> c = flushed();
  return interpolate(c, q * static_cast<double>(count_), min_, max_);
}

// Each centroid's mean sits at the centre of its weight; between centres, and from the
// extremes to the first and last centre, the quantile is linear.
double TDigest::interpolate(const std::vector<Centroid>& c, double index, double min, double max) {
  if (c.size() == 1) return c.front().mean;
  double first_centre = c.front().weight / 2;
  if (index <= first_centre) return min + (c.front().mean - min) * index / first_centre;
  double centre = first_centre;
  for (std::size_t i = 0; i + 1 < c.size(); ++i) {
    double next_centre = centre + (c[i].weight + c[i + 1].weight) / 2;
    if (index <= next_centre) {
      return c[i].mean + (c[i + 1].mean - c[i].mean) * (index - centre) / (next_centre - centre);
    }
    centre = next_centre;
  }
  double last_half = c.back().weight / 2;
  return c.back().mean + (max - c.back().mean) * std::min(1.0, (index - centre) / last_half);
}

}  // namespace ketensim::stats
