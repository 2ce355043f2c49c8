#include <iostream>
#include <memory>
#include <stdexcept>

#include "output/atomic_file.h"
#include "output/dot_writer.h"
#include "output/report/graphviz.h"
#include "sim/model/checked_scenario.h"
#include "tools/ketensim/commands.h"
#include "tools/ketensim/language_option.h"

namespace ketensim::tools {
namespace {

int check(const std::string& file) {
  scenario::Scenario s = model::load_checked(file);
  std::cout << said(file + ": ok: scenario '" + s.name + "', " + std::to_string(s.stages.size()) +
                    " stages, " + std::to_string(s.arrivals.size()) + " arrival streams, " +
                    std::to_string(s.resources.size()) + " resources")
            << '\n';
  return kExitOk;
}

struct GraphOptions {
  std::string scenario, out;
  std::string format = "dot";  // dot | svg | png
};

// The flow in the chosen format: dot as ketensim writes it, SVG and PNG as Graphviz draws it.
std::string graph_text(const scenario::Scenario& s, const std::string& format) {
  std::string dot = output::flow_dot(s, chosen_language());
  if (format == "dot") return dot;
  auto type = format == "svg" ? output::report::GraphFormat::svg : output::report::GraphFormat::png;
  auto drawn = output::report::render_graphviz(dot, type);
  if (!drawn) {
    throw std::runtime_error("--format " + format +
                             " needs Graphviz's dot program (Debian "
                             "package graphviz); --format dot works without it");
  }
  return *drawn;
}

int graph(const GraphOptions& o) {
  scenario::Scenario s = model::load_checked(o.scenario);
  std::string text = graph_text(s, o.format);
  if (o.out.empty()) {
    std::cout << text;
  } else {
    output::write_atomically(o.out, [&](std::ostream& out) { out << text; });
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
  auto o = std::make_shared<GraphOptions>();
  auto* cmd = app.add_subcommand("graph", "Write the scenario's flow as Graphviz dot, SVG or PNG");
  cmd->add_option("scenario", o->scenario, "Scenario file (YAML)")->required();
  cmd->add_option("--out,-o", o->out, "Write to this file instead of standard output")
      ->check(non_empty_path());
  cmd->add_option("--format,-f", o->format,
                  "dot (default), or svg / png drawn by Graphviz when installed")
      ->check(CLI::IsMember({"dot", "svg", "png"}));
  return [o] { return graph(*o); };
}

}  // namespace ketensim::tools
