// --lang and KETENSIM_LANG on the command line: Dutch messages and headlines, the flag over
// the environment, an unknown language a usage error.
#include <doctest/doctest.h>

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

}  // namespace
