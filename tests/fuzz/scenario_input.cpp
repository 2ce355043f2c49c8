#include "tests/fuzz/scenario_input.h"

#include <stdexcept>
#include <string>

#include "sim/model/chain_tables.h"
#include "sim/model/checked_scenario.h"
#include "sim/scenario/loader.h"

namespace ketensim::fuzz {

namespace {

const std::string& input_name() {
  static const std::string name =
      std::string(KETENSIM_SOURCE_DIR) + "/tests/scenario/data/fuzz-input.yaml";
  return name;
}

// A diagnostic a person can act on names a file and says what is wrong.
void require_clean(const scenario::ScenarioError& e) {
  if (e.diagnostics().empty()) throw std::logic_error("a ScenarioError without diagnostics");
  for (const scenario::Diagnostic& d : e.diagnostics()) {
    if (d.location.file.empty() || d.message.empty()) {
      throw std::logic_error("a diagnostic without a file or a message: " + render(d));
    }
  }
  if (scenario::render(e.diagnostics()).empty()) throw std::logic_error("nothing rendered");
}

}  // namespace

Outcome load_input(std::string_view bytes) {
  try {
    scenario::Scenario s =
        model::check(scenario::load_scenario_text(std::string(bytes), input_name()));
    model::compile(s);
  } catch (const scenario::ScenarioError& e) {
    require_clean(e);
    return Outcome::refused;
  }
  return Outcome::loaded;
}

}  // namespace ketensim::fuzz
