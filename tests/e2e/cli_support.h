// Running the ketensim binary as a user does, for the end-to-end tests.
#pragma once

#include <filesystem>
#include <string>

namespace ketensim::testing {

struct CliResult {
  int code = -1;
  std::string output;  // stdout and stderr together
};

// `ketensim ARGS` through /bin/sh; `environment` is put before it ("NAME=value ...").
CliResult run_cli(const std::string& args, const std::string& environment = "");
// The same as `ranks` ranks of an MPI job (`mpirun_options` first), the environment passed on
// to every rank; in a build with KETENSIM_MPI.
CliResult run_mpi(int ranks, const std::string& args, const std::string& environment = "",
                  const std::string& mpirun_options = "");

bool contains(const std::string& text, const std::string& part);
std::string read(const std::filesystem::path& p);

}  // namespace ketensim::testing
