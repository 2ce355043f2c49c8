// Published figures files: what a good one loads into, and the exact text of each mistake.
#include "sim/scenario/figures.h"

#include <doctest/doctest.h>

#include "tests/scenario/scenario_test_support.h"

namespace ketensim::scenario {
namespace {

using testing::data_file;
using testing::with_data_dir;

TEST_CASE("a figures file: names, values, tolerances by kind or per figure, must_match, sources") {
  FigureSet set = load_figures(data_file("figures/good.yaml"));
  CHECK(set.name == "two-figures");
  CHECK(set.description == "Two published figures");
  REQUIRE(set.items.size() == 4);
  const PublishedFigure& a = set.items[0];
  CHECK(a.kpi == "measure_stock_end");
  CHECK(a.subject == "ots/region=a");
  CHECK(a.period == "2020");
  CHECK(a.value == 287);
  CHECK(a.kind == "stock");
  CHECK(a.tolerance == 0.1);
  CHECK(a.must_match);
  CHECK(a.source == "JBw Jaarverslag 2020, Bijlage 1");
  CHECK(a.location.line == 6);
  CHECK(set.items[1].tolerance == 0.3);
  CHECK(!a.data_year);
  CHECK(year_known(a) == 2020);  // its period's year
  CHECK(set.items[1].data_year == 2021);
  CHECK(year_known(set.items[1]) == 2021);  // a 2020 value known only after 2021
  CHECK(!set.items[1].must_match);
  CHECK(a.role == FigureRole::fit);              // its own role
  CHECK(set.items[1].role == FigureRole::test);  // the file's
  const PublishedFigure& bound = set.items[2];
  CHECK(bound.compare == FigureCompare::at_most);
  CHECK(bound.tolerance == 0);  // a bound needs no tolerance
  CHECK(bound.statement == "no waiting list");
  CHECK(set.items[3].role == FigureRole::input);  // given to the scenario
  CHECK(std::string(role_name(set.items[3].role)) == "input");
}

TEST_CASE("error text: a figures file with every kind of mistake") {
  std::string errors;
  try {
    load_figures(data_file("figures/bad.yaml"));
  } catch (const ScenarioError& e) {
    errors = render(e.diagnostics());
  }
  CHECK(errors == with_data_dir(R"(DATA/figures/bad.yaml:1:10: error: figures: not a valid name
      1 | figures: Bad Name
        |          ^
  expected: a name of lower case letters, digits, _ and -, starting with a letter
  found: Bad Name
DATA/figures/bad.yaml:3:7: error: role: unknown value 'tested'
      3 | role: tested
        |       ^
  expected: fit, test or input
  did you mean 'test'?
DATA/figures/bad.yaml:5:65: error: items[0].value: must be >= 0
      5 |   - {kpi: measure_stock_end, subject: ots, period: 2020, value: -3, kind: stok, source: "x"}
        |                                                                 ^
  expected: a number >= 0
  found: -3
DATA/figures/bad.yaml:5:75: error: items[0].kind: no tolerance for kind 'stok'
      5 |   - {kpi: measure_stock_end, subject: ots, period: 2020, value: -3, kind: stok, source: "x"}
        |                                                                           ^
  expected: one of the kinds under tolerance
  did you mean 'stock'?
DATA/figures/bad.yaml:6:5: error: items[1]: needs a kind or its own tolerance
      6 |   - {kpi: arrivals, subject: x, period: 2020, value: 1, must_match: yes, source: "y", sorce: z}
        |     ^
  expected: kind: stock, or tolerance: 0.1
DATA/figures/bad.yaml:6:69: error: items[1].must_match: unknown value 'yes'
      6 |   - {kpi: arrivals, subject: x, period: 2020, value: 1, must_match: yes, source: "y", sorce: z}
        |                                                                     ^
  expected: true or false
DATA/figures/bad.yaml:6:87: error: items[1].sorce: unknown key 'sorce'
      6 |   - {kpi: arrivals, subject: x, period: 2020, value: 1, must_match: yes, source: "y", sorce: z}
        |                                                                                       ^
  expected: one of kpi, subject, period, value, kind, tolerance, must_match, source, note, role, compare, statement, data_year
  did you mean 'source'?
DATA/figures/bad.yaml:7:5: error: items[2]: missing required key 'source'
      7 |   - {kpi: arrivals, subject: x, period: 2020, value: 2}
        |     ^
DATA/figures/bad.yaml:7:5: error: items[2]: needs a kind or its own tolerance
      7 |   - {kpi: arrivals, subject: x, period: 2020, value: 2}
        |     ^
  expected: kind: stock, or tolerance: 0.1
DATA/figures/bad.yaml:8:67: error: items[3].compare: unknown value 'below'
      8 |   - {kpi: queue_end, subject: x, period: 2020, value: 2, compare: below, source: "z"}
        |                                                                   ^
  expected: within, at_most or at_least
DATA/figures/bad.yaml:9:82: error: items[4].data_year: must be after the figure's period, 2020: a value rests on its own year's data unless it names a later one
      9 |   - {kpi: queue_end, subject: x, period: 2020, value: 2, kind: stock, data_year: 2020, source: "z"}
        |                                                                                  ^
  expected: a year after 2020, or no data_year
  found: 2020
DATA/figures/bad.yaml:10:81: error: items[5].data_year: needs a calendar year as the figure's period
     10 |   - {kpi: queue_end, subject: x, period: all, value: 2, kind: stock, data_year: 2021, source: "z"}
        |                                                                                 ^
  expected: a period such as 2020, or no data_year
  found: all
12 errors in DATA/figures/bad.yaml)"));
}

TEST_CASE("error text: a figures file that is not there") {
  std::string errors;
  try {
    load_figures(data_file("figures/none.yaml"));
  } catch (const ScenarioError& e) {
    errors = render(e.diagnostics());
  }
  CHECK(errors.starts_with(
      with_data_dir("DATA/figures/none.yaml: error: cannot read the figures file")));
}

}  // namespace
}  // namespace ketensim::scenario
