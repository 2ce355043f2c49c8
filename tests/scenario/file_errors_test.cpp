// The exact text a person reads for each kind of mistake in a file as a file: YAML,
// encoding, duplicate keys, extend. Paths are
// written DATA/ for the fixture directory.
#include <doctest/doctest.h>

#include "tests/scenario/scenario_test_support.h"

namespace ketensim::scenario {
namespace {

using testing::load_errors;
using testing::with_data_dir;

TEST_CASE("error text: a key written twice") {
  CHECK(load_errors("duplicate_key.yaml") ==
        with_data_dir(R"(DATA/duplicate_key.yaml:8:3: error: stages.jbt: duplicate key 'jbt'
      8 |   jbt:
        |   ^
  expected: each key once in a map
  found: 'jbt' already on line 6
1 error in DATA/duplicate_key.yaml)"));
}

TEST_CASE("error text: a YAML syntax error") {
  CHECK(load_errors("syntax_error.yaml") ==
        with_data_dir(
            R"(DATA/syntax_error.yaml:3:9: error: YAML syntax error: end of map flow not found
      3 | arrivals:
        |         ^
1 error in DATA/syntax_error.yaml)"));
}

TEST_CASE("error text: a circular extend") {
  CHECK(load_errors("extend_cycle_a.yaml") ==
        with_data_dir(R"(DATA/extend_cycle_b.yaml:2:9: error: extend: circular extend
      2 | extend: extend_cycle_a.yaml
        |         ^
  expected: a chain of extends that ends in a file without one
  found: DATA/extend_cycle_a.yaml -> DATA/extend_cycle_b.yaml -> DATA/extend_cycle_a.yaml
1 error in DATA/extend_cycle_b.yaml)"));
}

TEST_CASE("error text: extending a file that does not exist") {
  CHECK(
      load_errors("extend_missing.yaml") ==
      with_data_dir(
          R"(DATA/extend_missing.yaml:1:9: error: extend: cannot read the base scenario 'no_such_base.yaml'
      1 | extend: no_such_base.yaml
        |         ^
  found: no such file: DATA/no_such_base.yaml
1 error in DATA/extend_missing.yaml)"));
}

TEST_CASE("error text: an empty file") {
  CHECK(load_errors("empty.yaml") == with_data_dir(R"(DATA/empty.yaml: error: the file is empty
  expected: a map of sections, with at least scenario, run, arrivals, stages
1 error in DATA/empty.yaml)"));
}

TEST_CASE("error text: removing a key the base does not have") {
  CHECK(
      load_errors("remove_missing.yaml") ==
      with_data_dir(
          R"(DATA/remove_missing.yaml:3:3: error: stages.overbruging: nothing to remove: the base has no key 'overbruging'
      3 |   overbruging: ~
        |   ^
  did you mean 'overbrugging'?
1 error in DATA/remove_missing.yaml)"));
}

TEST_CASE("error text: bytes that are not UTF-8") {
  // The source line is shown as it is, invalid byte included.
  CHECK(load_errors("not_utf8.yaml") ==
        with_data_dir("DATA/not_utf8.yaml:2:17: error: the file is not valid UTF-8\n"
                      "      2 | description: Caf\xE9 de Raad\n"
                      "        |                 ^\n"
                      "  expected: UTF-8 text\n"
                      "  found: byte 0xE9\n"
                      "1 error in DATA/not_utf8.yaml"));
}

TEST_CASE("error text: a file that does not exist") {
  CHECK(load_errors("no_such_scenario.yaml") ==
        with_data_dir("DATA/no_such_scenario.yaml: error: cannot read the scenario\n"
                      "  found: no such file\n"
                      "1 error in DATA/no_such_scenario.yaml"));
}
}  // namespace
}  // namespace ketensim::scenario
