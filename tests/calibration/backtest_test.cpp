// The back-test's scores by hand: the naive forecast repeats the last year observed, the
// trend extends the last two, the anchored one applies the model's change since then to the
// figure then, MAPE and skill follow, and a figure the scenario is given (role input) is
// listed but never scored, since matching it proves nothing.
#include "sim/calibration/backtest.h"

#include <doctest/doctest.h>

#include "output/backtest_writer.h"
#include "sim/calibration/calibration.h"

using namespace ketensim;

namespace {

scenario::PublishedFigure figure(const std::string& kpi, const std::string& period, double value,
                                 scenario::FigureRole role = scenario::FigureRole::test) {
  scenario::PublishedFigure f;
  f.kpi = kpi;
  f.subject = "x";
  f.period = period;
  f.value = value;
  f.role = role;
  return f;
}

stats::Summary mean(double m) {
  stats::Summary s;
  s.n = 10;
  s.mean = s.ci_low = s.ci_high = m;
  return s;
}

}  // namespace

TEST_CASE(
    "back-test by hand: naive, trend, anchored, MAPE and skill, an input is listed, not scored") {
  stats::KpiCatalog catalog({"2019", "2020", "2021", "all"});
  catalog.add({"served", "children", ""}, {"x"});
  catalog.add({"arrivals", "families", ""}, {"x"});
  scenario::FigureSet figures{"f", "", {}, ""};
  figures.items = {figure("served", "2019", 100, scenario::FigureRole::fit),
                   figure("served", "2020", 120, scenario::FigureRole::fit),
                   figure("served", "2021", 150),
                   figure("arrivals", "2020", 50, scenario::FigureRole::input),
                   figure("arrivals", "2021", 80, scenario::FigureRole::input)};
  // Catalog order: served 2019, 2020, 2021, all; arrivals 2019, 2020, 2021, all.
  std::vector<stats::Summary> summaries = {mean(0), mean(125), mean(135), mean(0),
                                           mean(0), mean(0),   mean(80),  mean(0)};
  auto b = calibration::backtest(figures, 2020, catalog, summaries);
  REQUIRE(b.rows.size() == 2);  // the 2021 figures
  const auto& served = b.rows[0];
  CHECK(*served.naive == 120);
  CHECK(served.last_observed == 2020);
  CHECK(*served.trend == doctest::Approx(140));  // 120 + (120 - 100)
  CHECK_FALSE(b.rows[1].scored());
  // Scored: served 2021 only. Model |135 - 150| / 150 = 10%, naive |120 - 150| / 150 = 20%.
  CHECK(b.compared == 1);
  CHECK(b.model.mape == doctest::Approx(0.10));
  CHECK(b.naive.mape == doctest::Approx(0.20));
  CHECK(b.trend.mape == doctest::Approx(10.0 / 150));
  CHECK(b.skill == doctest::Approx(0.5));
  CHECK(b.beats_naive == 1);
  // Anchored: the model goes from 125 to 135 (+8%), so 120 x 135 / 125 = 129.6; its error
  // |129.6 - 150| / 150 = 13.6% against the naive 20%: skill 1 - 13.6 / 20 = 0.32.
  CHECK(*served.anchored == doctest::Approx(129.6));
  CHECK_FALSE(b.rows[1].anchored);  // an input: no naive forecast to anchor
  CHECK(b.anchored.rows == 1);
  CHECK(b.anchored.mape == doctest::Approx(0.136));
  CHECK(b.naive_on_anchored_rows.mape == doctest::Approx(0.20));
  CHECK(b.anchored_beats_naive == 1);
  CHECK(b.anchored_skill == doctest::Approx(0.32));
  auto verdict = output::backtest_verdict(b, scenario::Language::en);
  INFO(verdict);
  CHECK(
      verdict.find(
          "Anchored (the model's change since the last year observed, applied to that year's figure), on "
          "1 figures: MAPE 13.6% against naive 20.0%; it beats the naive forecast on 1 of them; skill "
          "0.32.") != std::string::npos);
}

TEST_CASE("back-test: no anchored forecast where the model has nothing in the last year observed") {
  stats::KpiCatalog catalog({"2020", "2021", "all"});
  catalog.add({"served", "children", ""}, {"x"});
  scenario::FigureSet figures{"f", "", {}, ""};
  figures.items = {figure("served", "2020", 120, scenario::FigureRole::fit),
                   figure("served", "2021", 150)};
  auto b = calibration::backtest(figures, 2020, catalog, {mean(0), mean(135), mean(0)});
  REQUIRE(b.rows.size() == 1);
  CHECK(*b.rows[0].naive == 120);
  CHECK_FALSE(b.rows[0].anchored);  // 120 x 135 / 0 is no forecast
  CHECK(b.compared == 1);
  CHECK(b.anchored.rows == 0);
  CHECK(output::backtest_verdict(b, scenario::Language::en).find("Anchored") == std::string::npos);
}

