// The scenarios `ketensim serve` offers: those named on its command line (the bases) and,
// for each, the shipped overlays in the `policies/` folder beside it that extend it. The
// page names them by id (the scenario's name) only: the server reads no path a client
// sends, so a client can reach no file but these.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "sim/scenario/scenario.h"

namespace ketensim::tools::serve {

struct ServedScenario {
  std::string id;    // the scenario's name
  std::string file;  // as loaded; never shown to a client
  std::string base;  // for an overlay, the id of the base it extends; empty for a base
  scenario::Scenario scenario;
};

class ServeCatalog {
 public:
  // Loads every file (throws scenario::ScenarioError for a broken one) and finds their
  // overlays; an overlay that does not load is left out. Two scenarios with one name:
  // std::invalid_argument.
  explicit ServeCatalog(const std::vector<std::string>& files);

  // The scenario with this id, or nullptr.
  const ServedScenario* find(const std::string& id) const;
  const std::vector<ServedScenario>& all() const { return scenarios_; }

  // What GET /api/scenarios answers: each base with its levers and its overlays.
  nlohmann::json to_json() const;

 private:
  void add(ServedScenario s);
  void add_overlays(const ServedScenario& base);

  std::vector<ServedScenario> scenarios_;
};

// The levers of a scenario as the page shows them: name, labels, range, step and value.
nlohmann::json levers_json(const scenario::Scenario& s);

}  // namespace ketensim::tools::serve
