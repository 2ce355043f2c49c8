// Exact timelines: fixed durations make every event time computable by hand from the
// arrival times, which a trace observer records.
#include <doctest/doctest.h>

#include <algorithm>
#include <sstream>
#include <vector>

#include "sim/model/chain_model.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

struct Trace : model::ChainObserver {
  std::vector<std::string> lines;
  std::vector<double> arrivals;
  void log(double t, const model::Family& f, const std::string& what) {
    std::ostringstream o;
    o << t << " f" << f.ordinal << " " << what;
    lines.push_back(o.str());
  }
  void on_arrival(double t, const model::Family& f) override {
    arrivals.push_back(t);
    log(t, f, "arrives");
  }
  void on_stage_enter(double t, const model::Family& f, int s) override {
    log(t, f, "enters " + std::to_string(s));
  }
  void on_wait_start(double t, const model::Family& f, int) override { log(t, f, "waits"); }
  void on_acquire(double t, const model::Family& f, int, int n, double w) override {
    std::ostringstream o;
    o << "takes " << n << " after " << w;
    log(t, f, o.str());
  }
  void on_wait_abandoned(double t, const model::Family& f, int, double) override {
    log(t, f, "gives up");
  }
  void on_exit(double t, const model::Family& f, int e) override {
    log(t, f, "exits " + std::to_string(e));
  }
};

std::string expect(double t, int family, const std::string& what) {
  std::ostringstream o;
  o << t << " f" << family << " " << what;
  return o.str();
}

}  // namespace

TEST_CASE("a single server with fixed service: the second family waits for the first") {
  // Arrival rate high enough that the first two families arrive within 10 days.
  auto t = testing::tables_from(R"(
scenario: timeline
run: {start: 2020-01-01, years: 0.1, seed: 3}
resources: {desk: {kind: places, places: 1}}
arrivals: {a: {into: intake, families_per_year: 36.525}}
stages:
  intake: {acquire: [desk], duration: {days: 10}, release: [desk], next: [{to: exit}]}
)");
  Trace trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(trace.arrivals.size() >= 2);
  double a0 = trace.arrivals[0], a1 = trace.arrivals[1];
  REQUIRE(a1 < a0 + 10);
  std::vector<std::string> want = {
      expect(a0, 0, "arrives"),
      expect(a0, 0, "enters 0"),
      expect(a0, 0, "takes 1 after 0"),
      expect(a1, 1, "arrives"),
      expect(a1, 1, "enters 0"),
      expect(a1, 1, "waits"),
      // Leaving the stage releases the desk, which goes to the waiting family at once.
      expect(
          a0 + 10, 1,
          "takes 1 after " +
              [&] {
                std::ostringstream o;
                o << a0 + 10 - a1;
                return o.str();
              }()),
      expect(a0 + 10, 0, "exits 0"),
  };
  std::vector<std::string> first_two;  // later families may interleave; follow f0 and f1
  for (const auto& line : trace.lines) {
    if (line.find(" f0 ") != std::string::npos || line.find(" f1 ") != std::string::npos)
      first_two.push_back(line);
  }
  REQUIRE(first_two.size() >= want.size());
  for (std::size_t i = 0; i < want.size(); ++i) CHECK(first_two[i] == want[i]);
}

TEST_CASE("a family gives up waiting after max_wait and takes the alternative route") {
  auto t = testing::tables_from(R"(
scenario: renege
run: {start: 2020-01-01, years: 1, seed: 5}
resources: {bed: {kind: places, places: 0}}
arrivals: {a: {into: placement, families_per_year: 10}}
stages:
  placement: {acquire: [bed], max_wait: {days: 90, then: bridging}, duration: {days: 100}, next: [{to: exit}]}
  bridging: {duration: {days: 30}, next: [{to: exit}]}
)");
  Trace trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(!trace.arrivals.empty());
  double a0 = trace.arrivals[0];
  auto at = [&](const std::string& line) {
    return std::find(trace.lines.begin(), trace.lines.end(), line) != trace.lines.end();
  };
  CHECK(at(expect(a0, 0, "waits")));
  CHECK(at(expect(a0 + 90, 0, "gives up")));
  CHECK(at(expect(a0 + 90, 0, "enters 1")));
  CHECK(at(expect(a0 + 120, 0, "exits 0")));
}

TEST_CASE("a family holds its caseload slot across stages until it is released") {
  auto t = testing::tables_from(R"(
scenario: hold
run: {start: 2020-01-01, years: 2, seed: 9}
resources: {gi: {kind: caseload, fte: 1, caseload_norm: 1}}
arrivals: {a: {into: start, families_per_year: 50}}
stages:
  start: {acquire: [gi], duration: {days: 5}, next: [{to: care}]}
  care: {duration: {days: 20}, next: [{to: closing}]}
  closing: {duration: {days: 5}, release: [gi], next: [{to: exit}]}
)");
  Trace trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(trace.arrivals.size() >= 2);
  // The slot is free again only after 5 + 20 + 5 = 30 days.
  double a0 = trace.arrivals[0], a1 = trace.arrivals[1];
  REQUIRE(a1 < a0 + 30);
  std::ostringstream wait;  // a caseload counts micro-fte: one case at norm 1 is 1e6 units
  wait << "takes 1000000 after " << a0 + 30 - a1;
  CHECK(std::find(trace.lines.begin(), trace.lines.end(), expect(a0 + 30, 1, wait.str())) !=
        trace.lines.end());
}

TEST_CASE("a decision point is passed within the event that brought the family there") {
  // decide lasts no time, acquires nothing and has no timers: it takes no event of its own.
  auto t = testing::tables_from(R"(
scenario: decide
run: {start: 2020-01-01, years: 1, seed: 4}
arrivals: {a: {into: intake, families_per_year: 20}}
stages:
  intake: {duration: {days: 10}, next: [{to: decide}]}
  decide: {next: [{to: exit}]}
)");
  Trace trace;
  model::ChainModel m(t, 0, trace);
  m.run();
  REQUIRE(trace.arrivals.size() >= 2);
  double a0 = trace.arrivals[0];
  CHECK(trace.lines[0] == expect(a0, 0, "arrives"));
  auto f0_line = [&](int n) {
    std::vector<std::string> f0;
    for (const auto& line : trace.lines) {
      if (line.find(" f0 ") != std::string::npos) f0.push_back(line);
    }
    return f0.at(n);
  };
  CHECK(f0_line(2) == expect(a0 + 10, 0, "enters 1"));
  CHECK(f0_line(3) == expect(a0 + 10, 0, "exits 0"));
  // One event per arrival and one per end of intake, none for decide.
  auto intakes_ended =
      std::count_if(trace.lines.begin(), trace.lines.end(),
                    [](const std::string& l) { return l.find(" enters 1") != std::string::npos; });
  CHECK(m.events() == trace.arrivals.size() + static_cast<std::size_t>(intakes_ended));
}
