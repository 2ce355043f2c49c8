// ketensim_bench [Google Benchmark flags] [SCENARIO.yaml ...]
//
// Runs the engine's hold benchmark and, for each scenario file named, whole replications of
// it in one thread. tools/bench runs it and turns its JSON into the performance table.
#include <benchmark/benchmark.h>

#include <exception>
#include <iostream>

#include "tests/bench/replication_bench.h"

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);  // takes its own --benchmark_* flags out of argv
  try {
    for (int i = 1; i < argc; ++i) ketensim::bench::register_replications(argv[i]);
  } catch (const std::exception& e) {
    std::cerr << "ketensim_bench: " << e.what() << '\n';
    return 1;
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
