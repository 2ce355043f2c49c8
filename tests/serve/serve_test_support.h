// A `ketensim serve` server for one test: a tiny scenario with a lever and an overlay in a
// scratch folder, served on a free loopback port from a thread of the test.
#pragma once

#include <httplib.h>

#include <filesystem>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "tools/ketensim/serve/server.h"

namespace ketensim::testing {

// A scratch copy of data/: tiny.yaml (base, seed 7, lever `fte` on resources.gi.fte from 1
// to 5, now 2) and policies/tiny-norm.yaml (an overlay lowering the caseload norm from 2021),
// with policies/unrelated.yaml, which extends nothing.
std::filesystem::path tiny_served_folder(const std::string& name);

class TestServer {
 public:
  explicit TestServer(const std::string& name, tools::serve::ServerSettings settings = {});
  ~TestServer();
  httplib::Client client() const;
  const std::filesystem::path& folder() const { return folder_; }

 private:
  std::filesystem::path folder_;
  std::unique_ptr<tools::serve::Server> server_;
  int port_ = 0;
  std::thread thread_;
};

// The server-sent events of an answer: (event name, data).
std::vector<std::pair<std::string, nlohmann::json>> events_of(const std::string& body);

}  // namespace ketensim::testing
