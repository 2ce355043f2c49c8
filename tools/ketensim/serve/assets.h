// The page of `ketensim serve`, compiled in by the build (output/report/embed_assets.cmake):
// its HTML, style and script. ECharts is the report's copy (output/report/assets.h).
#pragma once

#include <string_view>

namespace ketensim::tools::serve::assets {

extern const std::string_view serve_html;
extern const std::string_view serve_css;
extern const std::string_view serve_js;

}  // namespace ketensim::tools::serve::assets
