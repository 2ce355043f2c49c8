// Putting the page together: escaping for each place text goes, every marker filled, every
// script inlined and none able to end its element early.
#include "output/report/html_page.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "output/report/assets.h"

using namespace ketensim::output::report;

TEST_CASE("html_escaped and script_safe_json neutralise markup") {
  CHECK(html_escaped("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &#39;d&#39;&gt;");
  std::string json = R"({"d":"</script><script>alert(1)</script>&"})";
  std::string safe = script_safe_json(json);
  CHECK(safe.find('<') == std::string::npos);
  CHECK(nlohmann::json::parse(safe) == nlohmann::json::parse(json));  // the same data
}

TEST_CASE("the page has every part, in order, and no marker left") {
  std::string page =
      html_page({"x <y>", "{\"k\":1}", "<svg id=\"flow\"><!--KETENSIM:DATA--></svg>"});
  CHECK(page.rfind("<!doctype html>", 0) == 0);
  CHECK(page.find("<title>x &lt;y&gt;</title>") != std::string::npos);
  CHECK(page.find("KETENSIM:") ==
        page.find("<!--KETENSIM:DATA--></svg>") + 4);  // only the flow's own text
  auto island =
      page.find("<script type=\"application/json\" id=\"report-data\">{\"k\":1}</script>");
  CHECK(island != std::string::npos);
  CHECK(page.find("<svg id=\"flow\">") < island);
  CHECK(page.find(std::string(assets::echarts_js.substr(0, 200))) != std::string::npos);
  CHECK(page.find(std::string(assets::main_js.substr(0, 200))) >
        page.find(std::string(assets::charts_js.substr(0, 200))));
}

TEST_CASE("the inlined library is Apache ECharts and loads nothing from a network") {
  CHECK(assets::echarts_js.find("Apache") != std::string_view::npos);
  CHECK(assets::echarts_js.size() > 100000);
  for (auto part : {assets::page_html, assets::report_css, assets::main_js, assets::charts_js}) {
    CHECK(part.find("src=\"http") == std::string_view::npos);
    CHECK(part.find("url(http") == std::string_view::npos);
  }
}
