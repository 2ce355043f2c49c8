#include "output/uncertainty_writer.h"

#include <algorithm>
#include <cmath>
#include <nlohmann/json.hpp>
#include <numeric>

#include "output/atomic_file.h"
#include "output/number_format.h"

namespace ketensim::output {
namespace {

using nlohmann::json;

json number(double x) {
  return std::isfinite(x) ? json(x) : json(nullptr);
}

std::string cell(double x) {
  return std::isfinite(x) ? format_number(x) : "";
}

// A CSV field: quoted when it holds a comma or a quote.
std::string field(const std::string& text) {
  if (text.find_first_of(",\"") == std::string::npos) return text;
  std::string quoted = "\"";
  for (char c : text) quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
  return quoted + "\"";
}

std::string key_cells(const stats::KpiKey& key) {
  return field(key.kpi) + ',' + field(key.subject) + ',' + field(key.period) + ',' +
         field(key.unit);
}

json key_json(const stats::KpiKey& key) {
  return {{"kpi", key.kpi}, {"subject", key.subject}, {"period", key.period}, {"unit", key.unit}};
}

json input_json(const scenario::UncertainInput& u) {
  return {{"name", u.name},
          {"paths", u.paths},
          {"distribution", u.distribution.describe()},
          {"source", u.source}};
}

// The position of input i among the Sobol' step's inputs, or -1.
int sobol_position(const experiment::SensitivityResult& r, std::size_t i) {
  auto it = std::find(r.sobol_inputs.begin(), r.sobol_inputs.end(), static_cast<int>(i));
  return it == r.sobol_inputs.end() ? -1 : static_cast<int>(it - r.sobol_inputs.begin());
}

}  // namespace

std::vector<std::size_t> ranked_inputs(const experiment::KpiSensitivity& k) {
  std::vector<std::size_t> order(k.morris.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return k.morris[a].mu_star > k.morris[b].mu_star;
  });
  return order;
}

void write_sensitivity_csv(const std::filesystem::path& path,
                           const experiment::SensitivityResult& r) {
  write_atomically(path, [&](std::ostream& out) {
    out << "kpi,subject,period,unit,input,rank,mu_star,mu,sigma,noise_floor,below_noise,"
           "first_order,first_low,first_high,total_order,total_low,total_high,total_noise_floor\n";
    for (const auto& k : r.kpis) {
      std::vector<std::size_t> order = ranked_inputs(k);
      for (std::size_t n = 0; n < order.size(); ++n) {
        std::size_t i = order[n];
        const stats::MorrisIndex& m = k.morris[i];
        out << key_cells(r.catalog.key(k.kpi)) << ',' << field(r.inputs[i].name) << ',' << n + 1
            << ',' << cell(m.mu_star) << ',' << cell(m.mu) << ',' << cell(m.sigma) << ','
            << cell(m.noise_floor) << ',' << (m.below_noise ? "true" : "false");
        int s = sobol_position(r, i);
        if (k.sobol && s >= 0) {
          const stats::SobolIndex& x = k.sobol->inputs[s];
          for (double v : {x.first, x.first_low, x.first_high, x.total, x.total_low, x.total_high,
                           x.noise_floor}) {
            out << ',' << cell(v);
          }
        } else {
          out << ",,,,,,,";
        }
        out << '\n';
      }
    }
  });
}

void write_sensitivity_json(const std::filesystem::path& path,
                            const experiment::SensitivityResult& r) {
  json inputs = json::array(), kpis = json::array();
  for (const auto& u : r.inputs) inputs.push_back(input_json(u));
  for (const auto& k : r.kpis) {
    json ranked = json::array();
    for (std::size_t i : ranked_inputs(k)) {
      const stats::MorrisIndex& m = k.morris[i];
      json entry = {{"input", r.inputs[i].name},
                    {"morris",
                     {{"mu_star", number(m.mu_star)},
                      {"mu", number(m.mu)},
                      {"sigma", number(m.sigma)},
                      {"noise_floor", number(m.noise_floor)},
                      {"below_noise", m.below_noise}}}};
      int s = sobol_position(r, i);
      if (k.sobol && s >= 0) {
        const stats::SobolIndex& x = k.sobol->inputs[s];
        entry["sobol"] = {{"first_order", number(x.first)},
                          {"first_order_ci95", {number(x.first_low), number(x.first_high)}},
                          {"total_order", number(x.total)},
                          {"total_order_ci95", {number(x.total_low), number(x.total_high)}},
                          {"total_noise_floor", number(x.noise_floor)},
                          {"below_noise", x.below_noise}};
      }
      ranked.push_back(entry);
    }
    json kpi = key_json(r.catalog.key(k.kpi));
    kpi["inputs"] = ranked;
    if (k.sobol) {
      kpi["variance"] = number(k.sobol->variance);
      kpi["noise_share_of_variance"] = number(k.sobol->noise_share);
    }
    kpis.push_back(kpi);
  }
  json doc = {{"inputs", inputs},
              {"method", r.sobol_inputs.empty() && r.sobol_rows == 0 ? "morris" : "morris+sobol"},
              {"morris_trajectories", r.trajectories},
              {"sobol_rows", r.sobol_rows},
              {"replications_per_point", r.replications},
              {"seed", r.seed},
              {"common_random_numbers", true},
              {"runs", r.runs},
              {"kpis", kpis}};
  write_atomically(path, [&](std::ostream& out) { out << doc.dump(2) << '\n'; });
}

