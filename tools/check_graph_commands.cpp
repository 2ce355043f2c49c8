#include <iostream>
#include <memory>

#include "output/atomic_file.h"
#include "output/dot_writer.h"
#include "sim/model/checked_scenario.h"
#include "tools/commands.h"

namespace ketensim::tools {
namespace {

int check(const std::string& file) {
  scenario::Scenario s = model::load_checked(file);
  std::cout << file << ": ok: scenario '" << s.name << "', " << s.stages.size() << " stages, "
            << s.arrivals.size() << " arrival streams, " << s.resources.size() << " resources\n";
  return kExitOk;
}

int graph(const std::string& file, const std::string& out) {
  scenario::Scenario s = model::load_checked(file);
  std::string dot = output::flow_dot(s);
  if (out.empty()) {
    std::cout << dot;
  } else {
    output::write_atomically(out, [&](std::ostream& o) { o << dot; });
  }
  return kExitOk;
}

}  // namespace

Action add_check(CLI::App& app) {
  auto file = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("check", "Validate a scenario and report every problem");
  cmd->add_option("scenario", *file, "Scenario file (YAML)")->required();
  return [file] { return check(*file); };
}

Action add_graph(CLI::App& app) {
  auto file = std::make_shared<std::string>(), out = std::make_shared<std::string>();
  auto* cmd = app.add_subcommand("graph", "Write the scenario's flow as Graphviz dot");
  cmd->add_option("scenario", *file, "Scenario file (YAML)")->required();
  cmd->add_option("--out,-o", *out, "Write to this file instead of standard output");
  return [file, out] { return graph(*file, *out); };
}

}  // namespace ketensim::tools
