#include "output/report/html_page.h"

#include <stdexcept>
#include <utility>
#include <vector>

#include "output/report/assets.h"
#include "output/report/report_text.h"

namespace ketensim::output::report {
namespace {

// The scripts, in the order they must run: the library first, main.js last.
std::string inlined_scripts() {
  std::string out;
  for (auto js : {assets::echarts_js, assets::text_js, assets::format_js, assets::charts_js,
                  assets::sections_js, assets::scenario_view_js, assets::comparison_view_js,
                  assets::main_js}) {
    out += "<script>\n";
    out += js;
    out += "\n</script>\n";
  }
  return out;
}

// `page` with each marker replaced once, markers in page order. Each marker is looked for
// after the content placed so far, so text inside a part (an SVG comment, a scenario name)
// is never taken for a marker. A marker missing from the template is a mistake in
// page.html, not bad input, hence logic_error.
std::string fill(std::string_view page,
                 const std::vector<std::pair<std::string, std::string>>& parts) {
  std::string out(page);
  std::size_t from = 0;
  for (const auto& [marker, content] : parts) {
    auto at = out.find(marker, from);
    if (at == std::string::npos) throw std::logic_error("page.html lacks " + marker + " in order");
    out.replace(at, marker.size(), content);
    from = at + content.size();
  }
  return out;
}

// page.html with its static text in `language`.
std::string page_in(scenario::Language language) {
  std::string page(assets::page_html);
  if (language == scenario::Language::en) return page;
  for (const scenario::Phrase& p : page_phrases()) {
    if (auto at = page.find(p.english); at != std::string::npos) {
      page.replace(at, p.english.size(), p.dutch);
    }
  }
  return page;
}

}  // namespace

std::string html_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string script_safe_json(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (char c : json) {
    switch (c) {
      case '<':
        out += "\\u003c";
        break;
      case '>':
        out += "\\u003e";
        break;
      case '&':
        out += "\\u0026";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string html_page(const PageParts& parts, scenario::Language language) {
  return fill(page_in(language), {{"<!--KETENSIM:TITLE-->", html_escaped(parts.title)},
                                  {"/*KETENSIM:STYLE*/", std::string(assets::report_css)},
                                  {"<!--KETENSIM:FLOW-->", parts.flow_html},
                                  {"<!--KETENSIM:DATA-->", script_safe_json(parts.data_json)},
                                  {"<!--KETENSIM:SCRIPTS-->", inlined_scripts()}});
}

}  // namespace ketensim::output::report
