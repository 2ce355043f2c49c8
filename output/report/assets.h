// The files a report is made of, compiled in by the build (embed_assets.cmake): the page
// template, the style, Apache ECharts (from npm, pinned in package-lock.json) and our own
// scripts, in the order they are inlined. The page template's markers are filled in by
// html_page.cpp.
#pragma once

#include <string_view>

namespace ketensim::output::report::assets {

extern const std::string_view page_html;
extern const std::string_view report_css;
extern const std::string_view echarts_js;
extern const std::string_view text_js;
extern const std::string_view format_js;
extern const std::string_view charts_js;
extern const std::string_view sections_js;
extern const std::string_view scenario_view_js;
extern const std::string_view comparison_view_js;
extern const std::string_view main_js;

}  // namespace ketensim::output::report::assets
