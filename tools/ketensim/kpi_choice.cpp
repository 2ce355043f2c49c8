#include "tools/ketensim/kpi_choice.h"

#include <algorithm>
#include <set>

#include "sim/experiment/request_error.h"
#include "sim/scenario/diagnostic.h"
#include "tools/ketensim/headlines.h"

namespace ketensim::tools {
namespace {

[[noreturn]] void unknown(const std::string& option, const std::string& spec,
                          const std::string& what, const std::string& name,
                          const std::vector<std::string>& names) {
  std::string text = option + " '" + spec + "': no " + what + " '" + name + "'";
  std::string near = scenario::nearest(name, names);
  if (!near.empty()) text += "; did you mean '" + near + "'?";
  throw experiment::RequestError(text);
}

std::vector<std::size_t> chosen(const stats::KpiCatalog& c, const std::string& spec,
                                const std::string& option = "--kpi") {
  std::string kpi = spec.substr(0, spec.find(' '));
  std::string subject = spec.find(' ') == std::string::npos ? "" : spec.substr(spec.find(' ') + 1);
  std::set<std::string> kpis, subjects;
  std::vector<std::size_t> out;
  for (std::size_t k = 0; k < c.size(); ++k) {
    const auto& key = c.key(k);
    kpis.insert(key.kpi);
    if (key.kpi != kpi || key.period != "all") continue;
    subjects.insert(key.subject);
    if (subject.empty() || key.subject == subject) out.push_back(k);
  }
  if (kpis.count(kpi) == 0) unknown(option, spec, "KPI", kpi, {kpis.begin(), kpis.end()});
  if (out.empty())
    unknown(option, spec, "subject of " + kpi, subject, {subjects.begin(), subjects.end()});
  return out;
}

}  // namespace

experiment::KpiChoice kpi_choice(const std::vector<std::string>& specs) {
  return [specs](const stats::KpiCatalog& c) {
    if (specs.empty()) return headline_indices(c, comparison_headlines());
    std::vector<std::size_t> out;
    for (const auto& spec : specs) {
      for (std::size_t k : chosen(c, spec)) {
        if (std::find(out.begin(), out.end(), k) == out.end()) out.push_back(k);
      }
    }
    return out;
  };
}

std::size_t one_kpi(const stats::KpiCatalog& c, const std::string& spec,
                    const std::string& option) {
  std::vector<std::size_t> found = chosen(c, spec, option);
  if (found.size() == 1) return found[0];
  throw experiment::RequestError(option + " '" + spec + "': " + spec + " is measured for " +
                                 std::to_string(found.size()) + " subjects; name one, e.g. '" +
                                 spec + " " + c.key(found[0]).subject + "'");
}

}  // namespace ketensim::tools
