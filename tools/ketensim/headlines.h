// What the commands print for a person: the headline KPIs over the whole run, and how
// precise they are. The files carry every KPI; this is the short version for the terminal.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/stats/catalog_accumulator.h"
#include "sim/stats/kpi_catalog.h"

namespace ketensim::tools {

// The headline KPIs of a run: what came in, what went out, stocks, lead time, waits, long
// waits, utilisation and norms.
const std::vector<std::string>& run_headlines();
// The same without the arrivals, which a policy does not change (common random numbers
// make them identical in every scenario).
const std::vector<std::string>& comparison_headlines();

// How a headline row names its KPI: "wait_mean jbw" in English, the KPI's short Dutch name
// ("wachttijd jbw") in Dutch.
std::string headline_name(const stats::KpiKey& key);

// Catalog indices of these KPIs for period "all", in the order given.
std::vector<std::size_t> headline_indices(const stats::KpiCatalog& c,
                                          const std::vector<std::string>& kpis);

// `indices` (of catalog `c`) without the exits no family took in any replication of any of
// `runs`, each found in a run by its key (an exit that nothing routes to, such as the built-in
// `exit`): a row of zeros in a headline table says nothing.
std::vector<std::size_t> without_unused_exits(
    const std::vector<std::size_t>& indices, const stats::KpiCatalog& c,
    const std::vector<const experiment::ExperimentResult*>& runs);

// What a comparison's stopping rule judges (sim/experiment/difference_precision.h): the
// comparison headlines over the whole run and in the last year, the year its summary leads
// with.
std::vector<std::size_t> precision_indices(const stats::KpiCatalog& c);

// The precision of the headline KPIs against the goal: those not within it, each with the
// replications the projection says it needs, then one line for the rest.
void print_precision(std::ostream& out, const stats::KpiCatalog& c,
                     const stats::CatalogAccumulator& kpis,
                     const std::vector<std::size_t>& indices);

}  // namespace ketensim::tools