void write_uncertainty_csv(const std::filesystem::path& path, const stats::KpiCatalog& catalog,
                           const std::vector<stats::Summary>& nominal,
                           const experiment::TwoLevelResult& r) {
  write_atomically(path, [&](std::ostream& out) {
    out << "kpi,subject,period,unit,mean,chance_ci95_low,chance_ci95_high,mean_over_draws,"
           "chance_and_assumptions_low,chance_and_assumptions_high,assumption_share,chance_share,"
           "draws,replications_per_draw\n";
    for (const auto& k : r.kpis) {
      const stats::Summary& s = nominal[k.kpi];
      out << key_cells(catalog.key(k.kpi)) << ',' << cell(s.mean) << ',' << cell(s.ci_low) << ','
          << cell(s.ci_high) << ',' << cell(k.mean) << ',' << cell(k.low) << ',' << cell(k.high)
          << ',' << cell(k.assumption_share) << ',' << cell(1 - k.assumption_share) << ','
          << r.draws << ',' << r.replications << '\n';
    }
  });
}

void write_compare_uncertainty_csv(const std::filesystem::path& path,
                                   const stats::KpiCatalog& catalog,
                                   const std::vector<NamedPairedResult>& results) {
  write_atomically(path, [&](std::ostream& out) {
    out << "base,alternative,kpi,subject,period,unit,difference_mean_over_draws,"
           "difference_low,difference_high,share_draws_higher,share_draws_lower,draws,"
           "replications_per_draw\n";
    for (const auto& named : results) {
      for (const auto& k : named.result->kpis) {
        out << field(named.base) << ',' << field(named.alternative) << ','
            << key_cells(catalog.key(k.kpi)) << ',' << cell(k.mean) << ',' << cell(k.low) << ','
            << cell(k.high) << ',' << cell(k.share_higher) << ',' << cell(k.share_lower) << ','
            << named.result->draws << ',' << named.result->replications << '\n';
      }
    }
  });
}

void write_uncertainty_json(const std::filesystem::path& path, const stats::KpiCatalog& catalog,
                            const std::vector<stats::Summary>& nominal,
                            const std::vector<scenario::UncertainInput>& inputs,
                            const experiment::TwoLevelResult& r) {
  json in = json::array(), kpis = json::array(), draws = json::array();
  for (const auto& u : inputs) in.push_back(input_json(u));
  for (const auto& row : r.design) {
    json values = json::array();
    for (std::size_t i = 0; i < row.size(); ++i)
      values.push_back(inputs[i].distribution.quantile(row[i]));
    draws.push_back(values);
  }
  for (const auto& k : r.kpis) {
    const stats::Summary& s = nominal[k.kpi];
    json kpi = key_json(catalog.key(k.kpi));
    kpi["chance_only"] = {{"mean", number(s.mean)},
                          {"ci95", {number(s.ci_low), number(s.ci_high)}},
                          {"covers", "simulation chance only, at the scenario's own values"}};
    kpi["chance_and_assumptions"] = {
        {"mean", number(k.mean)},
        {"interval95", {number(k.low), number(k.high)}},
        {"covers", "simulation chance and the uncertain inputs' ranges"},
        {"assumption_share_of_variance", number(k.assumption_share)},
        {"chance_share_of_variance", number(1 - k.assumption_share)},
        {"draw_means", k.draw_means}};
    kpis.push_back(kpi);
  }
  json doc = {{"inputs", in},
              {"draws", r.draws},
              {"replications_per_draw", r.replications},
              {"draw_values", draws},
              {"kpis", kpis}};
  write_atomically(path, [&](std::ostream& out) { out << doc.dump(2) << '\n'; });
}

namespace {

// -1 (not below the maximum) is written empty.
std::string capacity_cell(int c) {
  return c < 0 ? "" : std::to_string(c);
}

}  // namespace

void write_capacity_uncertainty_csv(const std::filesystem::path& path,
                                    const experiment::CapacityOverDraws& d,
                                    const std::vector<experiment::CapacityCoverage>& rows) {
  const experiment::CapacityAnswer& a = d.answers.front();
  write_atomically(path, [&](std::ostream& out) {
    out << "resource,unit,period,target,coverage,capacity,median,lowest,highest,"
           "draws_without_answer,draws,replications\n";
    for (const auto& r : rows) {
      out << field(a.resource) << ',' << a.unit << ',' << r.period << ',' << field(a.target.text)
          << ',' << format_number(r.coverage) << ',' << capacity_cell(r.capacity) << ','
          << capacity_cell(r.median) << ',' << capacity_cell(r.lowest) << ','
          << capacity_cell(r.highest) << ',' << r.without_answer << ',' << d.answers.size() << ','
          << a.replications << '\n';
    }
  });
}

void write_capacity_draws_csv(const std::filesystem::path& path,
                              const experiment::CapacityOverDraws& d) {
  write_atomically(path, [&](std::ostream& out) {
    out << "draw";
    for (const auto& name : d.inputs) out << ',' << field(name);
    for (const auto& period : d.periods()) out << ',' << field("capacity " + period);
    out << '\n';
    for (std::size_t i = 0; i < d.answers.size(); ++i) {
      out << i;
      for (double v : d.values[i]) out << ',' << cell(v);
      for (std::size_t p = 0; p < d.periods().size(); ++p)
        out << ',' << capacity_cell(d.capacity(i, p));
      out << '\n';
    }
  });
}

}  // namespace ketensim::output
