// A waiting list that rises year after year is found, and a stable one is not: on M/M/c
// queues, where queueing theory says which grows (arrival rate above c x service rate) and
// which settles, and on hand-made yearly means.
#include "sim/experiment/growing_queues.h"

#include <doctest/doctest.h>

#include "sim/experiment/experiment.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

// lambda = 4 a day into c servers of mean 1 day (mu = 1): utilisation 4 / c.
std::string mmc(int places) {
  return "scenario: mmc\nrun: {start: 2020-01-01, years: 5, replications: 10, seed: 5}\n"
         "resources: {server: {kind: places, places: " +
         std::to_string(places) +
         "}}\n"
         "arrivals: {a: {into: service, families_per_year: 1461}}\n"
         "stages:\n  service:\n    acquire: [server]\n    duration: {exponential: {mean_days: 1}}\n"
         "    release: [server]\n    next: [{to: exit}]\n";
}

std::vector<experiment::GrowingQueue> growing(int places) {
  auto r = experiment::run_experiment(testing::tables_from(mmc(places)), {2, {}});
  return experiment::growing_queues(r.catalog, experiment::summarise(r));
}

stats::Summary year_end(double mean, double half_width) {
  stats::Summary s;
  s.n = 10;
  s.mean = mean;
  s.ci_low = mean - half_width;
  s.ci_high = mean + half_width;
  return s;
}

}  // namespace

TEST_CASE("growing queues: an M/M/c above its capacity grows every year, one below it does not") {
  // c = 3 serves 3 a day against 4 arriving: about 365 more families wait each year.
  auto over = growing(3);
  REQUIRE(over.size() == 1);
  CHECK(over[0].resource == "server");
  CHECK(over[0].first_year == "2021");
  CHECK(over[0].last_year == "2024");
  CHECK(over[0].per_year == doctest::Approx(365).epsilon(0.1));
  CHECK(growing(6).empty());  // utilisation 2/3: the list settles within days
}

TEST_CASE("growing queues: three rises beyond chance in the last years are needed") {
  stats::KpiCatalog catalog({"2020", "2021", "2022", "2023", "2024", "all"});
  catalog.add({"queue_end", "families", ""}, {"a", "b", "c"});
  std::vector<stats::Summary> s;
  // a: rises 10, 20, 30, 40, 50 with narrow intervals - growing.
  for (double m : {10, 20, 30, 40, 50}) s.push_back(year_end(m, 2));
  s.push_back(year_end(30, 1));
  // b: rises as much, but the intervals overlap - chance could explain it.
  for (double m : {10, 20, 30, 40, 50}) s.push_back(year_end(m, 6));
  s.push_back(year_end(30, 1));
  // c: rose early, flat in the last three steps.
  for (double m : {10, 50, 50, 51, 50}) s.push_back(year_end(m, 0.2));
  s.push_back(year_end(30, 1));
  auto g = experiment::growing_queues(catalog, s);
  REQUIRE(g.size() == 1);
  CHECK(g[0].resource == "a");
  CHECK(g[0].first == 20);
  CHECK(g[0].last == 50);
  CHECK(g[0].per_year == 10);
}
