// A merging t-digest (Dunning and Ertl, "Computing extremely accurate quantiles using
// t-digests", 2019): quantiles of a stream in a fixed amount of memory, most accurate in
// the tails. Values are buffered and merged into weighted centroids whose size the k1
// scale function bounds (about `compression` centroids in all). The result depends only on
// the values and the order they were added in, never on timing: ketensim adds them in
// replication order, so percentiles are identical at any thread count. Its memory is fixed:
// 2 x compression buffered values and at most about `compression` centroids, which for the
// compression PercentileSketch uses is less than the exact values it replaces.
#pragma once

#include <cstdint>
#include <vector>

namespace ketensim::stats {

class TDigest {
 public:
  explicit TDigest(double compression = 200);
  // The digest of `values` (numbers, not NaN) added at once: they are sorted in place and
  // merged in one pass, so it takes no memory beyond theirs and the centroids it keeps.
  TDigest(double compression, std::vector<double> values);

  void add(double x);  // x is a number (not NaN)
  // The q-quantile (0 <= q <= 1), interpolating between centroid centres; NaN when empty.
  double quantile(double q) const;
  std::int64_t count() const { return count_; }
  std::size_t centroids() const;  // after merging what is buffered

 private:
  struct Centroid {
    double mean = 0;
    double weight = 0;
  };
  double gathered(std::vector<Centroid>& all) const;
  // The merging pass over `n` centroids in order of mean, `at(i)` the i-th, of weight `total`.
  template <class At>
  static void merge_pass(std::size_t n, At at, double total, double compression,
                         std::vector<Centroid>& out);
  std::vector<Centroid> flushed() const;
  static double interpolate(const std::vector<Centroid>& c, double index, double min, double max);

  double compression_;
  std::size_t buffer_size() const;  // values buffered before a merge: 2 x compression

  std::vector<Centroid> centroids_;  // sorted by mean
  std::vector<double> buffer_;       // not merged yet, in order of arrival (each of weight 1)
  std::int64_t count_ = 0;
  double min_ = 0, max_ = 0;
};

}  // namespace ketensim::stats
