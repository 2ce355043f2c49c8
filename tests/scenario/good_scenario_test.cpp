// A correct scenario loads into exactly the structs it describes, and what it leaves out
// takes the defaults of the parameter table.
#include <doctest/doctest.h>

#include <cmath>

#include "sim/scenario/loader.h"
#include "tests/scenario/scenario_test_support.h"

namespace ketensim::scenario {
namespace {

using engine::DistributionKind;
using testing::data_file;

const Stage& stage(const Scenario& s, const std::string& name) {
  for (const Stage& st : s.stages) {
    if (st.name == name) return st;
  }
  FAIL("no stage " << name);
  return s.stages.front();
}

TEST_CASE("good.yaml: header, run, attributes, exits") {
  Scenario s = load_scenario(data_file("good.yaml"));
  CHECK(s.name == "good-slice");
  CHECK(s.description == "Two regions, JBT to foster care");
  CHECK(s.files == std::vector<std::string>{data_file("good.yaml")});
  CHECK(s.run.start == engine::Date{2021, 1, 1});
  CHECK(s.run.years == 2.5);
  CHECK(s.run.replications == 20);
  CHECK(s.run.seed == 18446744073709551615ull);
  CHECK(s.run.location.line == 5);
  REQUIRE(s.attributes.size() == 2);
  CHECK(s.attributes[0].name == "region");
  CHECK(s.attributes[0].values == std::vector<std::string>{"haaglanden", "holland_rijnland"});
  CHECK(s.attributes[1].name == "route");
  CHECK(s.attributes[1].values == std::vector<std::string>{"regulier", "spoed"});
  CHECK(s.exits == std::vector<std::string>{"afgesloten"});
  REQUIRE(s.exit_locations.size() == 1);
  CHECK(s.exit_locations[0].line == 15);
  CHECK(s.exit_locations[0].column == 9);
}

TEST_CASE("good.yaml: a caseload and a places resource") {
  Scenario s = load_scenario(data_file("good.yaml"));
  REQUIRE(s.resources.size() == 2);
  const Resource& jbw = s.resources[0];
  CHECK(jbw.name == "jbw");
  CHECK(jbw.kind == ResourceKind::caseload);
  CHECK(jbw.fte == 12.5);
  CHECK(jbw.caseload_norm == 15);
  CHECK(jbw.per == CapacityUnit::child);
  CHECK(jbw.queue == QueueOrder::fifo);
  CHECK(jbw.location.file == data_file("good.yaml"));
  CHECK(jbw.location.line == 18);
  CHECK(jbw.location.column == 3);
  const Resource& places = s.resources[1];
  CHECK(places.name == "pleegplaatsen");
  CHECK(places.kind == ResourceKind::places);
  CHECK(places.places == 60);
  CHECK(places.per == CapacityUnit::family);
  CHECK(places.queue == QueueOrder::priority);
}

TEST_CASE("good.yaml: two arrival streams") {
  Scenario s = load_scenario(data_file("good.yaml"));
  REQUIRE(s.arrivals.size() == 2);
  const ArrivalStream& lokaal = s.arrivals[0];
  CHECK(lokaal.name == "lokaal_team");
  CHECK(lokaal.into == "jbt");
  CHECK(lokaal.into_location.line == 30);
  CHECK(lokaal.into_location.column == 11);
  CHECK(lokaal.families_per_year == 195);
  CHECK(lokaal.trend == -0.02);
  CHECK(lokaal.seasonality == std::vector<double>{1.1, 1, 1, 1, 1, 1, 0.8, 0.8, 1, 1, 1.1, 1.2});
  CHECK(lokaal.children.kind() == DistributionKind::empirical);
  CHECK(lokaal.children.values() == std::vector<double>{1, 2, 3});
  CHECK(lokaal.children.mean() == doctest::Approx(1.4));
  REQUIRE(lokaal.attributes.size() == 2);
  CHECK(lokaal.attributes[0].attribute == "region");
  CHECK(lokaal.attributes[0].values == std::vector<std::string>{"haaglanden", "holland_rijnland"});
  CHECK(lokaal.attributes[0].weights[0] == doctest::Approx(0.6));
  CHECK(lokaal.attributes[0].weights[1] == doctest::Approx(0.4));
  CHECK(lokaal.attributes[1].values == std::vector<std::string>{"regulier"});
  CHECK(lokaal.attributes[1].weights == std::vector<double>{1.0});
  CHECK(lokaal.priority == 0);
  const ArrivalStream& politie = s.arrivals[1];
  CHECK(politie.name == "politie");
  CHECK(politie.families_per_year == 40);
  CHECK(politie.trend == 0);
  CHECK(politie.seasonality.empty());
  CHECK(politie.children.kind() == DistributionKind::fixed);
  CHECK(politie.children.mean() == 1);
  CHECK(politie.priority == 1);
}

TEST_CASE("good.yaml: stages with p-branches, a when-branch, max_wait and max_visits") {
  Scenario s = load_scenario(data_file("good.yaml"));
  REQUIRE(s.stages.size() == 5);
  const Stage& jbt = stage(s, "jbt");
  CHECK(jbt.duration.kind() == DistributionKind::fixed);
  CHECK(jbt.duration.mean() == 14);
  REQUIRE(jbt.next.size() == 2);
  CHECK(jbt.next[0].to == "raadsonderzoek");
  CHECK(jbt.next[0].p == 0.673);
  CHECK(jbt.next[1].to == "afgesloten");
  CHECK(jbt.next[1].p == 0.327);
  CHECK(jbt.next[1].to_location.line == 50);
  CHECK(jbt.next[1].to_location.column == 14);
  const Stage& onderzoek = stage(s, "raadsonderzoek");
  CHECK(onderzoek.duration.kind() == DistributionKind::lognormal);
  CHECK(onderzoek.duration.parameters()[0].second == doctest::Approx(std::log(120)));
  const Stage& gi = stage(s, "gi");
  CHECK(gi.acquire == std::vector<std::string>{"jbw"});
  CHECK(gi.max_wait_days == 90);
  CHECK(gi.after_max_wait == "overbrugging");
  CHECK(gi.duration.kind() == DistributionKind::exponential);
  CHECK(gi.duration.mean() == 300);
  REQUIRE(gi.set.size() == 1);
  CHECK(gi.set[0].attribute == "route");
  CHECK(gi.set[0].value == "regulier");
  REQUIRE(gi.next.size() == 2);
  REQUIRE(gi.next[0].when);
  CHECK(!gi.next[0].p);
  REQUIRE(gi.next[0].when->attributes.size() == 1);
  CHECK(gi.next[0].when->attributes[0].attribute == "region");
  CHECK(gi.next[0].when->attributes[0].any_of == std::vector<std::string>{"haaglanden"});
  CHECK(gi.next[0].when->min_children == 2);
  CHECK(!gi.next[0].when->max_children);
  CHECK(gi.next[1].to == "exit");
  CHECK(!gi.next[1].when);
  CHECK(!gi.release_all);
  const Stage& brug = stage(s, "overbrugging");
  CHECK(brug.duration.kind() == DistributionKind::uniform);
  CHECK(brug.max_visits == 3);
  CHECK(brug.after_max_visits == "afgesloten");
  const Stage& pleegzorg = stage(s, "pleegzorg");
  CHECK(pleegzorg.duration.kind() == DistributionKind::gamma);
  CHECK(pleegzorg.duration.mean() == doctest::Approx(300));
  CHECK(pleegzorg.release_all);
  CHECK(pleegzorg.release.empty());
}

TEST_CASE("what a scenario leaves out takes the table's defaults") {
  Scenario s = load_scenario(data_file("minimal.yaml"));
  CHECK(s.run.replications == 1);
  CHECK(s.run.seed == 1);
  CHECK(s.attributes.empty());
  CHECK(s.exits.empty());
  CHECK(s.resources.empty());
  REQUIRE(s.arrivals.size() == 1);
  CHECK(s.arrivals[0].trend == 0);
  CHECK(s.arrivals[0].priority == 0);
  CHECK(s.arrivals[0].children.kind() == DistributionKind::fixed);
  CHECK(s.arrivals[0].children.mean() == 1);
  REQUIRE(s.stages.size() == 1);
  CHECK(s.stages[0].duration.kind() == DistributionKind::fixed);
  CHECK(s.stages[0].duration.mean() == 0);
  CHECK(s.stages[0].max_visits == 0);
}

TEST_CASE("a scenario can be loaded from text") {
  Scenario s = load_scenario_text(
      "scenario: t\nrun: {start: 2020-01-01, years: 1}\n"
      "arrivals: {a: {into: s, families_per_year: 1}}\nstages: {s: {next: [{to: exit}]}}\n",
      "inline.yaml");
  CHECK(s.name == "t");
  CHECK(s.files == std::vector<std::string>{"inline.yaml"});
  CHECK(s.stages[0].location.line == 4);
}

}  // namespace
}  // namespace ketensim::scenario
