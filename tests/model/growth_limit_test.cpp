// The stop criterion for unstable scenarios: a replication ends once more families are alive
// than run.max_families allows, and the report says where they pile up.
#include <doctest/doctest.h>

#include <cmath>

#include "sim/model/chain_model.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/instability.h"
#include "sim/model/observer_pair.h"
#include "tests/support.h"

using namespace ketensim;

namespace {

// M/M/1 with rho = 2: 2 arrivals a day at one place serving 1 a day.
const char* kUnstable = R"(
scenario: mm1
run: {start: 2020-01-01, years: 5, seed: 3, max_families: 200}
resources: {server: {kind: places, places: 1}}
arrivals: {a: {into: service, families_per_year: 730.5}}
stages:
  service:
    acquire: [server]
    duration: {exponential: {mean_days: 1}}
    release: [server]
    next: [{to: exit}]
)";

struct Stopped {
  std::optional<model::Instability> instability;
  std::size_t alive = 0;
  std::uint64_t events = 0;
};

Stopped run(const model::ChainTables& t) {
  stats::KpiCatalog catalog = model::ChainStatistics::catalog(t);
  model::ChainStatistics statistics(t, catalog);
  model::ChainModel m(t, 0, statistics);
  m.run();
  return {m.instability(), m.families_alive(), m.events()};
}

model::Instability example() {
  model::Instability i;
  i.scenario = "jbt";
  i.replication = 3;
  i.day = 730.5;
  i.date = {2022, 1, 1};
  i.families = 12001;
  i.bound = 12000;
  i.arrivals = 15000;
  i.resource = model::CrowdedResource{"jbw", 1240, 6000, 2000, 365.25};
  i.stage = "ots";
  i.stage_families = 9000;
  return i;
}

// Counts the hooks called, and checks the arguments each forward passes on.
struct Recorder : model::ChainObserver {
  int calls = 0;
  void seen(engine::SimTime t) { calls += t == 7.0; }
  void attach(const model::FamilyPool&) override { ++calls; }
  void on_arrival(engine::SimTime t, const model::Family&) override { seen(t); }
  void on_stage_enter(engine::SimTime t, const model::Family&, int s) override { seen(t + s - 1); }
  void on_stage_exit(engine::SimTime t, const model::Family&, int s) override { seen(t + s - 1); }
  void on_wait_start(engine::SimTime t, const model::Family&, int r) override { seen(t + r - 2); }
  void on_acquire(engine::SimTime t, const model::Family&, int r, int a, double w) override {
    seen(t + r - 2 + a - 3 + w - 4);
  }
  void on_wait_abandoned(engine::SimTime t, const model::Family&, int r, double w) override {
    seen(t + r - 2 + w - 4);
  }
  void on_release(engine::SimTime t, const model::Family&, int r, int a) override {
    seen(t + r - 2 + a - 3);
  }
  void on_exit(engine::SimTime t, const model::Family&, int e) override { seen(t + e - 5); }
  void on_initial(engine::SimTime t, const model::Family&, int s) override { seen(t + s - 1); }
  void on_measure_change(engine::SimTime t, const model::Family&, int a, int b) override {
    seen(t + a - b);
  }
  void on_measure_move(engine::SimTime t, const model::Family&, int m, bool in) override {
    seen(t + m - 3 + in - 1);
  }
  void on_norm_start(engine::SimTime t, const model::Family&, int n) override { seen(t + n - 6); }
  void on_norm_stop(engine::SimTime t, const model::Family&, int n, engine::SimTime s,
                    bool met) override {
    seen(t + n - 6 + s - 8 + met - 1);
  }
  void on_norm_drop(engine::SimTime t, const model::Family&, int n, engine::SimTime s) override {
    seen(t + n - 6 + s - 8);
  }
  void on_capacity(engine::SimTime t, int r, std::int64_t u) override {
    seen(t + r - 2 + double(u) - 9);
  }
  void on_staff(engine::SimTime t, int r, double f, double l) override {
    seen(t + r - 2 + f - 10 + l - 11);
  }
  void on_review(engine::SimTime t, const model::Family&, int r) override { seen(t + r - 12); }
  void on_finish(engine::SimTime t) override { seen(t); }
};

}  // namespace

