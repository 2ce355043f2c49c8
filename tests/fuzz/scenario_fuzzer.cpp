// libFuzzer entry point over the scenario loader, the flow checks and the compilation into
// tables. Built only with -DKETENSIM_FUZZ=ON and clang; run it with tools/fuzz.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/scenario_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  ketensim::fuzz::load_input({reinterpret_cast<const char*>(data), size});
  return 0;
}
