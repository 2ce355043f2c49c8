// `ketensim params` and `ketensim schema`: the scenario format as the parameter table
// describes it, as a Markdown reference (docs/scenario-reference.md) and as a JSON Schema
// for editors (docs/ketensim-scenario.schema.json). Both files are these commands' output;
// tools/regenerate-docs writes them again.
#include <iostream>
#include <memory>

#include "output/atomic_file.h"
#include "output/scenario_schema.h"
#include "sim/scenario/param_table.h"
#include "tools/ketensim/commands.h"

namespace ketensim::tools {
namespace {

int print(const std::string& text, const std::string& out) {
  if (out.empty()) {
    std::cout << text;
  } else {
    output::write_atomically(out, [&](std::ostream& file) { file << text; });
  }
  return kExitOk;
}

Action add_printer(CLI::App& app, const char* name, const char* what, std::string (*text)()) {
  auto out = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand(name, what);
  cmd->add_option("--out,-o", *out, "Write to this file instead of standard output")
      ->check(non_empty_path());
  return [out, text] { return print(text(), *out); };
}

}  // namespace

Action add_params(CLI::App& app) {
  return add_printer(app, "params",
                     "Print every scenario key (type, unit, default, range, meaning, source) as "
                     "Markdown",
                     scenario::params_markdown);
}

Action add_schema(CLI::App& app) {
  return add_printer(app, "schema",
                     "Print the JSON Schema of the scenario format, for editors that check YAML",
                     output::scenario_schema_json);
}

}  // namespace ketensim::tools
