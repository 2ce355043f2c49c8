#include "tests/support.h"

#include <cmath>
#include <cstring>
#include <stdexcept>

#include "sim/model/checked_scenario.h"
#include "sim/scenario/loader.h"

namespace ketensim::testing {

scenario::Scenario scenario_from(const std::string& yaml) {
  return model::check(scenario::load_scenario_text(yaml, "inline.yaml"));
}

model::ChainTables tables_from(const std::string& yaml) { return model::compile(scenario_from(yaml)); }

static std::size_t find(const experiment::ExperimentResult& r, const std::string& name,
                        const std::string& subject, const std::string& period) {
  for (std::size_t k = 0; k < r.catalog.size(); ++k) {
    const auto& key = r.catalog.key(k);
    if (key.kpi == name && key.subject == subject && key.period == period) return k;
  }
  throw std::runtime_error("no KPI " + name + "/" + subject + "/" + period);
}

double kpi(const experiment::ExperimentResult& r, std::size_t replication, const std::string& name,
           const std::string& subject, const std::string& period) {
  return r.replications.at(replication).values[find(r, name, subject, period)];
}

std::vector<double> kpi_values(const experiment::ExperimentResult& r, const std::string& name,
                               const std::string& subject, const std::string& period) {
  return r.values_of(find(r, name, subject, period));
}

double erlang_c_wait(double lambda, double mu, int c) {
  double a = lambda / mu, rho = a / c;
  double term = 1, sum = 0;
  for (int k = 0; k < c; ++k) {
    if (k > 0) term *= a / k;
    sum += term;
  }
  double last = term * a / c / (1 - rho);   // a^c / c! / (1 - rho)
  double p_wait = last / (sum + last);
  return p_wait / (c * mu - lambda);
}

std::string source_path(const std::string& relative) { return std::string(KETENSIM_SOURCE_DIR) + "/" + relative; }

std::filesystem::path scratch_directory(const std::string& name) {
  std::filesystem::path p = std::filesystem::temp_directory_path() / ("ketensim-test-" + name);
  std::filesystem::remove_all(p);
  std::filesystem::create_directories(p);
  return p;
}

}  // namespace ketensim::testing

namespace ketensim::testing {
bool bitwise_equal(const std::vector<double>& a, const std::vector<double>& b) {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), a.size() * sizeof(double)) == 0;
}
}  // namespace ketensim::testing
