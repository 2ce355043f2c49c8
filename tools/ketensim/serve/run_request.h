// A run the page asks for: a base, an overlay or none, and lever values, as the JSON body of
// POST /api/run and /api/overlay. Everything a client sends is checked here: ids must name a
// served scenario, lever names a lever of it, values numbers the lever can take. The chosen
// settings become an overlay file (extend + dated policies) that goes through the same
// loader and checks as any scenario file, so what the server runs is what
// `ketensim compare BASE OVERLAY` runs.
#pragma once

#include <nlohmann/json.hpp>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "tools/ketensim/serve/catalog.h"

namespace ketensim::tools::serve {

// A request the server refuses, with what the page shows: the message and, where one lever
// is at fault, its name.
class BadRequest : public std::runtime_error {
 public:
  explicit BadRequest(const std::string& message, std::string lever = "")
      : std::runtime_error(message), lever_(std::move(lever)) {}
  const std::string& lever() const { return lever_; }
  nlohmann::json to_json() const;

 private:
  std::string lever_;
};

struct RunRequest {
  std::string client;  // the page's id: its newer run cancels its older one
  const ServedScenario* base = nullptr;
  const ServedScenario* overlay = nullptr;             // none: the base with the levers
  std::vector<std::pair<std::string, double>> levers;  // name, value; only those moved
  std::string language = "en";                         // en | nl
  int replications = 0;                                // at most this many; 0: the server's limit
};

// Throws BadRequest for anything but a well-formed request naming what is served.
RunRequest parse_run_request(const std::string& body, const ServeCatalog& catalog);

// The name the overlay gets: "<overlay or base>-levers".
std::string overlay_name(const RunRequest& r);

// The overlay file for the request's settings, to be saved in the base's `policies/` folder
// (its `extend:` is relative to there). `replications` goes into the comment's command.
std::string overlay_yaml(const RunRequest& r, int replications);

// The alternative the request describes, loaded from overlay_yaml as if it were a file in
// the base's policies/ folder. A loader error becomes BadRequest with the diagnostics.
scenario::Scenario load_alternative(const RunRequest& r);

}  // namespace ketensim::tools::serve
