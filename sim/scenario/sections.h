// Readers of the sections of a scenario file, each given the file's top-level section.
// They check what can be checked within a section; names that refer to other sections
// (stages, resources, attributes) are checked afterwards, in references.cpp.
#pragma once

#include <optional>
#include <vector>

#include "sim/scenario/scenario.h"
#include "sim/scenario/section.h"

namespace ketensim::scenario {

RunSettings read_run(const Section& top);
std::vector<AttributeDecl> read_attributes(const Section& top);
std::vector<NameAt> read_exits(const Section& top);
std::vector<Resource> read_resources(const Section& top);
std::vector<ArrivalStream> read_arrivals(const Section& top);
std::vector<Stage> read_stages(const Section& top);
std::vector<NameAt> read_measures(const Section& top);
std::vector<NameAt> read_report_by(const Section& top);
std::string read_figures_path(const Section& top);
std::vector<double> read_wait_thresholds(const Section& top);
std::vector<InitialStock> read_initial(const Section& top);
std::vector<Norm> read_norms(const Section& top);
std::vector<Policy> read_policies(const Section& top);
std::vector<Review> read_reviews(const Section& top);
Costs read_costs(const Section& top);
// Each tariff names a measure, stage or resource of the scenario; per_fte_year only for a
// caseload resource, per_day for the rest.
void check_costs(const Scenario& s, Diagnostics& out);
std::optional<CalibrationRecord> read_calibrated(const Section& top);
std::vector<Assumption> read_assumptions(const Section& top);
std::vector<UncertainInput> read_uncertain(const Section& top);
std::vector<Lever> read_levers(const Section& top);

// `region: haaglanden` or `region: {haaglanden: 0.6, hr: 0.4}`, in arrivals and initial.
AttributeDraw read_draw(const Field& f, Diagnostics& out);

// A stage's `next`, with the routing rules of docs/scenario-format.md ("Routing").
std::vector<Branch> read_next(const Field& next, Diagnostics& out);

}  // namespace ketensim::scenario
