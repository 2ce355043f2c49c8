#include "output/sweep_writer.h"

#include <cmath>
#include <nlohmann/json.hpp>

#include "output/atomic_file.h"
#include "output/csv_writer.h"
#include "output/number_format.h"

namespace ketensim::output {
namespace {

using nlohmann::json;

json number(double x) {
  return std::isfinite(x) ? json(x) : json(nullptr);
}

json kpi_json(const experiment::SweepResult& r, std::size_t k) {
  const auto& key = r.catalog.key(k);
  json mean = json::array(), low = json::array(), high = json::array();
  for (const auto& p : r.points) {
    mean.push_back(number(p.summaries[k].mean));
    low.push_back(number(p.summaries[k].ci_low));
    high.push_back(number(p.summaries[k].ci_high));
  }
  return {{"kpi", key.kpi}, {"subject", key.subject}, {"period", key.period}, {"unit", key.unit},
          {"mean", mean},   {"ci95_low", low},        {"ci95_high", high}};
}

}  // namespace

void write_sweep_csv(const std::filesystem::path& path, const experiment::SweepResult& r) {
  write_atomically(path, [&](std::ostream& out) {
    for (const auto& axis : r.axes) out << axis.parameter << ',';
    out << summary_csv_header() << '\n';
    for (const auto& p : r.points) {
      for (std::size_t k = 0; k < r.catalog.size(); ++k) {
        for (double v : p.values) out << format_number(v) << ',';
        out << summary_csv_row(r.catalog.key(k), p.summaries[k]) << '\n';
      }
    }
  });
}

void write_sweep_json(const std::filesystem::path& path, const experiment::SweepResult& r) {
  json axes = json::array(), points = json::array(), kpis = json::array();
  for (const auto& a : r.axes) axes.push_back({{"parameter", a.parameter}, {"values", a.values}});
  for (const auto& p : r.points) points.push_back(p.values);
  for (std::size_t k = 0; k < r.catalog.size(); ++k) kpis.push_back(kpi_json(r, k));
  json doc = {{"axes", axes},
              {"points", points},
              {"replications", r.replications},
              {"seed", r.seed},
              {"common_random_numbers", true},
              {"kpis", kpis}};
  write_atomically(path, [&](std::ostream& out) { out << doc.dump(2) << '\n'; });
}

}  // namespace ketensim::output
