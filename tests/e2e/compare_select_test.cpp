// End to end: `ketensim compare --select`, which of three scenarios is best on one KPI
// (Kim and Nelson's procedure, sim/experiment/ranking.h): its answer first, selection.csv in
// the compare output set, the same bytes at any thread count, and a request it cannot read
// refused naming the option and the nearest valid name.
#include <doctest/doctest.h>

#include <filesystem>

#include "tests/support.h"

namespace fs = std::filesystem;
using ketensim::testing::contains;
using ketensim::testing::read_text;
using ketensim::testing::run_cli;
using ketensim::testing::source_path;
using ketensim::testing::temp_path;

namespace {

// The JBT slice, its lower caseload norm, and the slice with a JBT 0.001 day longer.
std::string three_scenarios() {
  return source_path("scenarios/haaglanden-jbt-slice.yaml") + " " +
         source_path("scenarios/examples/lagere-caseload-norm.yaml") + " " +
         source_path("tests/e2e/data/slice-jbt-a-moment-longer.yaml");
}

}  // namespace

TEST_CASE(
    "compare --select: the best of three first, in selection.csv, the same at 1 and 2 threads") {
  // The lower norm shortens the mean lead time by about 3.5 days; the JBT a moment longer
  // lengthens it by 0.001 day in every replication, which KN sees at once (no variance).
  std::string base =
      "compare " + three_scenarios() + " -r 100 -s 5 --select \"min lead_time_mean\" ";
  fs::path a = temp_path("e2e-select-t1"), b = temp_path("e2e-select-t2");
  auto r = run_cli(base + "--threads 1 --out " + a.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(r.output.rfind("Selected: haaglanden-jbt-slice-lagere-norm is best on lead_time_mean all "
                       "(lower is better) "
                       "with probability at least 95.0%, within 0.50 days (Kim-Nelson, decided "
                       "after 20 replications)\n",
                       0) == 0);
  CHECK(contains(
      r.output,
      "slice-jbt-a-moment-longer             318.9 days      eliminated after replication 20"));
  CHECK(contains(r.output, "3 scenarios, 20 replications each"));
  REQUIRE(run_cli(base + "-q --threads 2 --out " + b.string()).code == 0);
  std::string csv = read_text(a / "selection.csv");
  CHECK(csv.rfind("alternative,kpi,subject,unit,better,delta,confidence,mean,replications,"
                  "eliminated_at_replication,status\n",
                  0) == 0);
  CHECK(
      contains(csv, "\nhaaglanden-jbt-slice-lagere-norm,lead_time_mean,all,days,lower,0.5,0.95,"));
  CHECK(contains(csv, ",20,,selected\n"));
  CHECK(contains(csv, ",20,20,eliminated\n"));
  CHECK(contains(read_text(a / "manifest.json"), "selection.csv"));
  for (const char* f : {"selection.csv", "compare.csv", "compare.json"})
    CHECK(read_text(a / f) == read_text(b / f));
}

TEST_CASE(
    "compare --select: an eliminated scenario runs no more replications, at 1 and 4 threads") {
  // No wait at the slice's norm of 12, a long one at 8, one between at 9.
  std::string base = "compare " + source_path("scenarios/haaglanden-jbt-slice.yaml") + " " +
                     source_path("scenarios/examples/lagere-caseload-norm.yaml") + " " +
                     source_path("tests/e2e/data/slice-norm-9.yaml") +
                     " -r 200 -s 5 --select \"wait_mean jbw_jeugdbeschermers\" ";
  fs::path a = temp_path("e2e-select-drop-t1"), b = temp_path("e2e-select-drop-t4");
  auto r = run_cli(base + "--threads 1 --out " + a.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(r.output.rfind("Selected: haaglanden-jbt-slice is best on wait_mean jbw_jeugdbeschermers",
                       0) == 0);
  CHECK(contains(r.output,
                 "haaglanden-jbt-slice-lagere-norm      54.8 days       eliminated "
                 "after replication 20\n"));
  CHECK(contains(r.output,
                 "slice-norm-9                          20.6 days       eliminated "
                 "after replication 58\n"));
  CHECK(contains(r.output, "(an eliminated scenario ran no more replications"));
  CHECK(contains(r.output,
                 "Whole run: haaglanden-jbt-slice-lagere-norm against "
                 "haaglanden-jbt-slice; mean (95% CI) over 58 and 20 replications, "
                 "difference = alternative - base, paired over the 20 both ran"));
  std::string csv = read_text(a / "selection.csv");
  CHECK(contains(csv,
                 "\nhaaglanden-jbt-slice-lagere-norm,wait_mean,jbw_jeugdbeschermers,days,"
                 "lower,0.5,0.95,"));
  CHECK(contains(csv, ",20,20,eliminated\n"));
  CHECK(contains(csv, ",58,58,eliminated\n"));
  CHECK(contains(csv, ",58,,selected\n"));
  REQUIRE(run_cli(base + "-q --threads 4 --out " + b.string()).code == 0);
  for (const char* f : {"selection.csv", "compare.csv", "compare.json"})
    CHECK(read_text(a / f) == read_text(b / f));
}

TEST_CASE(
    "compare --select: scenarios equal on the KPI are said to be tied, each within delta of the "
    "best") {
  // Neither the slice nor its JBT a moment longer ever waits for a jeugdbeschermer.
  fs::path out = temp_path("e2e-select-tied");
  auto r = run_cli("compare " + three_scenarios() +
                   " -r 100 -s 5 --select \"wait_mean jbw_jeugdbeschermers\" -o " + out.string());
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(r.output.rfind(
            "Selected: haaglanden-jbt-slice and slice-jbt-a-moment-longer are equal on wait_mean "
            "jbw_jeugdbeschermers (lower is better) after 43 replications (the same mean), so each "
            "is "
            "within 0.50 days of the best; haaglanden-jbt-slice is taken (Kim-Nelson)\n",
            0) == 0);
  CHECK(contains(read_text(out / "selection.csv"),
                 "\nslice-jbt-a-moment-longer,wait_mean,jbw_jeugdbeschermers,days,lower,0.5,0.95,0,"
                 "43,,tied\n"));
}

TEST_CASE("compare --select --lang nl: the answer in Dutch") {
  auto r = run_cli("compare " + three_scenarios() +
                   " -r 100 -s 5 --select \"min lead_time_mean\" --lang nl -o " +
                   temp_path("e2e-select-nl").string());
  INFO(r.output);
  CHECK(r.output.rfind("Gekozen: haaglanden-jbt-slice-lagere-norm is het beste op doorlooptijd all "
                       "(lager is beter) "
                       "met een kans van ten minste 95,0%, binnen 0,50 dagen (Kim-Nelson, beslist "
                       "na 20 replicaties)\n",
                       0) == 0);
  CHECK(contains(r.output, "afgevallen na replicatie 20"));
}

TEST_CASE(
    "compare --select: a KPI, subject or direction it cannot read is a usage error naming the "
    "option") {
  std::string base =
      "compare " + three_scenarios() + " -r 20 -q -o " + temp_path("e2e-select-bad").string();
  auto kpi = run_cli(base + " --select \"wait_maen jbw_jeugdbeschermers\"");
  CHECK(kpi.code == 2);
  CHECK(contains(
      kpi.output,
      "--select 'wait_maen jbw_jeugdbeschermers': no KPI 'wait_maen'; did you mean 'wait_mean'?"));
  auto subject = run_cli(base + " --select \"min wait_mean jbw_jeugdbeschermer\"");
  CHECK(subject.code == 2);
  CHECK(contains(
      subject.output,
      "no subject of wait_mean 'jbw_jeugdbeschermer'; did you mean 'jbw_jeugdbeschermers'?"));
  auto several = run_cli(base + " --select wait_mean");
  CHECK(several.code == 2);
  CHECK(contains(several.output, "--select 'wait_mean': wait_mean is measured for"));
  auto direction = run_cli(base + " --select \"in_system_end all\"");
  CHECK(direction.code == 2);
  CHECK(contains(direction.output, "write 'min in_system_end all' or 'max in_system_end all'"));
  auto few = run_cli("compare " + three_scenarios() + " -r 10 -q -o " +
                     temp_path("e2e-select-few").string() +
                     " --select \"wait_mean jbw_jeugdbeschermers\"");
  CHECK(few.code == 2);
  CHECK(contains(few.output, "needs at least 20 replications"));
  CHECK(run_cli("compare " + three_scenarios() + " -r 20 -q --delta 1").code ==
        2);  // --delta needs --select
}
