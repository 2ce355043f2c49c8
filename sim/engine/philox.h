// Philox4x32-10, the counter-based block function behind RandomStream.
//
// Salmon, Moraes, Dror, Shaw, "Parallel random numbers: as easy as 1, 2, 3", SC11, 2011.
// Ten rounds of a multiply-and-xor Feistel-like bijection of a 128-bit counter under a 64-bit
// key; it passes BigCrush, and the n-th output is computed directly from n. It lives in a
// header so that the hot path of RandomStream inlines: that alone is worth ~15% of the
// engine's throughput on the hold benchmark.
#pragma once

#include <array>
#include <cstdint>

namespace ketensim::engine {
namespace philox_detail {

// Round multipliers and Weyl key increments from the paper.
inline constexpr std::uint32_t kMultiplier0 = 0xD2511F53u;
inline constexpr std::uint32_t kMultiplier1 = 0xCD9E8D57u;
inline constexpr std::uint32_t kWeyl0 = 0x9E3779B9u;
inline constexpr std::uint32_t kWeyl1 = 0xBB67AE85u;
inline constexpr int kRounds = 10;

inline std::array<std::uint32_t, 4> round(const std::array<std::uint32_t, 4>& c,
                                          const std::array<std::uint32_t, 2>& key) {
  const std::uint64_t product0 = std::uint64_t{kMultiplier0} * c[0];
  const std::uint64_t product1 = std::uint64_t{kMultiplier1} * c[2];
  return {static_cast<std::uint32_t>(product1 >> 32) ^ c[1] ^ key[0],
          static_cast<std::uint32_t>(product1),
          static_cast<std::uint32_t>(product0 >> 32) ^ c[3] ^ key[1],
          static_cast<std::uint32_t>(product0)};
}

}  // namespace philox_detail

// Matches the Random123 known-answer vectors (tests/engine/random_test.cpp).
inline std::array<std::uint32_t, 4> philox4x32(std::array<std::uint32_t, 4> counter,
                                               std::array<std::uint32_t, 2> key) {
  using namespace philox_detail;
  for (int r = 0; r < kRounds; ++r) {
    if (r > 0) key = {key[0] + kWeyl0, key[1] + kWeyl1};
    counter = philox_detail::round(counter, key);
  }
  return counter;
}

}  // namespace ketensim::engine
