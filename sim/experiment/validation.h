// A run laid side by side with published figures: for each figure, the simulated mean and
// its 95% interval, the relative deviation and whether it lies within the tolerance.
#pragma once

#include <string>
#include <vector>

#include "sim/model/chain_tables.h"
#include "sim/scenario/diagnostic.h"
#include "sim/scenario/figures.h"
#include "sim/stats/kpi_catalog.h"
#include "sim/stats/summary.h"

namespace ketensim::experiment {

struct ValidationRow {
  scenario::PublishedFigure figure;
  stats::Summary simulated;
  double deviation = 0;  // (simulated mean - published) / published
  bool within = false;   // |deviation| <= tolerance, or on the bound's side of the value
};

// Figures of one role: how many, and how many within their tolerance or bound.
struct RoleCount {
  int total = 0;
  int within = 0;
};

struct Validation {
  std::vector<ValidationRow> rows;
  int outside = 0;  // figures outside their tolerance
  int must_match_outside = 0;
  RoleCount fitted;  // role: fit
  RoleCount tested;  // role: test
  RoleCount inputs;  // role: input (given to the model: proves nothing)
  bool passed() const { return must_match_outside == 0; }
};

// Whether a simulated mean meets the figure: within its tolerance, or on its bound's side.
bool meets(const scenario::PublishedFigure& f, double mean);

// The horizon a validation needs: to the end of the last calendar year a figure refers to,
// or the scenario's own when a figure needs the whole run (period "all"). The years before
// it do not depend on what comes after, so their figures are the same either way.
double validation_horizon(const scenario::FigureSet& figures, const model::ChainTables& t);

// Figures whose KPI is not in the catalog are errors (a typo must not pass silently):
// throws scenario::ScenarioError naming each at its place in the figures file.
void check_figures(const scenario::FigureSet& figures, const stats::KpiCatalog& catalog);

// check_figures, then each figure against the summaries (aligned with the catalog).
Validation validate(const scenario::FigureSet& figures, const stats::KpiCatalog& catalog,
                    const std::vector<stats::Summary>& summaries);

}  // namespace ketensim::experiment
