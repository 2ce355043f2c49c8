// Every shipped scenario loads, passes the flow checks, runs a few replications and keeps
// its fingerprint: a hash of every KPI value of those replications. A change to the model or
// a scenario that moves any number changes the fingerprint; when that is intended, run the
// suite with KETENSIM_UPDATE_FINGERPRINTS=1 and commit tests/model/data/fingerprints.txt
// with the change that explains it.
#include <doctest/doctest.h>

#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "sim/engine/random.h"
#include "sim/model/checked_scenario.h"
#include "tests/support.h"

using namespace ketensim;
namespace fs = std::filesystem;

namespace {

constexpr int kReplications = 3;
const std::string kFile = "tests/model/data/fingerprints.txt";

std::uint64_t fingerprint(const experiment::ExperimentResult& r) {
  std::uint64_t h = engine::hash_name("fingerprint");
  for (const auto& rep : r.replications) {
    for (double x : rep.values) {
      std::uint64_t bits = 0;
      std::memcpy(&bits, &x, sizeof bits);
      h = engine::mix64(h ^ bits);
    }
  }
  return h;
}

std::map<std::string, std::string> recorded() {
  std::map<std::string, std::string> lines;
  std::istringstream in(testing::read_text(testing::source_path(kFile)));
  for (std::string name, hash; in >> name >> hash;) lines[name] = hash;
  return lines;
}

std::string relative(const std::string& file) {
  return fs::relative(file, testing::source_path("")).string();
}

}  // namespace

TEST_CASE("every shipped scenario loads, runs and keeps its fingerprint") {
  auto expected = recorded();
  std::ostringstream now;
  for (const std::string& file : testing::shipped_scenarios()) {
    INFO(file);
    model::ChainTables t = model::compile(model::load_checked(file));
    t.replications = kReplications;
    auto r = experiment::run_experiment(t, {});
    CHECK(r.replication_count == kReplications);
    CHECK(r.events() > 0);
    std::ostringstream hex;
    hex << std::hex << fingerprint(r);
    now << relative(file) << ' ' << hex.str() << '\n';
    CHECK(expected[relative(file)] == hex.str());
  }
  if (const char* update = std::getenv("KETENSIM_UPDATE_FINGERPRINTS");
      update && std::string(update) == "1") {
    std::ofstream(testing::source_path(kFile)) << now.str();
  }
}
