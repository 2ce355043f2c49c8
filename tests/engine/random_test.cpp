#include "sim/engine/random.h"

#include <doctest/doctest.h>

#include <cmath>
#include <set>
#include <vector>

namespace ketensim::engine {
namespace {

// Known-answer vectors of Philox4x32-10 from the kat_vectors file of the Random123
// distribution (D. E. Shaw Research), as quoted in DEShawResearch/Random123-Boost,
// libs/random/test/test_philox.cpp: counter[4], key[2] -> output[4].
TEST_CASE("philox4x32 matches the Random123 known-answer vectors") {
  CHECK(philox4x32({0, 0, 0, 0}, {0, 0}) ==
        std::array<std::uint32_t, 4>{0x6627e8d5, 0xe169c58d, 0xbc57ac4c, 0x9b00dbd8});
  CHECK(philox4x32({0xffffffff, 0xffffffff, 0xffffffff, 0xffffffff}, {0xffffffff, 0xffffffff}) ==
        std::array<std::uint32_t, 4>{0x408f276d, 0x41c83b0e, 0xa20bc7c6, 0x6d5451fd});
  CHECK(philox4x32({0x243f6a88, 0x85a308d3, 0x13198a2e, 0x03707344}, {0xa4093822, 0x299f31d0}) ==
        std::array<std::uint32_t, 4>{0xd16cfe09, 0x94fdcceb, 0x5001e420, 0x24126ea1});
}

TEST_CASE("RandomStream draws are pinned for a fixed key and substream") {
  RandomStream stream(12345, 7);
  CHECK(stream.next_u64() == 0x8f703033e6f940bbull);
  CHECK(stream.next_u64() == 0x5e9ad4d4680c7f25ull);
  CHECK(stream.next_u64() == 0xae052b7ea1b975c9ull);
  CHECK(stream.next_u64() == 0x35f25bb1ef9fd9d3ull);
  CHECK(stream.next_u64() == 0x4f1e38df1889b16bull);
  CHECK(stream.draws() == 5);
}

TEST_CASE("RandomStream block words follow philox4x32 of (block, substream) under the key") {
  const std::uint64_t key = 0x0123456789abcdefull;
  RandomStream stream(key, 0x1122334455667788ull);
  stream.next_u64();
  stream.next_u64();
  const auto words = philox4x32({1, 0, 0x55667788, 0x11223344}, {0x89abcdef, 0x01234567});
  CHECK(stream.next_u64() == (std::uint64_t{words[1]} << 32 | words[0]));
  CHECK(stream.next_u64() == (std::uint64_t{words[3]} << 32 | words[2]));
}

std::vector<std::uint64_t> first_draws(RandomStream stream, int n) {
  std::vector<std::uint64_t> draws;
  for (int i = 0; i < n; ++i) draws.push_back(stream.next_u64());
  return draws;
}

TEST_CASE("streams differ by seed, replication, name and substream") {
  const auto base = first_draws(RandomStream(derive_key(1, 0, "arrivals")), 4);
  CHECK(first_draws(RandomStream(derive_key(2, 0, "arrivals")), 4) != base);
  CHECK(first_draws(RandomStream(derive_key(1, 1, "arrivals")), 4) != base);
  CHECK(first_draws(RandomStream(derive_key(1, 0, "arrival")), 4) != base);
  CHECK(first_draws(RandomStream(derive_key(1, 0, "arrivals"), 1), 4) != base);
  CHECK(first_draws(RandomStream(derive_key(1, 0, "arrivals")), 4) == base);
}

TEST_CASE("derive_key gives distinct keys for neighbouring inputs") {
  std::set<std::uint64_t> keys;
  for (std::uint64_t seed = 0; seed < 20; ++seed)
    for (std::uint64_t replication = 0; replication < 20; ++replication)
      for (const char* name : {"arrivals", "routing", "durations", ""})
        keys.insert(derive_key(seed, replication, name));
  CHECK(keys.size() == 20 * 20 * 4);
  std::set<std::uint64_t> children;
  for (std::uint64_t parent = 0; parent < 50; ++parent)
    for (std::uint64_t child = 0; child < 50; ++child) children.insert(derive_key(parent, child));
  CHECK(children.size() == 50 * 50);
}

TEST_CASE("hash_name is FNV-1a 64 finished by mix64") {
  CHECK(hash_name("") == mix64(0xcbf29ce484222325ull));
  CHECK(hash_name("a") == mix64(0xaf63dc4c8601ec8cull));  // FNV-1a 64 of "a"
  CHECK(mix64(0) == 0);
}

TEST_CASE("a stream does not depend on draws from other streams") {
  RandomStream a(derive_key(7, 3, "a"));
  RandomStream b(derive_key(7, 3, "b"));
  const auto b_alone = first_draws(b, 6);
  for (int i = 0; i < 1001; ++i) a.next_u64();
  CHECK(first_draws(b, 6) == b_alone);
}

TEST_CASE("uniform01 lies in (0,1) with the mean and variance of U(0,1)") {
  RandomStream stream(derive_key(42, 0, "uniform"));
  const int n = 1'000'000;
  double sum = 0, sum_sq = 0, low = 1, high = 0;
  for (int i = 0; i < n; ++i) {
    const double u = stream.uniform01();
    sum += u;
    sum_sq += u * u;
    low = std::min(low, u);
    high = std::max(high, u);
  }
  const double mean = sum / n;
  const double variance = sum_sq / n - mean * mean;
  CHECK(low > 0);
  CHECK(high < 1);
  CHECK(std::fabs(mean - 0.5) < 4 * std::sqrt(1.0 / 12 / n));
  // The sample variance has variance (mu4 - sigma^4) / n = (1/80 - 1/144) / n = 1 / (180 n).
  CHECK(std::fabs(variance - 1.0 / 12) < 4 * std::sqrt(1.0 / 180 / n));
}

TEST_CASE("uniform scales uniform01 to (lo, hi) from the same draw") {
  RandomStream a(5), b(5);
  const double u = a.uniform01();
  CHECK(b.uniform(2, 4) == 2 + 2 * u);
  CHECK(a.draws() == 1);
}

}  // namespace
}  // namespace ketensim::engine
