#include "tools/ketensim/serve/catalog.h"

#include <algorithm>
#include <filesystem>
#include <stdexcept>

#include "sim/model/checked_scenario.h"
#include "sim/scenario/diagnostic.h"
#include "sim/scenario/levers.h"

namespace ketensim::tools::serve {
namespace fs = std::filesystem;
namespace {

bool same_file(const std::string& a, const std::string& b) {
  std::error_code ec;
  return fs::equivalent(a, b, ec);
}

// The YAML files of `dir`, in name order.
std::vector<fs::path> yaml_files(const fs::path& dir) {
  std::vector<fs::path> out;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".yaml") out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

ServeCatalog::ServeCatalog(const std::vector<std::string>& files) {
  for (const auto& file : files) add({"", file, "", model::load_checked(file)});
  std::size_t bases = scenarios_.size();
  for (std::size_t b = 0; b < bases; ++b) add_overlays(ServedScenario(scenarios_[b]));
}

void ServeCatalog::add(ServedScenario s) {
  s.id = s.scenario.name;
  if (find(s.id)) throw std::invalid_argument("two scenarios are named '" + s.id + "'");
  scenarios_.push_back(std::move(s));
}

void ServeCatalog::add_overlays(const ServedScenario& base) {
  for (const fs::path& file : yaml_files(fs::path(base.file).parent_path() / "policies")) {
    try {
      scenario::Scenario s = model::load_checked(file.string());
      bool extends = std::any_of(s.files.begin() + 1, s.files.end(),
                                 [&](const std::string& f) { return same_file(f, base.file); });
      if (extends && !find(s.name)) add({"", file.string(), base.id, std::move(s)});
    } catch (const scenario::ScenarioError&) {
      // not offered: `ketensim check` tells what is wrong with it
    }
  }
}

const ServedScenario* ServeCatalog::find(const std::string& id) const {
  for (const auto& s : scenarios_) {
    if (s.id == id) return &s;
  }
  return nullptr;
}

nlohmann::json levers_json(const scenario::Scenario& s) {
  nlohmann::json out = nlohmann::json::array();
  for (const scenario::Lever& l : s.levers) {
    out.push_back({{"name", l.name},
                   {"path", l.path},
                   {"label", {{"en", l.label_en}, {"nl", l.label_nl}}},
                   {"min", l.min},
                   {"max", l.max},
                   {"step", l.step},
                   {"value", scenario::lever_value(s, l)}});
  }
  return out;
}

nlohmann::json ServeCatalog::to_json() const {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& b : scenarios_) {
    if (!b.base.empty()) continue;
    nlohmann::json overlays = nlohmann::json::array();
    for (const auto& o : scenarios_) {
      if (o.base == b.id)
        overlays.push_back({{"id", o.id},
                            {"description", o.scenario.description},
                            {"levers", levers_json(o.scenario)}});
    }
    out.push_back({{"id", b.id},
                   {"description", b.scenario.description},
                   {"seed", b.scenario.run.seed},
                   {"levers", levers_json(b.scenario)},
                   {"overlays", overlays}});
  }
  return {{"scenarios", out}};
}

}  // namespace ketensim::tools::serve
