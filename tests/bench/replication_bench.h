// Whole replications of a shipped scenario, benchmarked in-process (bench_main.cpp names
// the scenario files).
#pragma once

#include <string>

namespace ketensim::bench {

// Registers the benchmark "replications/<scenario name>" for the scenario at `path`
// (loaded and checked here; throws scenario::ScenarioError when it does not load).
void register_replications(const std::string& path);

}  // namespace ketensim::bench
