#include "output/report/report.h"

#include <ctime>

#include "output/atomic_file.h"
#include "output/dot_writer.h"
#include "output/made_at.h"
#include "output/report/graphviz.h"
#include "output/report/html_page.h"
#include "output/report/report_data.h"
#include "output/report/report_text.h"

namespace ketensim::output::report {
namespace {

// The flow as Graphviz draws it, or the dot text with a note when Graphviz is not installed.
// `ketensim graph` lays the chain out left to right; a page is narrow and tall, so here it
// runs top to bottom.
std::string flow_html(const scenario::Scenario& s, scenario::Language language) {
  std::string dot = flow_dot(s, language);
  if (auto at = dot.find("rankdir=LR"); at != std::string::npos) dot.replace(at, 10, "rankdir=TB");
  if (auto svg = render_graphviz(dot, GraphFormat::svg)) {
    std::string element = inline_svg(*svg);
    if (!element.empty()) return "<div class=\"flow-svg\">" + element + "</div>";
  }
  return report_text(language,
                     "<p class=\"note\">Graphviz (the <code>dot</code> program) was not "
                     "installed when this report was made, so the flow is shown as its dot "
                     "text.</p>") +
         "<pre class=\"flow-dot\">" + html_escaped(dot) + "</pre>";
}

std::string title_of(const ReportInput& in, const Comparison* comparison,
                     scenario::Language language) {
  std::string what = comparison ? scenario::filled(report_text(language, "{} vs {}"),
                                                   {comparison->alternative, comparison->base})
                                : in.run.scenario;
  return scenario::filled(report_text(language, "ketensim report: {}"), {what});
}

}  // namespace

std::string report_date() {
  std::time_t now = made_at();
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string render_report(const ReportInput& in, const Comparison* comparison,
                          const std::string& date, scenario::Language language) {
  return html_page(
      {title_of(in, comparison, language), report_data_json(in, comparison, date, language),
       flow_html(in.scenario, language)},
      language);
}

void write_report(const std::filesystem::path& path, const ReportInput& in,
                  const Comparison* comparison, scenario::Language language) {
  std::string page = render_report(in, comparison, report_date(), language);
  write_atomically(path, [&](std::ostream& out) { out << page; });
}

}  // namespace ketensim::output::report
