#include "tests/serve/serve_test_support.h"

#include <sstream>

#include "tests/support.h"

namespace ketensim::testing {

std::filesystem::path tiny_served_folder(const std::string& name) {
  auto folder = scratch_directory("serve-" + name);
  auto data = std::filesystem::path(source_path("tests/serve/data"));
  std::filesystem::create_directories(folder / "policies");
  std::filesystem::copy_file(data / "tiny.yaml", folder / "tiny.yaml");
  std::filesystem::copy_file(data / "policies" / "tiny-norm.yaml",
                             folder / "policies" / "tiny-norm.yaml");
  write_text(folder / "policies" / "unrelated.yaml", R"(scenario: unrelated
run: {start: 2020-01-01, years: 1}
arrivals: {x: {into: s, families_per_year: 1}}
stages: {s: {duration: {days: 1}, next: [{to: exit}]}}
)");
  return folder;
}

TestServer::TestServer(const std::string& name, tools::serve::ServerSettings settings)
    : folder_(tiny_served_folder(name)) {
  settings.port = 0;
  if (settings.stream.max_replications == 200) settings.stream.max_replications = 40;
  server_ = std::make_unique<tools::serve::Server>(
      tools::serve::ServeCatalog({(folder_ / "tiny.yaml").string()}), settings);
  port_ = server_->bind();
  thread_ = std::thread([this] { server_->listen(); });
}

TestServer::~TestServer() {
  server_->stop();
  thread_.join();
}

httplib::Client TestServer::client() const {
  httplib::Client c("127.0.0.1", port_);
  c.set_read_timeout(std::chrono::seconds(120));
  return c;
}

std::vector<std::pair<std::string, nlohmann::json>> events_of(const std::string& body) {
  std::vector<std::pair<std::string, nlohmann::json>> out;
  std::istringstream in(body);
  std::string line, name;
  while (std::getline(in, line)) {
    if (line.starts_with("event: ")) name = line.substr(7);
    if (line.starts_with("data: ")) out.emplace_back(name, nlohmann::json::parse(line.substr(6)));
  }
  return out;
}

}  // namespace ketensim::testing
