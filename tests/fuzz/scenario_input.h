// One input of the scenario fuzzer, taken as the command line takes a scenario: loaded,
// flow-checked and compiled into tables. Shared by the libFuzzer target and the ordinary
// test binary, so that every input the fuzzer ever crashed on is replayed by the suite.
#pragma once

#include <string_view>

namespace ketensim::fuzz {

enum class Outcome { loaded, refused };

// Loads `bytes` as the scenario file tests/scenario/data/fuzz-input.yaml (so that `extend`
// finds the fixtures there). A refusal is a ScenarioError whose every diagnostic says
// where and what; it is rendered as the command line would. Anything else, including a
// ScenarioError without a proper diagnostic, escapes: for the fuzzer that is a crash.
Outcome load_input(std::string_view bytes);

}  // namespace ketensim::fuzz
