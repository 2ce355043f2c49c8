// The chain's own concepts on tiny scenarios built in code, each checked against a result
// computable by hand: legal timers and capped extensions, a family holding its
// jeugdbeschermer while it waits for care, staff turnover, measures, norms, initial state,
// policies and yearly arrival rates.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>

#include "sim/experiment/experiment.h"
#include "sim/model/chain_model.h"
#include "sim/model/checked_scenario.h"
#include "sim/model/demand.h"
#include "sim/stats/summary.h"
#include "tests/support.h"

using namespace ketensim;
using testing::kpi;
using testing::kpi_values;

namespace {

scenario::Scenario base(double years, double families_per_year, const std::string& into) {
  scenario::Scenario s;
  s.name = "concepts";
  s.run.start = {2020, 1, 1};
  s.run.years = years;
  s.run.seed = 17;
  scenario::ArrivalStream a;
  a.name = "a";
  a.into = into;
  a.families_per_year = families_per_year;
  s.arrivals.push_back(a);
  return s;
}

scenario::Stage stage(const std::string& name, double days, const std::string& next) {
  scenario::Stage st;
  st.name = name;
  st.duration = engine::Distribution::fixed(days);
  scenario::Branch b;
  b.to = next;
  st.next.push_back(b);
  return st;
}

scenario::Resource places(const std::string& name, double n) {
  scenario::Resource r;
  r.name = name;
  r.kind = scenario::ResourceKind::places;
  r.places = n;
  return r;
}

scenario::Resource caseload(const std::string& name, double fte, double norm) {
  scenario::Resource r;
  r.name = name;
  r.kind = scenario::ResourceKind::caseload;
  r.fte = fte;
  r.caseload_norm = norm;
  return r;
}

struct ExitTimes : model::ChainObserver {
  std::vector<std::pair<double, double>> arrival_exit;  // per family (ordinal order)
  std::vector<double> arrivals;
  void on_arrival(double t, const model::Family&) override { arrivals.push_back(t); }
  void on_exit(double t, const model::Family& f, int) override {
    if (f.ordinal >= arrival_exit.size()) arrival_exit.resize(f.ordinal + 1);
    arrival_exit[f.ordinal] = {f.arrived, t};
  }
};

}  // namespace

TEST_CASE(
    "an OTS is extended yearly by its timer, at most twice, then ends after exactly 3 years") {
  auto s = base(6, 5, "ots");
  auto ots = stage("ots", 100000, "exit");  // the measure itself would run for ever
  scenario::Timer year;
  year.days = 365;
  year.then = "verlenging";
  ots.timers.push_back(year);
  ots.max_visits = 3;
  ots.after_max_visits = "exit";
  s.stages = {ots, stage("verlenging", 0, "ots")};
  auto t = model::compile(model::check(s));
  ExitTimes trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  int checked = 0;
  for (const auto& [arrived, left] : trace.arrival_exit) {
    if (left == 0) continue;
    CHECK(left - arrived == doctest::Approx(3 * 365.0));
    ++checked;
  }
  CHECK(checked >= 5);
}

TEST_CASE("a family keeps its jeugdbeschermer while it waits for a place") {
  auto s = base(3, 20, "start");
  s.resources = {caseload("gi", 1, 1), places("bed", 0)};
  auto start = stage("start", 10, "care");
  start.acquire = {"gi"};
  auto care = stage("care", 10, "exit");
  care.acquire = {"bed"};
  s.stages = {start, care};
  auto t = model::compile(model::check(s));
  auto r = experiment::run_experiment(t, {});
  // The first family holds the only slot for ever (no bed ever comes): everybody else waits.
  CHECK(kpi(r, 0, "cases_mean", "gi", "2022") == 1);
  CHECK(kpi(r, 0, "queue_end", "gi") == kpi(r, 0, "arrivals", "a") - 1);
  CHECK(kpi(r, 0, "queue_end", "bed") == 1);
  CHECK(kpi(r, 0, "exits", "exit") == 0);
}

TEST_CASE("turnover with a hiring delay lowers capacity to the share of time posts are filled") {
  // Each post is filled for Exp(mean 0.5 year), then vacant for exactly 1 year:
  // filled 0.5 / (0.5 + 1) = 1/3 of the time in the long run (renewal-reward).
  auto s = base(40, 1, "x");
  auto gi = caseload("gi", 30, 1);
  gi.turnover_per_year = 2;
  gi.hiring_delay = engine::Distribution::fixed(365.25);
  s.resources = {gi};
  s.stages = {stage("x", 1, "exit")};
  s.run.replications = 4;
  auto t = model::compile(model::check(s));
  auto r = experiment::run_experiment(t, {});
  auto late = stats::summarise(kpi_values(r, "capacity_mean", "gi", "2050"));
  CHECK(late.mean == doctest::Approx(10.0).epsilon(0.08));
  // Year 1: nobody is rehired yet; a post is filled for E[min(Exp(2), 1)] = (1 - e^-2) / 2.
  auto first = stats::summarise(kpi_values(r, "capacity_mean", "gi", "2020"));
  CHECK(first.mean == doctest::Approx(30 * (1 - std::exp(-2.0)) / 2).epsilon(0.1));
}

