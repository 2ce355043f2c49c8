#include "tools/ketensim/serve/run_request.h"

#include <charconv>
#include <filesystem>

#include "sim/engine/time.h"
#include "sim/model/checked_scenario.h"
#include "sim/scenario/diagnostic.h"
#include "sim/scenario/levers.h"
#include "sim/scenario/loader.h"

namespace ketensim::tools::serve {
namespace fs = std::filesystem;
namespace {

using nlohmann::json;

// The shortest text that reads back as exactly `x`.
std::string exact_number(double x) {
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, x);
  return std::string(buffer, end);
}

// A parameter path as a key of a YAML flow map: quoted where it holds a flow indicator, as a
// branch's "stages.x.next[0].p" does.
std::string yaml_key(const std::string& path) {
  return path.find_first_of("[]{},:#") == std::string::npos ? path : json(path).dump();
}

bool is_client_id(const std::string& s) {
  if (s.empty() || s.size() > 64) return false;
  for (char c : s) {
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '-' && c != '_') return false;
  }
  return true;
}

const ServedScenario& served(const ServeCatalog& catalog, const json& id, const std::string& what) {
  if (!id.is_string()) throw BadRequest(what + " must be a scenario id (a string)");
  const ServedScenario* s = catalog.find(id.get<std::string>());
  if (!s) throw BadRequest("no " + what + " '" + id.get<std::string>() + "' is served");
  return *s;
}

// The scenario the levers act on: the overlay, or the base.
const scenario::Scenario& source_of(const RunRequest& r) {
  return (r.overlay ? r.overlay : r.base)->scenario;
}

void read_levers(const json& levers, RunRequest& r) {
  if (!levers.is_object()) throw BadRequest("levers must be an object of lever names and numbers");
  const scenario::Scenario& s = source_of(r);
  for (const auto& [name, value] : levers.items()) {
    const scenario::Lever* l = scenario::find_lever(s, name);
    if (!l) throw BadRequest("'" + s.name + "' has no lever '" + name + "'", name);
    if (!value.is_number()) throw BadRequest("lever '" + name + "' must be a number", name);
    double v = value.get<double>();
    if (std::string problem = scenario::lever_value_problem(s, *l, v); !problem.empty()) {
      throw BadRequest(
          "lever '" + name + "' (" + l->path + ") " + problem + ", not " + exact_number(v), name);
    }
    if (v != scenario::lever_value(s, *l)) r.levers.emplace_back(name, v);
  }
}

void read_options(const json& j, RunRequest& r) {
  if (j.contains("client")) {
    if (!j["client"].is_string() || !is_client_id(j["client"].get<std::string>()))
      throw BadRequest("client must be 1 to 64 letters, digits, - or _");
    r.client = j["client"].get<std::string>();
  }
  if (j.contains("language")) {
    if (j["language"] != "en" && j["language"] != "nl")
      throw BadRequest("language must be en or nl");
    r.language = j["language"].get<std::string>();
  }
  if (j.contains("replications")) {
    if (!j["replications"].is_number_integer() || j["replications"].get<long long>() < 2 ||
        j["replications"].get<long long>() > 1000000)
      throw BadRequest("replications must be a whole number from 2 to 1000000");
    r.replications = j["replications"].get<int>();
  }
}

}  // namespace

json BadRequest::to_json() const {
  json j = {{"error", what()}};
  if (!lever_.empty()) j["lever"] = lever_;
  return j;
}

RunRequest parse_run_request(const std::string& body, const ServeCatalog& catalog) {
  json j = json::parse(body, nullptr, false);
  if (j.is_discarded() || !j.is_object()) throw BadRequest("the request must be a JSON object");
  static const std::vector<std::string> known = {"client", "scenario", "overlay",
                                                 "levers", "language", "replications"};
  for (const auto& [key, value] : j.items()) {
    if (std::find(known.begin(), known.end(), key) == known.end())
      throw BadRequest("unknown field '" + key + "'");
  }
  RunRequest r;
  if (!j.contains("scenario")) throw BadRequest("scenario is missing");
  r.base = &served(catalog, j["scenario"], "scenario");
  if (!r.base->base.empty()) throw BadRequest("'" + r.base->id + "' is an overlay, not a base");
  if (j.contains("overlay") && !j["overlay"].is_null()) {
    r.overlay = &served(catalog, j["overlay"], "overlay");
    if (r.overlay->base != r.base->id)
      throw BadRequest("'" + r.overlay->id + "' is no overlay of '" + r.base->id + "'");
  }
  read_options(j, r);
  if (j.contains("levers")) read_levers(j["levers"], r);
  return r;
}

std::string overlay_name(const RunRequest& r) {
  return (r.overlay ? r.overlay : r.base)->id + "-levers";
}

std::string overlay_yaml(const RunRequest& r, int replications) {
  fs::path base = r.base->file;
  fs::path folder = base.parent_path() / "policies";
  fs::path extended = r.overlay ? fs::path(r.overlay->file) : base;
  std::string name = overlay_name(r);
  std::string y = "# Settings chosen on the page of `ketensim serve`. Save this file as\n# " +
                  (folder / (name + ".yaml")).string() + " and run\n#   ketensim compare " +
                  base.string() + " " + (folder / (name + ".yaml")).string() + " --seed " +
                  std::to_string(r.base->scenario.run.seed) + " -r " +
                  std::to_string(replications) + "\n\n";
  y += "extend: " + fs::relative(extended, folder).generic_string() + "\n";
  y += "scenario: " + name + "\n";
  y += "description: " +
       json((r.overlay ? r.overlay->id : r.base->id) + " with the levers set on the page").dump() +
       "\n";
  const scenario::Scenario& s = source_of(r);
  // The levers are the page's, not the run's: left out, as a lever on a policy's value would
  // name two policies of one date once its own policy below is added.
  if (!s.levers.empty()) y += "levers: ~\n";
  if (r.levers.empty()) return y;
  y += "policies:\n";
  for (const auto& [lever, value] : r.levers) {
    scenario::LeverChange c = scenario::lever_change(s, *scenario::find_lever(s, lever), value);
    std::string set;
    for (const auto& [path, v] : c.set)
      set += (set.empty() ? "" : ", ") + yaml_key(path) + ": " + exact_number(v);
    y += "  - {from: " + engine::format_date(c.from) + ", set: {" + set + "}, note: \"lever " +
         lever + "\"}\n";
  }
  return y;
}

scenario::Scenario load_alternative(const RunRequest& r) {
  fs::path file = fs::path(r.base->file).parent_path() / "policies" / (overlay_name(r) + ".yaml");
  try {
    return model::check(scenario::load_scenario_text(overlay_yaml(r, 0), file.string()));
  } catch (const scenario::ScenarioError& e) {
    std::string text;
    for (const auto& d : e.diagnostics()) text += scenario::render(d) + "\n";
    throw BadRequest(text);
  }
}

}  // namespace ketensim::tools::serve