TEST_CASE("back-test: a bound is met or not, never a percentage error, and is not scored") {
  stats::KpiCatalog catalog({"2020", "2021", "all"});
  catalog.add({"waiting_over_end", "children", ""}, {"x"});
  scenario::FigureSet figures{"f", "", {}, ""};
  auto bound = figure("waiting_over_end", "2021", 10);
  bound.compare = scenario::FigureCompare::at_most;
  figures.items = {bound};
  auto b = calibration::backtest(figures, 2020, catalog, {mean(0), mean(0), mean(0)});
  REQUIRE(b.rows.size() == 1);
  CHECK_FALSE(b.rows[0].naive);
  CHECK(b.compared == 0);
  calibration::Calibration c;
  auto md = output::backtest_markdown(b, c, "s", 10);
  CHECK(md.find(
            "| waiting_over_end | x | 2021 | at most 10 | 0.000 (0.000 .. 0.000) |  |  | met |") !=
        std::string::npos);
  CHECK(md.find("100.0%") == std::string::npos);
  auto nl = output::backtest_markdown(b, c, "s", 10, scenario::Language::nl);
  INFO(nl);
  CHECK(nl.starts_with("# Back-test van s: gekalibreerd tot en met 2020, daarna voorspeld\n"));
  CHECK(nl.find("Geen cijfer na 2020 heeft een naïeve voorspelling om mee te vergelijken.") !=
        std::string::npos);
  CHECK(
      nl.find(
          "| waiting_over_end | x | 2021 | hoogstens 10 | 0,000 (0,000 .. 0,000) |  |  | gehaald |") !=
      std::string::npos);
}

TEST_CASE("back-test: a value resting on a later year's data is neither observed nor fitted") {
  // 2019 and 2020 are derived from a 2021 count (data_year 2021), as a share of places taken
  // from the very year forecast. Repeated as "last observed", it would hand the naive
  // forecast the answer; a calibration up to 2020 could not have known it either.
  stats::KpiCatalog catalog({"2019", "2020", "2021", "all"});
  catalog.add({"queue_end", "children", ""}, {"x"});
  scenario::FigureSet figures{"f", "", {}, ""};
  auto derived_2019 = figure("queue_end", "2019", 56, scenario::FigureRole::fit);
  auto derived_2020 = figure("queue_end", "2020", 56, scenario::FigureRole::fit);
  derived_2019.data_year = derived_2020.data_year = 2021;
  figures.items = {derived_2019, derived_2020, figure("queue_end", "2021", 56)};
  std::vector<stats::Summary> summaries = {mean(50), mean(52), mean(60), mean(0)};
  auto b = calibration::backtest(figures, 2020, catalog, summaries);
  REQUIRE(b.rows.size() == 1);
  CHECK_FALSE(b.rows[0].naive);
  CHECK_FALSE(b.rows[0].trend);
  CHECK_FALSE(b.rows[0].anchored);
  CHECK(b.rows[0].later_data == 2021);
  CHECK(b.compared == 0);
  CHECK(b.withheld == 1);
  CHECK(calibration::fit_figures(figures, 2020).empty());
  CHECK(calibration::fit_figures(figures, 2021).size() == 2);
  CHECK(calibration::fit_figures(figures, std::nullopt).size() == 2);  // the shipped fit
  calibration::Calibration c;
  auto md = output::backtest_markdown(b, c, "s", 10);
  INFO(md);
  CHECK(md.find("| withheld: rests on 2021 data |") != std::string::npos);
  CHECK(md.find("1 more have none: the values before them rest on data after 2020") !=
        std::string::npos);
}

TEST_CASE("back-test: an earlier value known in time still serves when a later one does not") {
  stats::KpiCatalog catalog({"2019", "2020", "2021", "all"});
  catalog.add({"served", "children", ""}, {"x"});
  scenario::FigureSet figures{"f", "", {}, ""};
  auto derived_2020 = figure("served", "2020", 130, scenario::FigureRole::fit);
  derived_2020.data_year = 2021;
  figures.items = {figure("served", "2019", 100, scenario::FigureRole::fit), derived_2020,
                   figure("served", "2021", 150)};
  auto b = calibration::backtest(figures, 2020, catalog, {mean(90), mean(0), mean(135), mean(0)});
  REQUIRE(b.rows.size() == 1);
  CHECK(*b.rows[0].naive == 100);  // 2019's, two years ahead
  CHECK(b.rows[0].last_observed == 2019);
  CHECK_FALSE(b.rows[0].trend);  // one year known: no line
  CHECK(b.rows[0].later_data == 2021);
  CHECK(*b.rows[0].anchored == doctest::Approx(150));  // 100 x 135 / 90
  CHECK(b.compared == 1);
  CHECK(b.withheld == 0);  // it has a naive forecast
}
