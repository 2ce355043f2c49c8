// Helpers shared by the tests: scenarios from inline YAML, running them, reading KPIs.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "sim/experiment/experiment.h"
#include "sim/model/chain_tables.h"
#include "sim/scenario/scenario.h"

namespace ketensim::testing {

// Loads and flow-checks a scenario written inline (file name "inline.yaml").
scenario::Scenario scenario_from(const std::string& yaml);
model::ChainTables tables_from(const std::string& yaml);

// The value of one KPI cell in one replication / its values over replications.
double kpi(const experiment::ExperimentResult& r, std::size_t replication, const std::string& name,
           const std::string& subject, const std::string& period = "all");
std::vector<double> kpi_values(const experiment::ExperimentResult& r, const std::string& name,
                               const std::string& subject, const std::string& period = "all");

// Erlang C: mean wait in queue of an M/M/c queue with arrival rate lambda, service rate mu.
double erlang_c_wait(double lambda, double mu, int c);

std::string source_path(const std::string& relative);  // under the repository root
// A path in the temporary directory for one test's file or folder, ketensim-CHECKOUT-NAME:
// CHECKOUT is the same for every test of one checkout and differs between checkouts, so
// that the suites of two clones run at once do not write into each other's files.
std::filesystem::path temp_path(const std::string& name);
// The files a finished `ketensim run` writes, in its output directory.
inline const std::vector<std::string> kRunFiles = {"kpis.csv", "summary.csv", "summary.json",
                                                   "precision.csv", "report.html"};
// The report carries the date it was made; with this in the environment it is the same day
// in every run, so that reports can be compared byte for byte.
inline const std::string kSameDay = "SOURCE_DATE_EPOCH=1700000000";

// How many {} a phrase book's text has (its English and its Dutch must have as many).
int placeholders(std::string_view text);

// An empty directory for one test's files: temp_path("test-" + NAME + "-" + process id),
// emptied first and removed when the test process ends.
std::filesystem::path scratch_directory(const std::string& name);

// A shell command's exit code and its standard output and error together.
struct CommandResult {
  int code = -1;
  std::string output;
};
CommandResult run_command(const std::string& command);

// The ketensim command line run with `args` (a shell word list), as a user runs it; with
// `environment` ("NAME=value ...") set for it.
CommandResult run_cli(const std::string& args);
CommandResult run_cli(const std::string& args, const std::string& environment);

// The whole file, or "" when it cannot be read.
std::string read_text(const std::filesystem::path& path);
void write_text(const std::filesystem::path& path, const std::string& text);
bool contains(const std::string& text, const std::string& part);

// Every shipped scenario file under scenarios/, in path order; the published figures under
// scenarios/figures/ and the calibration specs under scenarios/calibration/ are not scenarios.
std::vector<std::string> shipped_scenarios();

// Equal bit for bit (NaN equals NaN of the same bits), as output files must be.
bool bitwise_equal(const std::vector<double>& a, const std::vector<double>& b);

}  // namespace ketensim::testing
