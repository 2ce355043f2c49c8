// What a run was, written next to its results so a file read later explains itself. Only
// what the seed determines is here, so the files are identical at any thread count.
#pragma once

#include <cstdint>
#include <string>

namespace ketensim::output {

struct RunInfo {
  std::string scenario;
  std::string description;
  std::string scenario_file;
  std::string start_date;
  double years = 0;
  int replications = 0;
  std::uint64_t seed = 0;
  std::uint64_t events = 0;   // deterministic; timings and thread counts are not written
  std::string version;
};

}  // namespace ketensim::output
