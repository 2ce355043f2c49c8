#include "output/report/report.h"

#include <cstdlib>
#include <ctime>

#include "output/atomic_file.h"
#include "output/dot_writer.h"
#include "output/report/graphviz.h"
#include "output/report/html_page.h"
#include "output/report/report_data.h"

namespace ketensim::output::report {
namespace {

// The flow as Graphviz draws it, or the dot text with a note when Graphviz is not installed.
// `ketensim graph` lays the chain out left to right; a page is narrow and tall, so here it
// runs top to bottom.
std::string flow_html(const scenario::Scenario& s) {
  std::string dot = flow_dot(s);
  if (auto at = dot.find("rankdir=LR"); at != std::string::npos) dot.replace(at, 10, "rankdir=TB");
  if (auto svg = render_graphviz(dot, GraphFormat::svg)) {
    std::string element = inline_svg(*svg);
    if (!element.empty()) return "<div class=\"flow-svg\">" + element + "</div>";
  }
  return "<p class=\"note\">Graphviz (the <code>dot</code> program) was not installed when this "
         "report was made, so the flow is shown as its dot text.</p><pre class=\"flow-dot\">" +
         html_escaped(dot) + "</pre>";
}

std::string title_of(const ReportInput& in, const Comparison* comparison) {
  std::string what =
      comparison ? comparison->alternative + " vs " + comparison->base : in.run.scenario;
  return "ketensim report: " + what;
}

}  // namespace

std::string report_date() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long v = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && end != epoch) now = static_cast<std::time_t>(v);
  }
  std::tm tm{};
  ::gmtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

std::string render_report(const ReportInput& in, const Comparison* comparison,
                          const std::string& date) {
  return html_page(
      {title_of(in, comparison), report_data_json(in, comparison, date), flow_html(in.scenario)});
}

void write_report(const std::filesystem::path& path, const ReportInput& in,
                  const Comparison* comparison) {
  std::string page = render_report(in, comparison);
  write_atomically(path, [&](std::ostream& out) { out << page; });
}

}  // namespace ketensim::output::report
