// The web server of `ketensim serve`: the page, and a JSON API over the served scenarios.
// cpp-httplib (Debian's libcpp-httplib-dev) enters the project in this folder only.
//
//   GET  /                  the page (page/), with its scripts and ECharts inlined
//   GET  /api/scenarios     the bases, their overlays and levers (catalog.h)
//   POST /api/run           a run request (run_request.h); answers server-sent events, one
//                           `update` per batch (comparison_stream.h), or `error`
//   POST /api/overlay       the same request as an overlay YAML file
//
// Request bodies are bounded (413 beyond), runs are bounded (jobs.h; 429 when all slots
// stay taken), and a client names scenarios and levers by id only.
#pragma once

#include <memory>
#include <string>

#include "tools/ketensim/serve/catalog.h"
#include "tools/ketensim/serve/comparison_stream.h"

namespace ketensim::tools::serve {

struct ServerSettings {
  std::string bind = "127.0.0.1";
  int port = 8080;  // 0: any free port
  int max_runs = 2;
  std::size_t max_body = 64 * 1024;
  StreamSettings stream;
};

class Server {
 public:
  Server(ServeCatalog catalog, ServerSettings settings);
  ~Server();

  // Binds; throws std::runtime_error naming the address when it cannot. Returns the port.
  int bind();
  // Serves until stop(); call after bind(), from one thread.
  void listen();
  // Cancels the runs and ends listen(); from any thread.
  void stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ketensim::tools::serve
