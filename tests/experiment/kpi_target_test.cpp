// Reading a service level as a planner writes it.
#include "sim/experiment/kpi_target.h"

#include <doctest/doctest.h>

#include <cmath>

using namespace ketensim::experiment;

namespace {

std::string error_of(const std::string& text) {
  try {
    parse_target(text);
  } catch (const RequestError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

TEST_CASE("a KPI name, a comparison and a value, % divides by 100") {
  KpiTarget t = parse_target("wait_mean <= 30");
  CHECK(t.kpi == "wait_mean");
  CHECK(t.op == KpiTarget::Op::at_most);
  CHECK(t.value == 30);
  CHECK(t.is_upper_bound());
  KpiTarget s = parse_target("waited_share<5%");
  CHECK(s.kpi == "waited_share");
  CHECK(s.op == KpiTarget::Op::below);
  CHECK(s.value == doctest::Approx(0.05));
  CHECK_FALSE(parse_target("norm_met_share >= 95%").is_upper_bound());
}

TEST_CASE("phrases map to KPI names through the one table") {
  KpiTarget t = parse_target("share waiting > 90 days <= 5%");
  CHECK(t.kpi == "waited_over_90d");
  CHECK(t.op == KpiTarget::Op::at_most);
  CHECK(t.value == doctest::Approx(0.05));
  CHECK(parse_target("share waiting longer than 180 days <= 10%").kpi == "waited_over_180d");
  CHECK(parse_target("mean wait <= 14").kpi == "wait_mean");
  CHECK(parse_target("share waiting <= 20%").kpi == "waited_share");
  CHECK(parse_target("families waiting at year end <= 10").kpi == "queue_end");
}

TEST_CASE(
    "the waiting KPIs per N days: a phrase or the name with its N gives the subject resource/Nd") {
  KpiTarget placed = parse_target("share placed within 91 days >= 90%");
  CHECK(placed.kpi == "placed_within_share");
  CHECK(placed.threshold_days == 91);
  CHECK(placed.subject_or("gesloten") == "gesloten/91d");
  CHECK(placed.value == doctest::Approx(0.9));
  KpiTarget over = parse_target("children waiting more than 42 days <= 10");
  CHECK(over.kpi == "waiting_over_end");
  CHECK(over.subject_or("jbw") == "jbw/42d");
  CHECK(parse_target("waiting_over_end 5d <= 3").subject_or("jbw") == "jbw/5d");
  CHECK(parse_target("placed_within_share 14 >= 50%").subject_or("jbw") == "jbw/14d");
  // A subject written out is kept as written.
  CHECK(parse_target("waiting_over_end jbw/5d <= 3").subject == "jbw/5d");
  CHECK_THROWS_AS(parse_target("share placed within 9999999 days >= 1%"), RequestError);
}

TEST_CASE("a KPI name with its subject: the KPI of another subject than the resource") {
  KpiTarget t = parse_target("norm_met_share vaste_jeugdbeschermer >= 95%");
  CHECK(t.kpi == "norm_met_share");
  CHECK(t.subject == "vaste_jeugdbeschermer");
  CHECK(t.value == doctest::Approx(0.95));
  CHECK(t.subject_or("jbw") == "vaste_jeugdbeschermer");
  CHECK(parse_target("wait_mean <= 3").subject_or("jbw") == "jbw");
  CHECK(parse_target("mean wait <= 3").subject.empty());  // a phrase, not a name and subject
}

TEST_CASE("whether a value meets the target, NaN (undefined) never does") {
  KpiTarget t = parse_target("wait_mean <= 30");
  CHECK(t.met_by(30));
  CHECK_FALSE(t.met_by(30.5));
  CHECK_FALSE(t.met_by(std::nan("")));
  CHECK(parse_target("norm_met_share > 0.9").met_by(0.95));
}

TEST_CASE("what cannot be read is named") {
  const std::string hint =
      " (expected a KPI, a comparison and a value, e.g. \"wait_mean <= 30\" or \"waited_share <= "
      "5%\")";
  CHECK(error_of("wait_mean 30") == "target 'wait_mean 30': no comparison (<=, <, >=, >)" + hint);
  CHECK(error_of("wait_mean <= thirty") ==
        "target 'wait_mean <= thirty': 'thirty' is not a number" + hint);
  CHECK(error_of("<= 3") == "target '<= 3': nothing left of '<='" + hint);
  CHECK(error_of("the wait is short <= 3") ==
        "target 'the wait is short <= 3': 'the wait is short' is neither a KPI name (with or "
        "without its subject) nor a known phrase" +
            hint);
}
