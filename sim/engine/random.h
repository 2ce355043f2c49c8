// Named, counter-based random number streams.
//
// Every random number in a run comes from a stream whose key is derived from (seed,
// replication, purpose name), never from a global generator. Because the generator is
// counter-based, the n-th number of a stream is a pure function of (key, substream, n): it
// does not depend on how many numbers other streams drew or in which order. That gives
// common random numbers across scenarios (a family draws the same numbers whatever a policy
// changes elsewhere) and bit-identical results at any thread count. The block function,
// philox4x32, is in philox.h.
#pragma once

#include <array>
#include <cstdint>
#include <string_view>

#include "sim/engine/philox.h"

namespace ketensim::engine {

// The SplitMix64 output finalizer (Steele, Lea, Flood, "Fast splittable pseudorandom number
// generators", OOPSLA 2014). A bijection on 64 bits that scatters nearby inputs.
std::uint64_t mix64(std::uint64_t x);

// FNV-1a 64 of the name's bytes, finished with mix64. Stable across platforms and builds.
std::uint64_t hash_name(std::string_view name);

// Key of the stream named `name` in replication `replication` of a run seeded `seed`.
// Changing any one of the three changes the key (barring a 64-bit hash collision of names).
std::uint64_t derive_key(std::uint64_t seed, std::uint64_t replication, std::string_view name);

// Sub-key `child` of `parent_key` (e.g. one per family). For a fixed parent, distinct children
// give distinct keys, and for a fixed child, distinct parents do: both steps are bijections.
std::uint64_t derive_key(std::uint64_t parent_key, std::uint64_t child);

// One stream of uniform random numbers: philox4x32 with the 64-bit key split into its two
// words and the counter (block index: 64 bits, substream: 64 bits). Each block yields two
// 64-bit numbers. Construction does no work, so a model may make a stream per (family,
// stage, visit) and throw it away.
class RandomStream {
 public:
  RandomStream(std::uint64_t key, std::uint64_t substream = 0) : key_(key), substream_(substream) {}

  std::uint64_t next_u64() {
    if ((draws_ & 1) == 0) fill_block(draws_ >> 1);
    return block_[draws_++ & 1];
  }

  // In the open interval (0,1), on a grid of 2^-53, so log(u) and log(1-u) are finite.
  double uniform01() { return (static_cast<double>(next_u64() >> 11) + 0.5) * 0x1.0p-53; }
  double uniform(double lo, double hi) { return lo + (hi - lo) * uniform01(); }

  std::uint64_t draws() const { return draws_; }  // 64-bit numbers drawn so far

 private:
  static std::uint32_t low(std::uint64_t x) { return static_cast<std::uint32_t>(x); }
  static std::uint32_t high(std::uint64_t x) { return static_cast<std::uint32_t>(x >> 32); }
  static std::uint64_t join(std::uint32_t lo, std::uint32_t hi) {
    return static_cast<std::uint64_t>(hi) << 32 | lo;
  }

  void fill_block(std::uint64_t block) {
    const auto w = philox4x32({low(block), high(block), low(substream_), high(substream_)},
                              {low(key_), high(key_)});
    block_ = {join(w[0], w[1]), join(w[2], w[3])};
  }

  std::uint64_t key_;
  std::uint64_t substream_;
  std::uint64_t draws_ = 0;
  std::array<std::uint64_t, 2> block_{};
};

}  // namespace ketensim::engine
