// What an interrupted run saves and how a later run reads it back: partial.json with the
// run's fingerprint, kpis.csv's values exactly as computed, and the free-space check.
#include "output/partial_run.h"

#include <doctest/doctest.h>

#include <bit>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <limits>

#include "output/csv_writer.h"
#include "output/finished_run.h"
#include "output/kpi_rows_reader.h"
#include "output/output_folder.h"
#include "output/output_set.h"
#include "sim/stats/kpi_catalog.h"
#include "tests/support.h"

using namespace ketensim;
using namespace ketensim::output;
namespace fs = std::filesystem;

namespace {

RunFingerprint fingerprint() {
  return {"0123456789abcdef", 7, 40, 1000000, "0.1.0"};
}

stats::KpiCatalog catalog() {
  stats::KpiCatalog c({"2020", "all"});
  c.add({"wait_mean", "days", "mean wait"}, {"jbw", "plaatsen"});
  return c;
}

void write_kpis(const fs::path& file, const stats::KpiCatalog& c,
                const std::vector<std::vector<double>>& replications) {
  KpiRowsCsv csv(file, c);
  for (std::size_t r = 0; r < replications.size(); ++r)
    csv.add(static_cast<int>(r), replications[r]);
  csv.commit();
}

PartialRun saved_run() {
  return {fingerprint(), 1, 34567, "interrupted by SIGINT", "ketensim run x.yaml", ""};
}

// The output set of an interrupted run, as `ketensim run` publishes it: kpis.csv with the
// replications done, partial.json bound to it, manifest.json.
void save_partial_set(const fs::path& dir, PartialRun p) {
  OutputSet set(dir, kRunSetFiles);
  write_kpis(set.path("kpis.csv"), catalog(), {{1, 2, 3, 4}});
  p.kpis_digest = set.digest("kpis.csv");
  write_partial(set.staging(), p);
  set.publish(run_id(p.fingerprint));
}

}  // namespace

TEST_CASE("partial.json is read back as written, and only by the same run") {
  fs::path dir = testing::scratch_directory("partial");
  save_partial_set(dir, saved_run());
  PartialRun p = saved_partial(dir, fingerprint());
  CHECK(p.done == 1);
  CHECK(p.events == 34567);
  CHECK(p.reason == "interrupted by SIGINT");
  CHECK(p.resume == "ketensim run x.yaml");

  RunFingerprint other = fingerprint();
  other.seed = 8;
  other.replications = 50;
  other.scenario_files = "fedcba9876543210";
  try {
    saved_partial(dir, other);
    FAIL("a different run may not continue it");
  } catch (const ResumeError& e) {
    CHECK(std::string(e.what()) ==
          "cannot resume " + dir.string() +
              ": the scenario file or a file it extends is not the one the saved run used, or "
              "has changed since (run it afresh); the saved run has seed 7 and this one 8 (give "
              "--seed 7 to continue it); the saved run has replications 40 and this one 50 (give "
              "--replications 40 to continue it)");
  }
  other = fingerprint();
  other.version = "0.2.0";
  CHECK_THROWS_WITH_AS(saved_partial(dir, other),
                       ("cannot resume " + dir.string() +
                        ": the saved run was made by ketensim 0.1.0, this is ketensim 0.2.0 "
                        "(run it afresh)")
                           .c_str(),
                       ResumeError);
  fs::remove(dir / kPartialFile);
  CHECK_THROWS_WITH_AS(saved_partial(dir, fingerprint()),
                       ("cannot resume " + dir.string() +
                        ": it holds no partial.json, so no interrupted run to continue")
                           .c_str(),
                       ResumeError);
}

TEST_CASE("kpis.csv reads back to the very bits written, NaN, infinities and -0 included") {
  fs::path dir = testing::scratch_directory("kpi-rows");
  auto c = catalog();
  double inf = std::numeric_limits<double>::infinity();
  std::vector<std::vector<double>> written = {{0.1, 1.0 / 3, std::nan(""), -0.0},
                                              {inf, -inf, 1e-310, 123456789.125}};
  write_kpis(dir / "kpis.csv", c, written);
  KpiRowsReader reader(dir / "kpis.csv", c);
  for (int r = 0; r < 2; ++r) {
    std::vector<double> got = reader.next(r);
    for (std::size_t k = 0; k < got.size(); ++k) {
      CAPTURE(k);
      if (std::isnan(written[r][k])) {
        CHECK(std::isnan(got[k]));
      } else {
        CHECK(std::bit_cast<std::uint64_t>(got[k]) == std::bit_cast<std::uint64_t>(written[r][k]));
      }
    }
  }
}