TEST_CASE("an observer pair hands every hook, with its arguments, to both observers") {
  Recorder a, b;
  model::ObserverPair pair(a, b);
  model::FamilyPool pool(0, 1, 1);
  const model::Family& f = pool.create();
  model::ChainObserver& o = pair;
  o.attach(pool);
  o.on_arrival(7, f);
  o.on_stage_enter(7, f, 1);
  o.on_stage_exit(7, f, 1);
  o.on_wait_start(7, f, 2);
  o.on_acquire(7, f, 2, 3, 4);
  o.on_wait_abandoned(7, f, 2, 4);
  o.on_release(7, f, 2, 3);
  o.on_exit(7, f, 5);
  o.on_initial(7, f, 1);
  o.on_measure_change(7, f, 3, 3);
  o.on_measure_move(7, f, 3, true);
  o.on_norm_start(7, f, 6);
  o.on_norm_stop(7, f, 6, 8, true);
  o.on_norm_drop(7, f, 6, 8);
  o.on_capacity(7, 2, 9);
  o.on_staff(7, 2, 10, 11);
  o.on_review(7, f, 12);
  o.on_finish(7);
  CHECK(a.calls == 19);
  CHECK(b.calls == 19);
}

TEST_CASE("an unstable queue stops at the first arrival past the bound, deterministically") {
  auto t = testing::tables_from(kUnstable);
  Stopped a = run(t), b = run(t);
  REQUIRE(a.instability);
  CHECK(a.alive == 201);
  CHECK(a.instability->families == 201);
  CHECK(a.instability->day < t.horizon_days);
  CHECK(a.events == b.events);
  CHECK(model::describe(*a.instability) == model::describe(*b.instability));
  // Each arrival asks for the one place once; the stage holds everyone.
  REQUIRE(a.instability->resource);
  CHECK(a.instability->resource->name == "server");
  CHECK(a.instability->resource->requests == a.instability->arrivals);
  CHECK(a.instability->resource->waiting == 200);
  CHECK(a.instability->resource->families_at_once == 1);
  CHECK(a.instability->stage == "service");
  CHECK(a.instability->stage_families == 201);
}

TEST_CASE("a scenario within the bound runs to the horizon and reports nothing") {
  auto t = testing::tables_from(kUnstable);
  t.max_families = 1000000;
  Stopped s = run(t);
  CHECK_FALSE(s.instability);
  CHECK(s.alive > 201);
}

TEST_CASE("the initial stock is not counted as requests") {
  auto t =
      testing::tables_from(std::string(kUnstable) + "initial: [{stage: service, families: 50}]\n");
  Stopped s = run(t);
  REQUIRE(s.instability);
  CHECK(s.instability->resource->requests == s.instability->arrivals);
  CHECK(s.instability->families == 201);
}

TEST_CASE("the report of an unstable scenario, word for word") {
  CHECK(model::describe(example()) ==
        "scenario 'jbt' is unstable: replication 3 stopped on 2022-01-01, after 2.00 years, with "
        "12,001 families in the chain, more than run.max_families (12,000)\n"
        "  longest waiting list: resource jbw, 1,240 families waiting\n"
        "  measured since the start: 6,000 families asked for jbw in 2.00 years (~3,000 a year); "
        "it holds 2,000 families at once, each for 365 days on average, so it serves ~2,000 a "
        "year (estimated)\n"
        "  most families are in stage ots (9,000)\n"
        "  more families ask for jbw than it serves: add capacity, shorten the time it is held or "
        "lower the arrivals; raise run.max_families (or --max-families) only if the chain really "
        "holds this many families at once");
}

TEST_CASE("the report when nobody waits, or nobody has been served yet") {
  model::Instability none = example();
  none.resource.reset();
  CHECK(model::describe(none) ==
        "scenario 'jbt' is unstable: replication 3 stopped on 2022-01-01, after 2.00 years, with "
        "12,001 families in the chain, more than run.max_families (12,000)\n"
        "  most families are in stage ots (9,000)\n"
        "  no family waits for a resource: 15,000 families arrived (~7,500 a year, measured) and "
        "stay; shorten the stages or lower the arrivals; raise run.max_families (or "
        "--max-families) only if the chain really holds this many families at once");
  model::Instability unserved = example();
  unserved.resource->families_at_once = std::nan("");
  CHECK(model::describe(unserved).find("(~3,000 a year); no family has obtained it yet\n") !=
        std::string::npos);
  model::Instability held = example();
  held.resource->mean_hold_days = std::nan("");
  held.resource->families_at_once = 2.5;
  CHECK(model::describe(held).find("it holds about 2.50 families at once, and none has left it "
                                   "yet\n") != std::string::npos);
}
