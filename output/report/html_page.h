// Putting a report page together: the template (page.html) with its markers replaced by the
// title, the inlined style and scripts, the data island and the flow diagram. Whatever is
// placed in the page is escaped for where it goes, so no scenario text can end an element
// early or run as script.
#pragma once

#include <string>
#include <string_view>

#include "sim/scenario/translation.h"

namespace ketensim::output::report {

struct PageParts {
  std::string title;      // plain text
  std::string data_json;  // the data island (report_data.h)
  std::string flow_html;  // markup for the flow panel: Graphviz's <svg>, or a <pre> of dot text
};

// In Dutch the page's own static text is Dutch as well (report_text.h, page_phrases).
std::string html_page(const PageParts& parts, scenario::Language language = scenario::Language::en);

// `text` with & < > " ' as character references, for element content and attribute values.
std::string html_escaped(std::string_view text);

// JSON text made safe inside <script type="application/json">: every <, > and & becomes a
// \u escape (they can only occur inside JSON strings, where the escape means the same).
std::string script_safe_json(std::string_view json);

}  // namespace ketensim::output::report