TEST_CASE("a kpis.csv that is not the saved run's is refused, naming the line") {
  fs::path dir = testing::scratch_directory("kpi-rows-bad");
  auto c = catalog();
  write_kpis(dir / "kpis.csv", c, {{1, 2, 3, 4}});
  KpiRowsReader reader(dir / "kpis.csv", c);
  reader.next(0);
  CHECK_THROWS_WITH_AS(reader.next(1),
                       ("cannot resume " + dir.string() + ": " + (dir / "kpis.csv").string() +
                        " line 6 is not the row the saved run promises (expected "
                        "'wait_mean,jbw,2020,days,1,...', found 'the end of the file'); run it "
                        "afresh")
                           .c_str(),
                       ResumeError);
}

TEST_CASE("too little free space is reported before the run, in sizes a person reads") {
  CHECK(space_problem("runs/x", 1'000'000'000, 5'000'000'000) == "");
  CHECK(space_problem("runs/x", 1'200'000'000, 900'000'000) ==
        "not enough free space for the output in runs/x: this run needs about 1.3 GB (its files "
        "about 1.2 GB, the report and temporary files the rest), and 900.0 MB are free");
  // Issue 19, item 15: a small run refused for its margin said "writes about 26.3 kB, and
  // 2.1 MB are free"; it now says what it needs in all.
  CHECK(space_problem("runs/x", 26'300, 2'100'000) ==
        "not enough free space for the output in runs/x: this run needs about 10.0 MB (its files "
        "about 26.3 kB, the report and temporary files the rest), and 2.1 MB are free");
  CHECK_THROWS_AS(static_cast<void>(prepare_directory(testing::scratch_directory("space"),
                                                      std::uintmax_t(1) << 62)),
                  OutputError);
}

// --extend writes its whole output set anew beside the old one (output_set.h), so the space it
// needs is that of the old and new replications together, not of the new ones alone.
TEST_CASE(
    "--extend's free-space estimate covers the kpis.csv of the old and the new replications") {
  auto c = catalog();
  FinishedRun saved{30, 0};
  CHECK(saved.extension_bytes(c, 20) == KpiRowsCsv::estimated_bytes(c, 50));
  fs::path file = testing::scratch_directory("extension-bytes") / "kpis.csv";
  write_kpis(file, c,
             std::vector<std::vector<double>>(50, {1.0 / 3, 2.0 / 3, -1e-300, 123456.789}));
  CHECK(fs::file_size(file) <= saved.extension_bytes(c, 20));
  CHECK(fs::file_size(file) > KpiRowsCsv::estimated_bytes(c, 20));
}

// Issue 19 item 2: -1, 2^31 and 1e300 once wrapped (or were undefined) when read as an int and
// the resume cut kpis.csv to its header; now each is refused, naming the file and the key.
TEST_CASE("a partial.json whose replications_done is out of range is refused, naming the key") {
  fs::path dir = testing::scratch_directory("partial-done-range");
  write_partial(dir,
                {fingerprint(), 12, 34567, "interrupted by SIGINT", "ketensim run x.yaml", ""});
  std::string good;
  {
    std::ifstream in(dir / kPartialFile);
    good.assign(std::istreambuf_iterator<char>(in), {});
  }
  const std::string key = "\"replications_done\": 12";
  REQUIRE(good.find(key) != std::string::npos);
  for (std::string bad : {"-1", "2147483648", "1e300", "41", "3.5", "\"12\"", "null"}) {
    CAPTURE(bad);
    std::string text = good;
    text.replace(text.find(key), key.size(), "\"replications_done\": " + bad);
    std::ofstream(dir / kPartialFile, std::ios::trunc) << text;
    std::string shown = bad == "1e300" ? "1e+300" : bad;
    CHECK_THROWS_WITH_AS(saved_partial(dir, fingerprint()),
                         ("cannot resume " + dir.string() + ": " + (dir / kPartialFile).string() +
                          " has replications_done " + shown +
                          ", not a whole number from 0 to 40 (its planned replications)")
                             .c_str(),
                         ResumeError);
  }
}

// Issue 19 item 15: a partial.json that is a folder gave the JSON library's raw message.
TEST_CASE("a partial.json that is a folder is refused, naming it") {
  fs::path dir = testing::scratch_directory("partial-folder");
  fs::create_directory(dir / kPartialFile);
  CHECK_THROWS_WITH_AS(saved_partial(dir, fingerprint()),
                       ("cannot resume " + dir.string() + ": " + (dir / kPartialFile).string() +
                        " is not a regular file, so not one ketensim wrote")
                           .c_str(),
                       ResumeError);
}