TEST_CASE(
    "measures: inflow, outflow and stocks per type balance every year, initial stock counts as stock") {
  auto s = base(4, 100, "ots");
  s.measures = {"ots", "voogdij"};
  auto ots = stage("ots", 200, "voogdij");
  ots.measure = "ots";
  auto voogdij = stage("voogdij", 300, "exit");
  voogdij.measure = "voogdij";
  s.stages = {ots, voogdij};
  scenario::InitialStock stock;
  stock.stage = "voogdij";
  stock.count = 40;
  stock.children_per_family = engine::Distribution::empirical({1, 3}, {0.5, 0.5});
  s.initial = {stock};
  auto t = model::compile(model::check(s));
  auto r = experiment::run_experiment(t, {});
  CHECK(kpi(r, 0, "initial_families", "all") >= 14);  // 40 children in families of 1 or 3
  double stock_before = 40;
  for (const char* year : {"2020", "2021", "2022", "2023"}) {
    double in = kpi(r, 0, "measure_inflow", "voogdij", year),
           out = kpi(r, 0, "measure_outflow", "voogdij", year);
    double end = kpi(r, 0, "measure_stock_end", "voogdij", year);
    CHECK(stock_before + in - out == end);
    stock_before = end;
    CHECK(kpi(r, 0, "measure_inflow", "voogdij", year) ==
          kpi(r, 0, "measure_outflow", "ots", year));
  }
}

TEST_CASE("a working-days norm: met when the slot comes within 5 working days") {
  auto s = base(10, 30, "start");
  s.resources = {caseload("gi", 1, 1)};
  auto start = stage("start", 6, "exit");  // each family holds the only slot for 6 days
  start.acquire = {"gi"};
  s.stages = {start};
  scenario::Norm n;
  n.name = "vaste_jeugdbeschermer";
  n.from.kind = scenario::NormEvent::Kind::enter;
  n.from.names = {"start"};
  n.to.kind = scenario::NormEvent::Kind::acquire;
  n.to.names = {"gi"};
  n.within = 5;
  n.working_days = true;
  s.norms = {n};
  auto t = model::compile(model::check(s));
  auto r = experiment::run_experiment(t, {});
  double met = kpi(r, 0, "norm_met_share", "vaste_jeugdbeschermer");
  double waited = kpi(r, 0, "waited_share", "gi");
  CHECK(kpi(r, 0, "norm_started", "vaste_jeugdbeschermer") == kpi(r, 0, "arrivals", "a"));
  CHECK(met >= 1 - waited);  // who did not wait met the norm
  CHECK(met < 1);            // some waited longer than 5 working days (rho = 0.5)
  CHECK(kpi(r, 0, "norm_wait_mean", "vaste_jeugdbeschermer") ==
        doctest::Approx(kpi(r, 0, "wait_mean", "gi")));
}

TEST_CASE("a policy opens places on a date: nobody is served before it, everybody after") {
  auto s = base(2, 50, "care");
  s.resources = {places("bed", 0)};
  auto care = stage("care", 1, "exit");
  care.acquire = {"bed"};
  s.stages = {care};
  scenario::Policy p;
  p.from = {2021, 1, 1};
  p.set = {{"resources.bed.places", 1000, {}}};
  s.policies = {p};
  auto t = model::compile(model::check(s));
  auto r = experiment::run_experiment(t, {});
  CHECK(kpi(r, 0, "exits", "exit", "2020") == 0);
  CHECK(kpi(r, 0, "queue_end", "bed", "2020") == kpi(r, 0, "arrivals", "a", "2020"));
  CHECK(kpi(r, 0, "exits", "exit", "2021") >= kpi(r, 0, "arrivals", "a", "2020"));
  CHECK(kpi(r, 0, "capacity_mean", "bed", "2021") == doctest::Approx(1000));
}

TEST_CASE("rate_by_year sets each calendar year's arrival rate") {
  auto s = base(3, 100, "x");
  s.arrivals[0].rate_by_year = {{2021, 1000}, {2022, 0}};
  s.run.replications = 20;
  s.stages = {stage("x", 1, "exit")};
  auto t = model::compile(model::check(s));
  auto r = experiment::run_experiment(t, {});
  auto y2020 = stats::summarise(kpi_values(r, "arrivals", "a", "2020"));
  auto y2021 = stats::summarise(kpi_values(r, "arrivals", "a", "2021"));
  CHECK(y2020.mean == doctest::Approx(100).epsilon(0.1));
  CHECK(y2021.mean == doctest::Approx(1000).epsilon(0.05));
  CHECK(stats::summarise(kpi_values(r, "arrivals", "a", "2022")).mean == 0);
}

