// `ketensim new NAME [--from SCENARIO]`: a scenario file to edit, NAME.yaml, written as a
// copy of the starter (scenarios/starter.yaml, built into the program so it works anywhere)
// or of another scenario, under the new name, with every comment and source kept. It never
// replaces a file, and writes nothing when the copy would not load.
#include <iostream>
#include <memory>

#include "output/atomic_file.h"
#include "sim/experiment/request_error.h"
#include "sim/model/checked_scenario.h"
#include "sim/scenario/loader.h"
#include "sim/scenario/value_reader.h"
#include "sim/scenario/yaml_tree.h"
#include "tools/ketensim/commands.h"
#include "tools/ketensim/language_option.h"
#include "tools/ketensim/scenario_copy.h"
#include "tools/ketensim/shipped_files.h"

namespace ketensim::tools {
namespace fs = std::filesystem;

extern const std::string_view kStarterScenario;  // scenarios/starter.yaml (starter_scenario.cpp)

namespace {

struct NewOptions {
  std::string name;
  std::string from;
};

// NAME.yaml: "mijn-regio" and "mijn-regio.yaml" in the working folder, "regio/mijn-regio"
// in regio/; the scenario is named after the file.
struct Target {
  fs::path file;
  std::string scenario;
};

Target target_of(const std::string& name) {
  fs::path file = name;
  if (file.extension() != ".yaml" && file.extension() != ".yml") file += ".yaml";
  Target t{file, file.stem().string()};
  if (!scenario::is_identifier(t.scenario, true)) {
    throw experiment::RequestError(
        "'" + t.scenario +
        "' cannot name a scenario: use lower case letters, digits, _ and -, starting with a "
        "letter (such as mijn-regio)");
  }
  return t;
}

struct Source {
  std::string text;
  fs::path dir;           // where its relative paths start
  std::string described;  // for the message: "the starter", "scenarios/x.yaml"
};

Source source_of(const std::string& from) {
  if (from.empty()) {
    std::optional<fs::path> root = shipped_root();
    return {std::string(kStarterScenario), root ? *root / "scenarios" : fs::current_path(),
            "the starter scenario"};
  }
  fs::path file = resolve_scenario(from);
  scenario::SourceText source = scenario::read_source(file.string());
  if (!source.text)
    throw output::OutputError("cannot read " + file.string() + ": " + source.problem);
  return {*source.text, file.parent_path(), file.string()};
}

int new_scenario(const NewOptions& o) {
  Target target = target_of(o.name);
  std::error_code ec;
  if (fs::exists(target.file, ec)) {
    throw output::OutputError(target.file.string() +
                              " already exists: ketensim new never replaces a file; choose "
                              "another name or move that file away first");
  }
  fs::path dir = target.file.parent_path().empty() ? fs::path(".") : target.file.parent_path();
  if (!fs::is_directory(dir, ec)) {
    throw output::OutputError("cannot write " + target.file.string() + ": there is no folder " +
                              dir.string());
  }
  Source source = source_of(o.from);
  ScenarioCopy copy =
      copy_scenario(source.text, target.scenario, {source.dir, dir, shipped_schema()});
  try {
    model::check(scenario::load_scenario_text(copy.text, target.file.string()));
  } catch (const scenario::ScenarioError&) {
    std::cerr << said("ketensim new: the copy of " + source.described +
                      " does not load, so nothing was written:")
              << '\n';
    throw;
  }
  output::write_new_atomically(target.file, [&](std::ostream& out) { out << copy.text; });
  std::cout << said("Wrote " + target.file.string() + ", a copy of " + source.described +
                    " named '" + target.scenario + "', with every comment and source kept.")
            << '\n';
  if (!copy.extend.empty()) {
    std::cout << said("It extends " + copy.extend + ", the same base seen from its folder.")
              << '\n';
  }
  std::cout
      << said("Edit it (change the figures to your region's and say where each comes from), then:")
      << "\n  ketensim check " << target.file.string() << "\n  ketensim run "
      << target.file.string() << '\n';
  return kExitOk;
}

}  // namespace

Action add_new(CLI::App& app) {
  auto o = std::make_shared<NewOptions>();
  auto* cmd = app.add_subcommand("new", "Write a commented scenario file to edit: NAME.yaml");
  cmd->add_option("name", o->name,
                  "Name of the new scenario (lower case letters, digits, _ and -), or a path "
                  "ending in .yaml")
      ->required();
  cmd->add_option("--from", o->from,
                  "Copy this scenario instead of the starter: a file, or the name of a shipped "
                  "one such as haaglanden-jbt-slice");
  return [o] { return new_scenario(*o); };
}

}  // namespace ketensim::tools
