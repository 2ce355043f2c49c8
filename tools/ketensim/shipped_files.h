// The files that come with ketensim (the scenarios under scenarios/ and the scenario
// schema under docs/), found from the running program: the source tree it was built in
// (build/bin/ketensim), an installed copy (PREFIX/bin/ketensim beside
// PREFIX/share/ketensim/), or, failing both, the source tree named when it was built.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace ketensim::tools {

// The folder holding scenarios/ and docs/, or nothing when none is found.
std::optional<std::filesystem::path> shipped_root();

// The shipped scenario files under `root`/scenarios, in name order.
std::vector<std::filesystem::path> shipped_scenarios(const std::filesystem::path& root);

// The scenario `--from` names: a file that exists, else the shipped scenario of that name
// ("haaglanden-jbt-slice", with or without .yaml). Throws experiment::RequestError (a usage
// error) naming the shipped scenarios when there is none, or several, of that name.
std::filesystem::path resolve_scenario(const std::string& from);

// docs/ketensim-scenario.schema.json under the shipped root, when it is there.
std::optional<std::filesystem::path> shipped_schema();

}  // namespace ketensim::tools
