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

void TDigest::add(double x) {
  min_ = count_ == 0 ? x : std::min(min_, x);
  max_ = count_ == 0 ? x : std::max(max_, x);
  ++count_;
  if (buffer_.capacity() == 0) buffer_.reserve(buffer_size());
  buffer_.push_back(x);
  if (buffer_.size() < buffer_size()) return;
  centroids_ = flushed();
  centroids_.shrink_to_fit();
  buffer_.clear();  // keeps its capacity, the buffer's fixed size
}

std::size_t TDigest::buffer_size() const {
  return static_cast<std::size_t>(2 * compression_);
}

std::vector<TDigest::Centroid> TDigest::flushed() const {
  if (buffer_.empty()) return centroids_;
  std::vector<Centroid> all = centroids_;
  all.reserve(all.size() + buffer_.size());
  for (double x : buffer_) all.push_back({x, 1});
  return merged(std::move(all), compression_);
}

// One pass over all centroids in order of mean, merging neighbours while the k1 bound allows.
std::vector<TDigest::Centroid> TDigest::merged(std::vector<Centroid> all, double compression) {
  std::stable_sort(all.begin(), all.end(),
                   [](const Centroid& a, const Centroid& b) { return a.mean < b.mean; });
  double total = 0;
  for (const auto& c : all) total += c.weight;
  std::vector<Centroid> out;
  Centroid current = all.front();
  double before = 0;  // weight of the centroids already written
  double limit = total * q_of(k_of(0, compression) + 1, compression);
  for (std::size_t i = 1; i < all.size(); ++i) {
    const Centroid& next = all[i];
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
  return out;
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
