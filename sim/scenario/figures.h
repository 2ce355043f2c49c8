// Published figures a scenario is validated against, kept in their own YAML file (see
// docs/scenario-format.md, "Published figures for validation") so that calibration and
// validation stay apart. Loaded here because YAML enters the project only in this folder.
#pragma once

#include <string>
#include <vector>

#include "sim/scenario/scenario.h"

namespace ketensim::scenario {

struct PublishedFigure {
  std::string kpi;        // e.g. "measure_stock_end"
  std::string subject;    // e.g. "ots_lt1/region=haaglanden"
  std::string period;     // e.g. "2020"
  double value = 0;
  std::string kind;       // "stock" or "flow" (or any name under `tolerance`)
  double tolerance = 0;   // relative: |simulated mean - value| <= tolerance x value
  bool must_match = false;
  std::string source;
  Location location;
};

struct FigureSet {
  std::string name;
  std::string description;
  std::vector<PublishedFigure> items;
  std::string file;
};

// Throws ScenarioError with every problem found (file:line:column, key path ...).
FigureSet load_figures(const std::string& path);

}  // namespace ketensim::scenario
