#include "tests/e2e/cli_support.h"

#include <doctest/doctest.h>
#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

namespace ketensim::testing {
namespace {

CliResult run_command(const std::string& cmd) {
  CliResult r;
  FILE* pipe = popen(cmd.c_str(), "r");
  REQUIRE(pipe != nullptr);
  std::array<char, 4096> buf{};
  while (std::fgets(buf.data(), buf.size(), pipe)) r.output += buf.data();
  int status = pclose(pipe);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return r;
}

}  // namespace

CliResult run_cli(const std::string& args, const std::string& environment) {
  return run_command(environment + (environment.empty() ? "" : " ") + KETENSIM_BINARY + " " + args +
                     " 2>&1");
}

#ifdef KETENSIM_MPIRUN  // a build with KETENSIM_MPI (tests/e2e/mpi_test.cpp)
CliResult run_mpi(int ranks, const std::string& args, const std::string& environment,
                  const std::string& mpirun_options) {
  // Root in a container needs --allow-run-as-root; --oversubscribe allows more ranks than
  // cores (CI has two); -x passes each variable of `environment` on to the ranks.
  std::string forward;
  std::istringstream words(environment);
  for (std::string word; words >> word;) forward += " -x " + word.substr(0, word.find('='));
  return run_command(environment + (environment.empty() ? "" : " ") + KETENSIM_MPIRUN +
                     " --allow-run-as-root --oversubscribe" + forward + " " + mpirun_options +
                     " -np " + std::to_string(ranks) + " " + KETENSIM_BINARY + " " + args +
                     " 2>&1");
}
#endif

bool contains(const std::string& text, const std::string& part) {
  return text.find(part) != std::string::npos;
}

std::string read(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace ketensim::testing
