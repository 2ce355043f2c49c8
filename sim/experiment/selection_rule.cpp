#include "sim/experiment/selection_rule.h"

#include <cmath>
#include <limits>

#include "sim/experiment/request_error.h"

namespace ketensim::experiment {
namespace {

struct Feed {
  KnSelection& kn;
  std::vector<std::size_t> kpi;
  std::vector<std::string> names;
  std::string label;

  void operator()(const ReplicationResults& r) const {
    std::vector<double> values;
    for (std::size_t s = 0; s < r.size(); ++s) {
      bool in = kn.in_contention(static_cast<int>(s));  // else not run: no values
      values.push_back(in ? r[s].values[kpi[s]] : std::numeric_limits<double>::quiet_NaN());
      if (in && std::isnan(values.back())) undefined(s);
    }
    kn.add(values);
  }

  [[noreturn]] void undefined(std::size_t s) const {
    throw RequestError("--select '" + label + "': not defined in replication " +
                       std::to_string(kn.replications() + 1) + " of " + names[s] +
                       " (a mean over nobody); choose a KPI every replication measures");
  }
};

}  // namespace

SequentialStop selection_rule(KnSelection& kn, std::vector<std::size_t> kpi,
                              std::vector<std::string> names, std::string label) {
  SequentialStop rule{.first_look = kn.goal().first_stage, .batch = 1};
  rule.enough = [&kn](const ScenarioSetResult&) { return kn.finished(); };
  rule.each = Feed{kn, std::move(kpi), std::move(names), std::move(label)};
  rule.needed = [&kn](std::size_t s) {
    int i = static_cast<int>(s);
    return kn.in_contention(i) ? std::numeric_limits<int>::max() : kn.eliminated_at(i);
  };
  return rule;
}

}  // namespace ketensim::experiment
