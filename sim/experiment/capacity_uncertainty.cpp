#include "sim/experiment/capacity_uncertainty.h"

#include <algorithm>
#include <climits>
#include <cmath>

#include "sim/experiment/design_runs.h"
#include "sim/experiment/two_level.h"

namespace ketensim::experiment {
namespace {

// A draw without an answer sorts after every capacity.
int sortable(int capacity) {
  return capacity < 0 ? INT_MAX : capacity;
}

int answer_of(int sorted_value) {
  return sorted_value == INT_MAX ? -1 : sorted_value;
}

CapacityCoverage cover(const CapacityOverDraws& d, std::size_t step, double coverage) {
  std::vector<int> needed;
  for (std::size_t a = 0; a < d.answers.size(); ++a)
    needed.push_back(sortable(d.capacity(a, step)));
  std::sort(needed.begin(), needed.end());
  auto n = static_cast<int>(needed.size());
  int k = std::clamp(static_cast<int>(std::ceil(coverage * n - 1e-9)), 1, n);
  CapacityCoverage c;
  c.period = d.periods()[step];
  c.coverage = coverage;
  c.capacity = answer_of(needed[k - 1]);
  c.median = answer_of(needed[(n - 1) / 2]);
  c.without_answer = static_cast<int>(std::count(needed.begin(), needed.end(), INT_MAX));
  for (const CapacityAnswer& a : d.answers) {
    if (step < a.steps.size() && a.steps[step].capacity < 0 && a.steps[step].flat_from >= 0)
      ++c.flat;
  }
  if (c.without_answer < n) {
    c.lowest = needed.front();
    c.highest = needed[n - c.without_answer - 1];
  }
  return c;
}

}  // namespace

CapacityOverDraws find_capacity_over_draws(const scenario::Scenario& s, const CapacityQuestion& q,
                                           int draws, const ExperimentOptions& options,
                                           const CandidateReport& report,
                                           const DrawReport& draw_report) {
  UncertainInputs inputs(s);
  check_uncertainty_request(s.name, draws, inputs.size(), s.run.replications);
  CapacityOverDraws out;
  for (std::size_t i = 0; i < inputs.size(); ++i) out.inputs.push_back(inputs.input(i).name);
  for (const auto& u : uncertainty_draws(draws, inputs.size(), s.run.seed)) {
    if (draw_report) draw_report(static_cast<int>(out.answers.size()), draws);
    std::vector<double> values;
    for (std::size_t i = 0; i < inputs.size(); ++i) values.push_back(inputs.value(i, u[i]));
    out.values.push_back(std::move(values));
    out.answers.push_back(find_capacity(inputs.at(s, u), q, options, report));
  }
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    const auto& paths = inputs.input(i).paths;
    if (std::find(paths.begin(), paths.end(), out.answers[0].parameter) != paths.end())
      out.overridden.push_back(inputs.input(i).name);
  }
  return out;
}

std::vector<std::string> CapacityOverDraws::periods() const {
  std::vector<std::string> out;
  for (const auto& a : answers) {
    if (a.steps.size() <= out.size()) continue;
    out.clear();
    for (const auto& step : a.steps) out.push_back(step.period);
  }
  return out;
}

int CapacityOverDraws::capacity(std::size_t draw, std::size_t period) const {
  const auto& steps = answers[draw].steps;
  return period < steps.size() ? steps[period].capacity : -1;
}

std::vector<CapacityCoverage> coverage_of(const CapacityOverDraws& d, double coverage) {
  std::vector<CapacityCoverage> out;
  if (d.answers.empty()) return out;
  for (std::size_t step = 0; step < d.periods().size(); ++step)
    out.push_back(cover(d, step, coverage));
  return out;
}

}  // namespace ketensim::experiment
