#include "tools/ketensim/serve/server.h"

#include <httplib.h>

#include <functional>
#include <optional>
#include <stdexcept>

#include "output/report/assets.h"
#include "tools/ketensim/serve/assets.h"
#include "tools/ketensim/serve/jobs.h"
#include "tools/ketensim/serve/run_request.h"

namespace ketensim::tools::serve {
namespace {

using nlohmann::json;

// The page with its style and scripts in place of its markers.
std::string page() {
  std::string html(assets::serve_html);
  auto put = [&](const std::string& marker, std::string_view text) {
    html.replace(html.find(marker), marker.size(), text);
  };
  put("/*KETENSIM:STYLE*/", assets::serve_css);
  put("/*KETENSIM:ECHARTS*/", output::report::assets::echarts_js);
  put("/*KETENSIM:SCRIPT*/", assets::serve_js);
  return html;
}

void answer_json(httplib::Response& res, int status, const json& j) {
  res.status = status;
  res.set_content(j.dump(), "application/json");
}

std::string event(const std::string& name, const json& data) {
  return "event: " + name + "\ndata: " + data.dump() + "\n\n";
}

scenario::Language language_of(const RunRequest& r) {
  return r.language == "nl" ? scenario::Language::nl : scenario::Language::en;
}

}  // namespace

struct Server::Impl {
  ServeCatalog catalog;
  ServerSettings settings;
  JobBoard jobs;
  httplib::Server http;
  std::string page_html = page();

  Impl(ServeCatalog c, ServerSettings s)
      : catalog(std::move(c)), settings(std::move(s)), jobs(settings.max_runs) {
    http.set_payload_max_length(settings.max_body);
    http.Get("/", [this](const auto&, auto& res) {
      res.set_content(page_html, "text/html; charset=utf-8");
    });
    http.Get("/favicon.ico", [](const auto&, auto& res) { res.status = 204; });
    http.Get("/api/scenarios",
             [this](const auto&, auto& res) { answer_json(res, 200, catalog.to_json()); });
    http.Post("/api/overlay", [this](const auto& req, auto& res) { overlay(req, res); });
    http.Post("/api/run", [this](const auto& req, auto& res) { run(req, res); });
    http.Post("/api/report", [this](const auto& req, auto& res) {
      download(req, res, "-report.html", "text/html; charset=utf-8", comparison_report_page);
    });
    http.Post("/api/xlsx", [this](const auto& req, auto& res) {
      download(req, res, "-compare.xlsx",
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               comparison_workbook);
    });
    http.set_exception_handler([](const auto&, auto& res, std::exception_ptr) {
      answer_json(res, 500, {{"error", "internal error"}});
    });
  }

  // The request, checked, with its alternative loaded; on a problem answers 400.
  std::optional<std::pair<RunRequest, scenario::Scenario>> checked(const httplib::Request& req,
                                                                   httplib::Response& res) {
    try {
      RunRequest r = parse_run_request(req.body, catalog);
      scenario::Scenario alternative = load_alternative(r);
      return std::pair{std::move(r), std::move(alternative)};
    } catch (const BadRequest& e) {
      answer_json(res, 400, e.to_json());
      return std::nullopt;
    }
  }

  void overlay(const httplib::Request& req, httplib::Response& res) {
    auto r = checked(req, res);
    if (!r) return;
    int n = r->first.replications > 0 ? r->first.replications : settings.stream.max_replications;
    res.set_header("Content-Disposition",
                   "attachment; filename=\"" + overlay_name(r->first) + ".yaml\"");
    res.set_content(overlay_yaml(r->first, n), "application/yaml; charset=utf-8");
  }

  // A place among the runs for the request's client; when the server is full, answers 429
  // and gives none.
  JobBoard::Ticket admitted(const httplib::Request& req, const RunRequest& r,
                            httplib::Response& res) {
    std::string client = r.client.empty() ? req.remote_addr : r.client;
    JobBoard::Ticket ticket = jobs.start(client, std::chrono::seconds(10));
    if (!ticket)
      answer_json(res, 429, {{"error", "the server is busy with other runs: try again"}});
    return ticket;
  }

  // The server's run settings in the request's language, its replications as the most.
  StreamSettings settings_for(const RunRequest& r) const {
    StreamSettings s = settings.stream;
    s.language = language_of(r);
    if (r.replications > 0) s.max_replications = std::min(s.max_replications, r.replications);
    return s;
  }

  // What `make` makes of the request's comparison, as a file to save: the report page
  // `ketensim compare` writes for the alternative, or its workbook. The same runs to the same
  // stop as the stream, so the same numbers.
  using Made = std::string (*)(const scenario::Scenario&, const scenario::Scenario&,
                               const StreamSettings&, const std::function<bool()>&);
  void download(const httplib::Request& req, httplib::Response& res, const std::string& ending,
                const std::string& type, Made make) {
    auto r = checked(req, res);
    if (!r) return;
    JobBoard::Ticket ticket = admitted(req, r->first, res);
    if (!ticket) return;
    std::string bytes = make(r->first.base->scenario, r->second, settings_for(r->first),
                             [&] { return ticket->cancelled.load(); });
    res.set_header("Content-Disposition",
                   "attachment; filename=\"" + overlay_name(r->first) + ending + "\"");
    res.set_content(bytes, type);
  }

  void run(const httplib::Request& req, httplib::Response& res) {
    auto r = checked(req, res);
    if (!r) return;
    JobBoard::Ticket ticket = admitted(req, r->first, res);
    if (!ticket) return;
    StreamSettings s = settings_for(r->first);
    auto work = std::make_shared<std::pair<RunRequest, scenario::Scenario>>(std::move(*r));
    res.set_chunked_content_provider("text/event-stream",
                                     [this, work, ticket, s](std::size_t, httplib::DataSink& sink) {
                                       stream(*work, s, *ticket, sink);
                                       sink.done();
                                       return true;
                                     });
  }

  void stream(const std::pair<RunRequest, scenario::Scenario>& work, const StreamSettings& s,
              JobBoard::Job& job, httplib::DataSink& sink) {
    auto cancelled = [&] { return job.cancelled || !sink.is_writable(); };
    auto send = [&](const json& u) {
      std::string e = event("update", u);
      if (!sink.write(e.data(), e.size())) job.cancelled = true;
    };
    try {
      stream_comparison(work.first.base->scenario, work.second, s, cancelled, send);
    } catch (const std::exception& e) {
      std::string text = event("error", {{"error", e.what()}});
      sink.write(text.data(), text.size());
    }
  }
};

Server::Server(ServeCatalog catalog, ServerSettings settings)
    : impl_(std::make_unique<Impl>(std::move(catalog), std::move(settings))) {}

Server::~Server() = default;

int Server::bind() {
  const auto& s = impl_->settings;
  int port = s.port == 0 ? impl_->http.bind_to_any_port(s.bind)
                         : (impl_->http.bind_to_port(s.bind, s.port) ? s.port : -1);
  if (port < 0) {
    throw std::runtime_error("cannot listen on " + s.bind + ":" + std::to_string(s.port) +
                             " (in use, or not an address of this machine)");
  }
  return port;
}

void Server::listen() {
  impl_->http.listen_after_bind();
}

void Server::stop() {
  impl_->jobs.cancel_all();
  impl_->http.stop();
}

}  // namespace ketensim::tools::serve
