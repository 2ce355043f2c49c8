// Legal timers written in YAML: a stage without a duration lasts until its first timer
// fires; an age timer ends a measure at 18.
#include <doctest/doctest.h>

#include "sim/model/chain_model.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

struct Exits : model::ChainObserver {
  std::vector<double> stay, age_at_exit;
  void on_exit(double t, const model::Family& f, int) override {
    stay.push_back(t - f.arrived);
    age_at_exit.push_back((t - f.birth) / 365.25);
  }
};

}  // namespace

TEST_CASE("a stage without a duration lasts until its first timer: an OTS year, or the 18th birthday") {
  auto t = testing::tables_from(R"(scenario: timers
run: {start: 2020-01-01, years: 3, seed: 2}
arrivals: {a: {into: ots, families_per_year: 300, age: {uniform: {min_years: 16, max_years: 17.9}}}}
stages:
  ots:
    timers: [{days: 365, then: exit}, {age: 18, then: exit}]
    next: [{to: exit}]
)");
  Exits trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(trace.stay.size() > 200);
  int year = 0, adult = 0;
  for (std::size_t i = 0; i < trace.stay.size(); ++i) {
    bool full_year = trace.stay[i] == doctest::Approx(365);
    bool turned_18 = trace.age_at_exit[i] == doctest::Approx(18);
    CHECK((full_year || turned_18));
    CHECK(trace.stay[i] <= 365 + 1e-9);
    year += full_year;
    adult += turned_18 && !full_year;
  }
  CHECK(year > 0);
  CHECK(adult > 0);   // arrivals older than 17 turn 18 within their OTS year
}
