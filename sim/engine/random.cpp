#include "sim/engine/random.h"

namespace ketensim::engine {

std::uint64_t mix64(std::uint64_t x) {
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ull;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBull;
  return x ^ (x >> 31);
}

std::uint64_t hash_name(std::string_view name) {
  std::uint64_t hash = 0xCBF29CE484222325ull;  // FNV-1a 64 offset basis
  for (const char c : name) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001B3ull;  // FNV 64 prime
  }
  return mix64(hash);
}

std::uint64_t derive_key(std::uint64_t seed, std::uint64_t replication, std::string_view name) {
  return derive_key(derive_key(seed, replication), hash_name(name));
}

// mix64(parent) ^ (odd * child + golden gamma) is a bijection in either argument, and the
// final mix64 keeps it one; the odd multiplier keeps child and parent from cancelling.
std::uint64_t derive_key(std::uint64_t parent_key, std::uint64_t child) {
  return mix64(mix64(parent_key) ^ (child * 0xD1342543DE82EF95ull + 0x9E3779B97F4A7C15ull));
}

}  // namespace ketensim::engine
