// `ketensim serve` through its HTTP API, as the page uses it: the list of scenarios, a run
// streamed batch by batch to its end, and the overlay download, which `ketensim compare`
// turns into exactly the numbers the page showed, and the report and workbook downloads.
#include <doctest/doctest.h>

#include <cstdlib>

#include "tests/serve/serve_test_support.h"
#include "tests/support.h"

namespace ketensim::testing {
namespace {

using nlohmann::json;

const std::string kRun =
    R"({"client": "t1", "scenario": "tiny", "overlay": "tiny-norm", "levers": {"fte": 3, "norm_2021": 6}})";

TEST_CASE("serve: lists the scenarios given, their overlays and levers, and nothing else") {
  TestServer server("list");
  auto res = server.client().Get("/api/scenarios");
  REQUIRE(res);
  CHECK(res->status == 200);
  json list = json::parse(res->body)["scenarios"];
  REQUIRE(list.size() == 1);
  CHECK(list[0]["id"] == "tiny");
  CHECK(list[0]["seed"] == 7);
  REQUIRE(list[0]["overlays"].size() == 1);  // unrelated.yaml extends nothing
  CHECK(list[0]["overlays"][0]["id"] == "tiny-norm");
  json lever = list[0]["levers"][0];
  CHECK(lever["name"] == "fte");
  CHECK(lever["label"]["nl"] == "fte GI");
  CHECK(lever["value"] == 2);
  CHECK(lever["step"] == 0.5);
  CHECK(res->body.find(server.folder().string()) == std::string::npos);  // no paths shown
}

TEST_CASE("serve: the page is served whole, with its chart library inlined") {
  TestServer server("page");
  auto res = server.client().Get("/");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->body.find("/*KETENSIM:") == std::string::npos);
  CHECK(res->body.find("echarts") != std::string::npos);
  CHECK(res->body.find("<script src") == std::string::npos);  // nothing from the network
}

TEST_CASE("serve: a run streams batches whose intervals narrow, and ends with its reason") {
  TestServer server("run");
  auto res = server.client().Post("/api/run", kRun, "application/json");
  REQUIRE(res);
  CHECK(res->status == 200);
  CHECK(res->get_header_value("Content-Type") == "text/event-stream");
  auto events = events_of(res->body);
  REQUIRE(events.size() >= 3);
  for (const auto& [name, data] : events) CHECK(name == "update");
  const json& first = events.front().second;
  const json& last = events.back().second;
  CHECK(first["final"] == false);
  CHECK(first["replications"] == 4);
  CHECK(last["final"] == true);
  CHECK((last["stopped"] == "precision" || last["stopped"] == "limit"));
  auto width = [](const json& update) {
    for (const auto& k : update["kpis"]) {
      if (k["id"] == "wait_mean gi") {
        return k["all"]["difference"]["high"].get<double>() -
               k["all"]["difference"]["low"].get<double>();
      }
    }
    return -1.0;
  };
  CHECK(width(first) > 0);
  CHECK(width(last) < width(first));
  // Per year as well as the whole run, and a sentence for the whole run.
  for (const auto& k : last["kpis"]) {
    if (k["id"] != "wait_mean gi") continue;
    CHECK(k["years"].size() == 3);
    CHECK(k["all"]["sentence"].get<std::string>().find("tiny-norm-levers") != std::string::npos);
  }
  // Only the last update draws the alternative's flow, its waiting stage coloured by its wait
  // (Graphviz is a declared dependency, installed by tools/install-deps).
  CHECK_FALSE(first.contains("flow"));
  REQUIRE(last.contains("flow"));
  const std::string flow = last["flow"];
  CHECK(flow.starts_with("<svg"));
  CHECK(contains(flow, ">mean wait "));
  CHECK((contains(flow, "fill=\"#c6efce\"") || contains(flow, "fill=\"#ffeb9c\"") ||
         contains(flow, "fill=\"#ffc7ce\"")));
}

TEST_CASE("serve: the overlay download reproduces the streamed numbers in ketensim compare") {
  TestServer server("overlay");
  auto client = server.client();
  auto run = client.Post("/api/run", kRun, "application/json");
  REQUIRE(run);
  REQUIRE(run->status == 200);
  json last = events_of(run->body).back().second;
  int n = last["replications"];
  json request = json::parse(kRun);
  request["replications"] = n;
  auto overlay = client.Post("/api/overlay", request.dump(), "application/json");
  REQUIRE(overlay);
  CHECK(overlay->status == 200);
  CHECK(overlay->get_header_value("Content-Disposition") ==
        "attachment; filename=\"tiny-norm-levers.yaml\"");
  CHECK(contains(overlay->body, "extend: tiny-norm.yaml\n"));
  CHECK(contains(overlay->body,
                 "- {from: 2020-01-01, set: {resources.gi.fte: 3}, note: \"lever fte\"}"));
  // A lever on a policy's value: a policy of the same date after it.
  CHECK(contains(
      overlay->body,
      "- {from: 2021-01-01, set: {resources.gi.caseload_norm: 6}, note: \"lever norm_2021\"}"));
  CHECK(contains(overlay->body, "--seed 7 -r " + std::to_string(n)));
  auto file = server.folder() / "policies" / "tiny-norm-levers.yaml";
  write_text(file, overlay->body);
  auto out = server.folder() / "compare";
  CommandResult r =
      run_cli("compare " + (server.folder() / "tiny.yaml").string() + " " + file.string() +
                  " --seed 7 -r " + std::to_string(n) + " --xlsx -q -o " + out.string(),
              kSameDay);
  REQUIRE(r.code == 0);
  json compared = json::parse(read_text(out / "compare.json"));
  int checked = 0;
  for (const auto& k : last["kpis"]) {
    std::vector<json> rows = k["years"];
    rows.push_back(k["all"]);
    for (const auto& row : rows) {
      for (const auto& c : compared["kpis"]) {
        if (c["kpi"] != k["kpi"] || c["subject"] != k["subject"] || c["period"] != row["period"])
          continue;
        CHECK(c["differences"][0]["mean"] == row["difference"]["mean"]);
        CHECK(c["differences"][0]["ci95_low"] == row["difference"]["low"]);
        CHECK(c["differences"][0]["ci95_high"] == row["difference"]["high"]);
        CHECK(c["scenarios"][0]["mean"] == row["base"]["mean"]);
        ++checked;
      }
    }
  }
  CHECK(checked > 10);
  // The downloads, made on the same day as the compare above (its SOURCE_DATE_EPOCH, set here
  // for the server in this process): the report page `ketensim compare` wrote for the
  // alternative and its workbook, byte for byte.
  ::setenv("SOURCE_DATE_EPOCH", "1700000000", 1);
  auto report = client.Post("/api/report", request.dump(), "application/json");
  auto workbook = client.Post("/api/xlsx", request.dump(), "application/json");
  ::unsetenv("SOURCE_DATE_EPOCH");
  REQUIRE(report);
  CHECK(report->status == 200);
  CHECK(report->get_header_value("Content-Disposition") ==
        "attachment; filename=\"tiny-norm-levers-report.html\"");
  CHECK(report->body == read_text(out / "report.html"));
  REQUIRE(workbook);
  CHECK(workbook->status == 200);
  CHECK(workbook->get_header_value("Content-Disposition") ==
        "attachment; filename=\"tiny-norm-levers-compare.xlsx\"");
  CHECK(workbook->body.starts_with("PK"));  // a zip file, as every .xlsx
  CHECK(workbook->body == read_text(out / "compare.xlsx"));
}

TEST_CASE("serve: a lever out of range is refused, naming the lever") {
  TestServer server("lever");
  auto res = server.client().Post("/api/run", R"({"scenario": "tiny", "levers": {"fte": 9}})",
                                  "application/json");
  REQUIRE(res);
  CHECK(res->status == 400);
  json e = json::parse(res->body);
  CHECK(e["lever"] == "fte");
  CHECK(e["error"] == "lever 'fte' (resources.gi.fte) must be between 1 and 5, not 9");
}

}  // namespace
}  // namespace ketensim::testing
