#include "output/report/scenario_tree_json.h"

#include "sim/scenario/extend.h"

namespace ketensim::output::report {
namespace {

nlohmann::ordered_json to_json(const scenario::Node& n) {
  using Kind = scenario::Node::Kind;
  switch (n.kind) {
    case Kind::null:
      return nullptr;
    case Kind::scalar:
      return n.scalar;
    case Kind::sequence: {
      auto out = nlohmann::ordered_json::array();
      for (const auto& item : n.items) out.push_back(to_json(item));
      return out;
    }
    case Kind::map: {
      auto out = nlohmann::ordered_json::object();  // keys in the file's order
      for (const auto& e : n.entries) out[e.key.scalar] = to_json(e.value);
      return out;
    }
  }
  return nullptr;
}

}  // namespace

nlohmann::ordered_json scenario_tree_json(const scenario::Scenario& s) {
  if (s.files.empty()) return nullptr;
  scenario::Diagnostics problems;
  scenario::ScenarioTree tree = scenario::load_tree(s.files.front(), problems);
  if (!problems.empty() || tree.root.is_null()) return nullptr;
  return to_json(tree.root);
}

}  // namespace ketensim::output::report
