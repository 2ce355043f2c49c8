// The report in Dutch (--lang nl): every text the page's scripts show has its Dutch, every
// KPI of the model has a Dutch title, phrase and meaning, the page's own text is Dutch, and
// sentences read in Dutch with a decimal comma. Names from the scenario stay as written.
#include <doctest/doctest.h>

#include <filesystem>
#include <nlohmann/json.hpp>
#include <set>

#include "output/report/comparison.h"
#include "output/report/kpi_labels.h"
#include "output/report/report.h"
#include "output/report/report_text.h"
#include "sim/model/demand.h"
#include "sim/model/kpi_table.h"
#include "tests/report/report_test_support.h"
#include "tests/support.h"

using namespace ketensim;
using scenario::Language;
namespace fs = std::filesystem;

namespace {

// Appends the UTF-8 bytes of a code point below 0x10000.
void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

// The JavaScript string literal at `at` ('...', with \u, \' and \\ escapes) as text;
// `at` moves past it.
std::string js_literal(const std::string& js, std::size_t& at) {
  std::string out;
  for (++at; at < js.size() && js[at] != '\''; ++at) {
    if (js[at] != '\\') {
      out += js[at];
    } else if (js[++at] == 'u') {
      append_utf8(out, static_cast<unsigned>(std::stoul(js.substr(at + 1, 4), nullptr, 16)));
      at += 4;
    } else {
      out += js[at];
    }
  }
  ++at;
  return out;
}

// The first argument of every KS.t(...) and KS.label(...) in the report's scripts: string
// literals, joined with + across lines.
std::set<std::string> shown_texts() {
  std::set<std::string> texts;
  for (const auto& e : fs::directory_iterator(testing::source_path("output/report/js"))) {
    std::string js = testing::read_text(e.path());
    for (const char* call : {"KS.t('", "KS.label('"}) {
      for (std::size_t at = js.find(call); at != std::string::npos; at = js.find(call, at)) {
        at += std::string_view(call).size() - 1;
        std::string text = js_literal(js, at);
        std::size_t next = js.find_first_not_of(" \n", at);
        while (next != std::string::npos && js[next] == '+') {
          at = js.find('\'', next);
          text += js_literal(js, at);
          next = js.find_first_not_of(" \n", at);
        }
        texts.insert(text);
      }
    }
  }
  return texts;
}

bool has(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

TEST_CASE("every text the report's scripts show has a Dutch one") {
  std::set<std::string> dutch;
  for (const auto& p : output::report::report_phrases()) dutch.emplace(p.english);
  std::set<std::string> shown = shown_texts();
  CHECK(shown.size() > 40);
  for (const std::string& text : shown) {
    CHECK_MESSAGE(dutch.count(text), "no Dutch in output/report/report_text_nl.cpp for: " << text);
  }
}

TEST_CASE("every static text of page.html that has a Dutch one is in page.html") {
  std::string page = testing::read_text(testing::source_path("output/report/page.html"));
  for (const auto& p : output::report::page_phrases()) {
    CHECK_MESSAGE(has(page, std::string(p.english)), "not in page.html: " << p.english);
  }
}

TEST_CASE("every KPI of the model has a Dutch title, phrase, meaning and short name") {
  for (const model::KpiRow& row : model::kpi_table()) {
    auto it = output::report::dutch_kpis().find(row.def.name);
    CHECK_MESSAGE(
        it != output::report::dutch_kpis().end(),
        "KPI " << row.def.name << " has no Dutch label in output/report/kpi_labels_nl.cpp");
    if (it == output::report::dutch_kpis().end()) continue;
    CHECK(!it->second.title.empty());
    CHECK(!it->second.meaning.empty());
    CHECK(!it->second.short_name.empty());
    bool per_subject = row.subjects != model::Subjects::chain;
    CHECK_MESSAGE(has(it->second.phrase, "{subject}") == per_subject, row.def.name);
  }
}

TEST_CASE("comparison sentences in Dutch, with a decimal comma and Dutch units") {
  output::report::Comparison c{"basis", "lagere-norm", {}};
  stats::Summary base, alt, diff;
  base.n = alt.n = diff.n = 100;
  base.mean = base.ci_low = base.ci_high = 9.14;
  alt.mean = alt.ci_low = alt.ci_high = 3.2;
  diff.mean = -5.94, diff.ci_low = -6.5, diff.ci_high = -5.3;
  output::report::KpiDifference d{
      {"wait_mean", "jbw_jeugdbeschermers", "all", "days"}, base, alt, diff};
  stats::KpiDefinition def{"wait_mean", "days", "mean wait"};
  CHECK(output::report::plain_language(c, d, def, Language::nl) ==
        "lagere-norm verlaagt de gemiddelde wachttijd voor jbw jeugdbeschermers van 9,1 naar "
        "3,2 dagen (verschil -5,9 dagen, 95%-BI -6,5 tot -5,3).");
  d.difference.ci_high = 1;
  CHECK(output::report::plain_language(c, d, def, Language::nl) ==
        "lagere-norm maakt geen duidelijk verschil voor de gemiddelde wachttijd voor jbw "
        "jeugdbeschermers: 9,1 dagen tegenover 3,2 dagen (verschil -5,9 dagen, 95%-BI -6,5 tot "
        "1,0).");
}

TEST_CASE("a Dutch report: lang nl, Dutch texts in the data island, Dutch page text") {
  auto run = testing::small_run();
  auto comparison = testing::small_comparison(run);
  std::string page =
      output::report::render_report(run.input(), &comparison, "2024-01-01", Language::nl);
  CHECK(has(page, "<html lang=\"nl\">"));
  CHECK(has(page, "<h2>De keten zoals gesimuleerd</h2>"));
  CHECK(has(page, "<title>ketensim-rapport: lower-norm tegenover"));
  CHECK(has(page, "\"lang\":\"nl\""));
  CHECK(has(page, "\"Numbers (mean, 95% CI)\":\"Cijfers (gemiddelde, 95%-BI)\""));
  CHECK(has(page, "\"title\":\"Wachtlijst op 31-12\""));
  std::string english = output::report::render_report(run.input(), &comparison, "2024-01-01");
  CHECK(has(english, "<html lang=\"en\">"));
  CHECK(has(english, "\"lang\":\"en\",\"text\":{}"));
}

TEST_CASE(
    "the report states each stream's demand year by year, piece by piece in Dutch with a decimal comma") {
  auto run = testing::small_run();
  run.info.demand = {
      {"a",
       "363.6 a year in 2019, flat; then 2020: 237.9, 2021: 240 a year (listed); from 2022 "
       "changing -3.2% a year to 2025, then flat; from 2023-01-01 on, instead, changing +1.5% a year"},
      {"b", "10 a year in 2019, flat; from 2020-07-01 12.5 a year (phased in over 30 days)"}};
  std::string english = output::report::render_report(run.input(), nullptr, "2024-01-01");
  CHECK(
      has(english,
          "\"demand\":[{\"stream\":\"a\",\"text\":\"363.6 a year in 2019, flat; then 2020: 237.9"));
  std::string dutch =
      output::report::render_report(run.input(), nullptr, "2024-01-01", Language::nl);
  CHECK(has(
      dutch,
      "\"text\":\"363,6 per jaar in 2019, vlak; daarna 2020: 237,9, 2021: 240 per jaar (opgegeven); vanaf "
      "2022 met -3,2% per jaar tot 2025, daarna vlak; vanaf 2023-01-01 in plaats daarvan met +1,5% per jaar\""));
  CHECK(has(
      dutch,
      "\"text\":\"10 per jaar in 2019, vlak; vanaf 2020-07-01 12,5 per jaar (ingevoerd over 30 dagen)\""));
}

TEST_CASE("every piece the model says of a stream's demand has its Dutch") {
  auto tables = testing::tables_from(R"(
scenario: demand-words
run: {start: 2019-01-01, years: 8}
arrivals:
  flat: {into: s, families_per_year: 100}
  trend: {into: s, families_per_year: 100, trend: 0.05}
  stops: {into: s, families_per_year: 100, trend: -0.05, trend_until: 2022}
  listed: {into: s, families_per_year: 100, rate_by_year: {2020: 90, 2021: 80}, trend: 0.02}
  listed_from_start: {into: s, families_per_year: 100, rate_by_year: {2019: 90, 2020: 80}, trend: 0.02, trend_until: 2023}
  policies: {into: s, families_per_year: 100}
  frozen: {into: s, families_per_year: 100, rate_by_year: {2019: 50, 2020: 60}}
stages: {s: {duration: {days: 1}, next: [{to: exit}]}}
policies:
  - {from: 2021-01-01, set: {arrivals.policies.families_per_year: 120}}
  - {from: 2022-01-01, over: {days: 365}, set: {arrivals.policies.families_per_year: 130}}
  - {from: 2023-01-01, set: {arrivals.policies.trend: -0.01}}
  - {from: 2024-01-01, over: {days: 365}, set: {arrivals.listed.trend: 0.01}}
  - {from: 2021-01-01, set: {arrivals.listed_from_start.trend: 0.03}}
  - {from: 2022-01-01, over: {days: 100}, set: {arrivals.stops.trend: -0.02}}
)");
  auto run = testing::small_run();
  run.info.demand.clear();
  for (const auto& d : model::describe_demand(tables))
    run.info.demand.emplace_back(d.stream, d.text);
  std::string dutch =
      output::report::render_report(run.input(), nullptr, "2024-01-01", Language::nl);
  auto doc = testing::data_island(dutch);
  REQUIRE(doc["depends_on"]["demand"].size() == 7);
  for (const auto& d : doc["depends_on"]["demand"]) {
    std::string text = d["text"];
    INFO(text);
    for (const char* english :
         {"a year", "flat", "listed", "changing", "from ", "then", "instead", "phased"}) {
      CHECK_MESSAGE(!has(text, english), english);
    }
  }
}

}  // namespace
