#include "output/xlsx/result_workbook.h"

#include <cmath>
#include <map>
#include <tuple>

#include "output/report/kpi_labels.h"
#include "output/xlsx/workbook.h"

namespace ketensim::output::xlsx {
namespace {

using scenario::Language;

std::string said(Language language, const char* english, const char* dutch) {
  return language == Language::nl ? dutch : english;
}

std::vector<Cell> kpi_cells(const stats::KpiKey& k, Language language) {
  return {report::short_name_of(k.kpi, language), k.kpi, k.subject, k.unit};
}

std::vector<std::string> kpi_header(Language l) {
  return {said(l, "figure", "cijfer"), "kpi", said(l, "subject", "onderwerp"),
          said(l, "unit", "eenheid")};
}

void summary_sheet(Workbook& book, const stats::KpiCatalog& catalog,
                   const std::vector<stats::Summary>& summaries, Language l) {
  auto header = kpi_header(l);
  for (const auto& h : {said(l, "mean", "gemiddelde"), said(l, "ci95_low", "bi95_onder"),
                        said(l, "ci95_high", "bi95_boven"), std::string("n")})
    header.push_back(h);
  book.add_sheet(said(l, "Summary", "Samenvatting"), header);
  for (std::size_t k = 0; k < catalog.size(); ++k) {
    if (catalog.key(k).period != "all") continue;
    const auto& s = summaries[k];
    auto row = kpi_cells(catalog.key(k), l);
    row.insert(row.end(), {s.mean, s.ci_low, s.ci_high, static_cast<double>(s.n)});
    book.add_row(row);
  }
}

// One row per KPI and subject, one column per year.
void per_year_sheet(Workbook& book, const stats::KpiCatalog& catalog,
                    const std::vector<stats::Summary>& summaries, Language l) {
  std::vector<std::string> years;
  for (const auto& p : catalog.periods())
    if (p != "all") years.push_back(p);
  auto header = kpi_header(l);
  header.insert(header.end(), years.begin(), years.end());
  book.add_sheet(said(l, "Per year", "Per jaar"), header);
  std::map<std::pair<std::string, std::string>, std::size_t> row_of;
  std::vector<std::vector<Cell>> rows;
  for (std::size_t k = 0; k < catalog.size(); ++k) {
    const auto& key = catalog.key(k);
    if (key.period == "all") continue;
    auto [it, added] = row_of.try_emplace({key.kpi, key.subject}, rows.size());
    if (added) {
      rows.push_back(kpi_cells(key, l));
      rows.back().resize(4 + years.size(), std::nan(""));
    }
    for (std::size_t y = 0; y < years.size(); ++y)
      if (years[y] == key.period) rows[it->second][4 + y] = summaries[k].mean;
  }
  for (const auto& r : rows) book.add_row(r);
}

}  // namespace

void write_run_workbook(const std::filesystem::path& path, const stats::KpiCatalog& catalog,
                        const std::vector<stats::Summary>& summaries, Language language) {
  Workbook book(path);
  summary_sheet(book, catalog, summaries, language);
  per_year_sheet(book, catalog, summaries, language);
  book.close();
}

void write_compare_workbook(const std::filesystem::path& path, const experiment::Comparison& c,
                            Language l) {
  Workbook book(path);
  std::vector<std::string> header = l == Language::nl
                                        ? std::vector<std::string>{"alternatief",
                                                                   "cijfer",
                                                                   "kpi",
                                                                   "onderwerp",
                                                                   "periode",
                                                                   "eenheid",
                                                                   "basis",
                                                                   "alternatief_gemiddelde",
                                                                   "verschil",
                                                                   "verschil_bi95_onder",
                                                                   "verschil_bi95_boven",
                                                                   "significant"}
                                        : std::vector<std::string>{"alternative",
                                                                   "figure",
                                                                   "kpi",
                                                                   "subject",
                                                                   "period",
                                                                   "unit",
                                                                   "base",
                                                                   "alternative_mean",
                                                                   "difference",
                                                                   "difference_ci95_low",
                                                                   "difference_ci95_high",
                                                                   "significant"};
  book.add_sheet(said(l, "Comparison", "Vergelijking"), header);
  for (std::size_t a = 0; a + 1 < c.scenarios.size(); ++a) {
    for (const auto& row : c.kpis) {
      const auto& base = row.scenarios[0];
      const auto& alt = row.scenarios[a + 1];
      const auto& d = row.differences[a];
      if (!base || !alt || !d) continue;
      book.add_row({c.scenarios[a + 1].name, report::short_name_of(row.key.kpi, l), row.key.kpi,
                    row.key.subject, row.key.period, row.key.unit, base->mean, alt->mean,
                    d->difference.mean, d->difference.ci_low, d->difference.ci_high,
                    d->significant ? said(l, "yes", "ja") : said(l, "no", "nee")});
    }
  }
  book.close();
}

}  // namespace ketensim::output::xlsx
