// Helpers shared by the scenario tests: fixture paths and the rendered errors of a load.
#pragma once

#include <string>

#include "sim/scenario/diagnostic.h"
#include "sim/scenario/loader.h"

namespace ketensim::scenario::testing {

inline std::string data_dir() {
  return std::string(KETENSIM_SOURCE_DIR) + "/tests/scenario/data";
}

// A fixture under tests/scenario/data.
inline std::string data_file(const std::string& name) {
  return data_dir() + "/" + name;
}

// `text` with every "DATA/" standing for the fixture directory, so expected messages can be
// written as they appear whatever the checkout's path.
inline std::string with_data_dir(std::string text) {
  const std::string marker = "DATA/";
  for (std::size_t at = text.find(marker); at != std::string::npos; at = text.find(marker, at)) {
    text.replace(at, marker.size(), data_dir() + "/");
    at += data_dir().size() + 1;
  }
  return text;
}

// Everything wrong with a fixture, rendered as the user sees it; "loaded" when nothing is.
inline std::string load_errors(const std::string& name) {
  try {
    load_scenario(data_file(name));
  } catch (const ScenarioError& e) {
    return render(e.diagnostics());
  }
  return "loaded";
}

}  // namespace ketensim::scenario::testing