TEST_CASE("after the last rate_by_year year the rate follows trend: flat at 0, falling at -0.2") {
  for (double trend : {0.0, -0.2}) {
    auto s = base(3, 100, "x");
    s.arrivals[0].rate_by_year = {{2020, 1000}};
    s.arrivals[0].trend = trend;
    s.run.replications = 40;
    s.stages = {stage("x", 1, "exit")};
    auto r = experiment::run_experiment(model::compile(model::check(s)), {});
    CHECK(stats::summarise(kpi_values(r, "arrivals", "a", "2020")).mean ==
          doctest::Approx(1000).epsilon(0.02));
    CHECK(stats::summarise(kpi_values(r, "arrivals", "a", "2021")).mean ==
          doctest::Approx(1000 * (1 + trend)).epsilon(0.02));
    CHECK(stats::summarise(kpi_values(r, "arrivals", "a", "2022")).mean ==
          doctest::Approx(1000 * (1 + trend) * (1 + trend)).epsilon(0.02));
  }
}

TEST_CASE("trend_until: the trend runs to that year, later years stay at its rate") {
  auto s = base(4, 1000, "x");
  s.arrivals[0].trend = -0.2;
  s.arrivals[0].trend_until = 2021;
  s.run.replications = 40;
  s.stages = {stage("x", 1, "exit")};
  auto r = experiment::run_experiment(model::compile(model::check(s)), {});
  CHECK(stats::summarise(kpi_values(r, "arrivals", "a", "2021")).mean ==
        doctest::Approx(800).epsilon(0.02));
  CHECK(stats::summarise(kpi_values(r, "arrivals", "a", "2022")).mean ==
        doctest::Approx(800).epsilon(0.02));
  CHECK(stats::summarise(kpi_values(r, "arrivals", "a", "2023")).mean ==
        doctest::Approx(800).epsilon(0.02));
}

namespace {

// 1,000 families a year from 2020 for `years` years, 40 replications, and a policy that sets
// a trend of -20% from 2022-01-01.
scenario::Scenario falling_from_2022(double years) {
  auto s = base(years, 1000, "x");
  s.run.replications = 40;
  s.stages = {stage("x", 1, "exit")};
  scenario::Policy p;
  p.from = {2022, 1, 1};
  p.set = {{"arrivals.a.trend", -0.2, {}}};
  s.policies = {p};
  return s;
}

}  // namespace

// A trend a policy sets counts from the year before its date: a trend of -20% from
// 2022-01-01 makes 2022 a fifth below 2021, whatever the years since the start of the run.
TEST_CASE("a policy's trend changes each year from its date's year on, against the year before") {
  for (bool listed : {false, true}) {
    auto s = falling_from_2022(4);  // 2020 .. 2023
    if (listed) s.arrivals[0].rate_by_year = {{2020, 1000}, {2021, 1000}};
    auto r = experiment::run_experiment(model::compile(model::check(s)), {});
    auto mean = [&](const char* year) {
      return stats::summarise(kpi_values(r, "arrivals", "a", year)).mean;
    };
    CHECK(mean("2021") == doctest::Approx(1000).epsilon(0.02));
    CHECK(mean("2022") == doctest::Approx(800).epsilon(0.02));
    CHECK(mean("2023") == doctest::Approx(640).epsilon(0.02));
    CHECK(model::describe_demand(model::compile(model::check(s)))[0].text.ends_with(
        "; from 2022-01-01 on, instead, changing -20.0% a year"));
  }
}

TEST_CASE("a policy's trend before the stream's trend_until runs to it, and the demand says so") {
  auto s = falling_from_2022(5);  // 2020 .. 2024
  s.arrivals[0].trend_until = 2023;
  auto t = model::compile(model::check(s));
  auto r = experiment::run_experiment(t, {});
  CHECK(stats::summarise(kpi_values(r, "arrivals", "a", "2023")).mean ==
        doctest::Approx(640).epsilon(0.02));
  CHECK(stats::summarise(kpi_values(r, "arrivals", "a", "2024")).mean ==
        doctest::Approx(640).epsilon(0.02));
  CHECK(model::describe_demand(t)[0].text.ends_with(
      "; from 2022-01-01 on, instead, changing -20.0% a year to 2023, then flat"));
}

TEST_CASE("describe_demand: every year of the run has a stated demand, listed, trended or flat") {
  auto s = base(6, 1000, "x");  // 2020 .. 2025
  s.arrivals[0].rate_by_year = {{2020, 1000}, {2021, 1200}};
  s.arrivals[0].trend = 0.05;
  s.arrivals[0].trend_until = 2023;
  s.stages = {stage("x", 1, "exit")};
  auto d = model::describe_demand(model::compile(model::check(s)));
  REQUIRE(d.size() == 1);
  CHECK(d[0].stream == "a");
  CHECK(
      d[0].text ==
      "2020: 1000, 2021: 1200 a year (listed); from 2022 changing +5.0% a year to 2023, then flat");
  s.arrivals[0].trend = 0;  // frozen at the last listed year: said, not silent
  d = model::describe_demand(model::compile(model::check(s)));
  CHECK(d[0].text == "2020: 1000, 2021: 1200 a year (listed); from 2022 flat");
}
