// `ketensim serve [SCENARIO ...]`: the scenarios on a web page on this machine, their levers
// as sliders, each change run as a paired comparison streamed batch by batch
// (tools/ketensim/serve/server.h). Listens on the loopback address unless --bind says otherwise;
// Ctrl-C ends it.
#include <chrono>
#include <iostream>
#include <memory>
#include <stdexcept>
#include <thread>

#include "sim/experiment/request_error.h"
#include "tools/ketensim/commands.h"
#include "tools/ketensim/console_text.h"
#include "tools/ketensim/interrupt.h"
#include "tools/ketensim/language_option.h"
#include "tools/ketensim/serve/server.h"

namespace ketensim::tools {
namespace {

struct ServeOptions {
  std::vector<std::string> scenarios;
  std::string bind = "127.0.0.1";
  int port = 8080;
  int threads = 0;
  int max_replications = 400;
  double precision = 0.05;
};

int serve_scenarios(const ServeOptions& o) {
  serve::ServerSettings settings;
  settings.bind = o.bind;
  settings.port = o.port;
  settings.stream.max_replications = o.max_replications;
  settings.stream.precision = o.precision;
  settings.stream.threads = o.threads;
  std::unique_ptr<serve::Server> server;
  try {
    server = std::make_unique<serve::Server>(serve::ServeCatalog(o.scenarios), settings);
  } catch (const std::invalid_argument& e) {
    throw experiment::RequestError(e.what());
  }
  int port = 0;
  try {
    port = server->bind();
  } catch (const std::runtime_error& e) {
    throw experiment::RequestError("--bind/--port: " + std::string(e.what()));
  }
  InterruptWatch interrupt;
  std::thread listening([&] { server->listen(); });
  std::cout << said("ketensim serve: open http://" + o.bind + ":" + std::to_string(port) +
                    "/ in a browser; Ctrl-C ends it")
            << std::endl;
  while (!interrupt.requested()) std::this_thread::sleep_for(std::chrono::milliseconds(100));
  server->stop();
  listening.join();
  std::cout << said("ketensim serve: stopped") << '\n';
  return kExitOk;
}

}  // namespace

Action add_serve(CLI::App& app) {
  auto o = std::make_shared<ServeOptions>();
  auto* cmd = app.add_subcommand(
      "serve", "Show scenarios on a local web page: levers as sliders, live paired comparisons");
  cmd->add_option("scenarios", o->scenarios,
                  "Base scenarios (YAML) to offer; the overlays in the policies/ folder beside "
                  "each that extend it are offered with it")
      ->required()
      ->check(CLI::ExistingFile);
  cmd->add_option("--bind", o->bind, "Address to listen on (default 127.0.0.1: this machine only)");
  cmd->add_option("--port", o->port, "Port to listen on (default 8080; 0: any free port)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--threads,-t", o->threads, "Worker threads per run (default: all cores)")
      ->check(CLI::Range(1, 1024));
  cmd->add_option("--max-replications", o->max_replications,
                  "The most replications a run takes before the precision is reached "
                  "(default 400)")
      ->check(CLI::Range(2, 1000000));
  cmd->add_option("--precision", o->precision,
                  "Stop when every headline KPI's 95% half-width is within this share of its "
                  "mean, as compare's precision (default 0.05)")
      ->check(CLI::Range(1e-6, 10.0));
  return [o] { return serve_scenarios(*o); };
}

}  // namespace ketensim::tools
