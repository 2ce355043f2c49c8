// Two scenarios' KPIs paired by key, differences per replication.
#include "sim/stats/paired_kpis.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace ketensim::stats;

TEST_CASE("KPIs pair by (kpi, subject, period), the rest is listed on its side") {
  KpiCatalog base({"2020", "all"}), alt({"2020", "all"});
  base.add({"wait_mean", "days", ""}, {"jbw", "plaatsen"});
  alt.add({"wait_mean", "days", ""}, {"plaatsen", "jbw", "gesloten"});  // other order, one more
  PairedKpis p(base, alt);
  REQUIRE(p.pairs().size() == 4);
  CHECK(alt.key(p.pairs()[0].alternative).subject == "jbw");
  CHECK(p.only_in_base().empty());
  REQUIRE(p.only_in_alternative().size() == 2);
  CHECK(alt.key(p.only_in_alternative()[0]).subject == "gesloten");
}

TEST_CASE(
    "the difference is alternative - base per replication, a NaN on either side leaves the pair "
    "out") {
  KpiCatalog c({"all"});
  c.add({"x", "u", ""}, {"a"});
  PairedKpis p(c, c);
  p.add({10.0}, {7.0});
  p.add({20.0}, {16.0});
  p.add({std::nan("")}, {1.0});
  p.add({30.0}, {25.0});
  Summary d = p.difference(0);
  CHECK(d.n == 3);
  CHECK(d.mean == doctest::Approx(-4.0));
  CHECK(d.sd == doctest::Approx(1.0));
}
