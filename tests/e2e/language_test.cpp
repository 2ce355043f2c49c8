// --lang and KETENSIM_LANG on the command line: Dutch messages and headlines, the flag over
// the environment, an unknown language a usage error.
#include <doctest/doctest.h>

#include <sstream>

#include "tests/support.h"

namespace {

using ketensim::testing::source_path;

ketensim::testing::CommandResult ketensim(const std::string& args, const std::string& env = "") {
  return ketensim::testing::run_command(env + " " + KETENSIM_BINARY + " " + args);
}

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

const std::string kBad = source_path("tests/e2e/data/four-problems.yaml");

TEST_CASE("--lang nl: the loader's problems in Dutch, the exit code unchanged") {
  auto r = ketensim("check " + kBad + " --lang nl");
  CHECK(r.code == 3);
  CHECK(contains(r.output,
                 "four-problems.yaml:4:53: fout: resources.jbw.queu: onbekende "
                 "sleutel 'queu'"));
  CHECK(contains(r.output, "  bedoelde je 'queue'?"));
  CHECK(contains(r.output, "stages.jbt.next: de kansen moeten samen 1 zijn"));
  CHECK(contains(r.output, "4 fouten in " + kBad));
}

TEST_CASE("KETENSIM_LANG=nl works too, and --lang wins over it") {
  auto nl = ketensim("check " + source_path("scenarios/starter.yaml"), "KETENSIM_LANG=nl");
  CHECK(nl.code == 0);
  CHECK(contains(nl.output, ": in orde: scenario 'starter'"));
  auto en = ketensim("--lang en check " + kBad, "KETENSIM_LANG=nl");
  CHECK(contains(en.output, "4 errors in"));
  CHECK(!contains(en.output, "fouten"));
}

TEST_CASE("an unknown language is a usage error (exit 2), from the flag or the environment") {
  auto flag = ketensim("check " + kBad + " --lang xx");
  CHECK(flag.code == 2);
  CHECK(contains(flag.output, "unknown language 'xx': use en or nl"));
  CHECK(ketensim("check " + kBad, "KETENSIM_LANG=fr").code == 2);
}

TEST_CASE("run --lang nl: Dutch headlines with a decimal comma") {
  auto r = ketensim("run " + source_path("scenarios/starter.yaml") +
                    " -r 3 --out /tmp/ketensim-e2e-run-nl --lang nl");
  INFO(r.output);
  REQUIRE(r.code == 0);
  CHECK(contains(r.output, "Hele run, gemiddelde over de replicaties:"));
  CHECK(contains(r.output, "  doorlooptijd all"));
  CHECK(contains(r.output, "(95%-BI "));
  CHECK(contains(r.output, " dagen\n"));
  CHECK(contains(ketensim::testing::read_text("/tmp/ketensim-e2e-run-nl/report.html"),
                 "<html lang=\"nl\">"));
}

TEST_CASE(
    "capacity --lang nl: the answer, each candidate and the files in Dutch, the answer the same") {
  std::string args = "capacity " + source_path("tests/e2e/data/mmc.yaml") +
                     " --resource server --target \"wait_mean <= 0.3\" --out " +
                     ketensim::testing::scratch_directory("capacity-nl").string();
  auto en = ketensim(args), nl = ketensim(args + " --lang nl");
  INFO(nl.output);
  REQUIRE(en.code == 0);
  REQUIRE(nl.code == 0);
  CHECK(contains(en.output, "Smallest places of server (at the run's start 1.00)"));
  CHECK(contains(en.output, "whole run 6 places "));
  CHECK(contains(
      nl.output,
      "Kleinste aantal plaatsen van server (bij de start van de run 1,00) voor \"wait_mean <= 0.3\""));
  CHECK(contains(nl.output, "hele run  6 plaatsen"));
  CHECK(contains(nl.output, " replicaties); 95%-bereik van het antwoord "));
  CHECK(contains(nl.output, "  haalt het\n"));
  CHECK(contains(nl.output, "  mist het"));
  CHECK(contains(nl.output, "Capaciteit-servicecurve (elke gesimuleerde capaciteit"));
  for (const char* english :
       {"Smallest", "replications", "whole run", "meets", "misses", "range of the answer",
        "interval does", "Full output", "Capacity-service"}) {
    CHECK_MESSAGE(!contains(nl.output, english), english);
  }
}

TEST_CASE(
    "a request the scenario cannot answer, in Dutch: sensitivity without inputs, capacity against a policy") {
  std::string out = " --out " + ketensim::testing::scratch_directory("request-nl").string();
  auto sensitivity =
      ketensim("sensitivity " + source_path("scenarios/starter.yaml") + out + " --lang nl");
  CHECK(sensitivity.code == 2);
  CHECK(contains(sensitivity.output,
                 "ketensim: fout: scenario 'starter' heeft geen onzekere invoergrootheden"));
  auto capacity =
      ketensim("capacity " + source_path("scenarios/policies/zuid-west-extra-fte-2020.yaml") +
               " --resource jbw_jeugdbeschermers --target \"wait_mean <= 1\"" + out + " --lang nl");
  CHECK(capacity.code == 2);
  CHECK(contains(capacity.output,
                 "dat resources.jbw_jeugdbeschermers.fte verandert; de capaciteitszoektocht zet"));
  for (const auto& r : {sensitivity, capacity}) CHECK_FALSE(contains(r.output, " has "));
}

TEST_CASE("a usage error in Dutch: every line differs from the English, the exit code the same") {
  // Issue 17, item 10: CLI11's messages and ketensim's option checks were English under nl.
  const std::string starter = source_path("scenarios/starter.yaml");
  const std::vector<std::string> mistakes = {
      "run --bogus x",
      "frob",
      "run",
      "run " + starter + " -r",
      "run " + starter + " -r 0",
      "run " + starter + " --seed -1",
      "run " + starter + " -o ''",
      "run " + starter + " extra1 extra2",
      "compare " + starter,
      "compare " + starter + " " + starter + " --delta abc",
      "validate " + starter + " --spec x",
      "graph " + starter + " --format gif",
      "capacity " + starter,
      "sweep " + starter + " --vary a",
      "sweep " + starter + " --vary a=5:1:1",
      "capacity " + starter + " --resource nope --target 'wait_mean <= 3'",
      "capacity " + starter + " --resource jeugdbeschermers --target 'wait_mean'",
      "capacity " + starter + " --resource jeugdbeschermers --target 'wait_mean <= 3' --years 20x",
  };
  for (const std::string& args : mistakes) {
    auto en = ketensim("--lang en " + args);
    auto nl = ketensim("--lang nl " + args);
    INFO(args, "\n", en.output, nl.output);
    CHECK(en.code == 2);
    CHECK(nl.code == en.code);
    std::istringstream lines(en.output);
    for (std::string line; std::getline(lines, line);) CHECK(!contains(nl.output, line));
  }
}

}  // namespace
