#include "tools/ketensim/select_option.h"

#include <iostream>

#include "sim/experiment/difference_precision.h"
#include "sim/experiment/request_error.h"
#include "sim/model/chain_statistics.h"
#include "sim/model/kpi_table.h"
#include "tools/ketensim/console_text.h"
#include "tools/ketensim/headlines.h"
#include "tools/ketensim/kpi_choice.h"
#include "tools/ketensim/language_option.h"

namespace ketensim::tools {
namespace {

constexpr const char* kOption = "--select";

[[noreturn]] void refuse(const std::string& text, const std::string& why) {
  throw experiment::RequestError(std::string(kOption) + " '" + text + "': " + why);
}

// "min wait_mean gesloten" -> lower is better, spec "wait_mean gesloten"; without min or
// max, nothing (the KPI's direction decides).
std::optional<bool> written_direction(std::string& spec) {
  for (const char* word : {"min ", "max "}) {
    if (spec.rfind(word, 0) != 0) continue;
    spec = spec.substr(4);
    return word[1] == 'a';
  }
  return std::nullopt;
}

bool declared_direction(const std::string& text, const stats::KpiKey& key) {
  model::Better better = model::better_direction(key.kpi);
  std::string spec = key.kpi + " " + key.subject;
  if (better == model::Better::neither)
    refuse(text, key.kpi + " is neither better lower nor higher; write 'min " + spec +
                     "' or 'max " + spec + "'");
  return better == model::Better::higher;
}

// Where `key`'s KPI and subject over the whole run is in `c`; c.size() when it is not.
std::size_t whole_run_index(const stats::KpiCatalog& c, const stats::KpiKey& key) {
  for (std::size_t k = 0; k < c.size(); ++k) {
    const stats::KpiKey& at = c.key(k);
    if (at.kpi == key.kpi && at.subject == key.subject && at.period == "all") return k;
  }
  return c.size();
}

// The KPI's index in the catalog of each scenario, [0] the base.
std::vector<std::size_t> indices_of(const std::string& text, const stats::KpiKey& key,
                                    const std::vector<model::ChainTables>& tables) {
  std::vector<std::size_t> out;
  for (const auto& t : tables) {
    stats::KpiCatalog c = model::ChainStatistics::catalog(t);
    out.push_back(whole_run_index(c, key));
    if (out.back() == c.size())
      refuse(text, "scenario '" + t.scenario_name + "' has no " + key.kpi + " " + key.subject);
  }
  return out;
}

// "0.5 days", "0.5 percentage points"
std::string delta_text(double delta, const std::string& unit) {
  if (unit == "share") return short_number(100 * delta) + " " + unit_text("percentage points");
  return value_text(delta, unit);
}

std::string kpi_text(const Selection& s) {
  return headline_name(s.key) + " (" + (s.goal.higher_is_better ? "higher" : "lower") +
         " is better)";
}

// "A, B and C"
std::string names_text(const experiment::KnSelection& kn, const std::vector<std::string>& names) {
  std::vector<std::string> in;
  for (int i = 0; i < kn.alternatives(); ++i)
    if (kn.in_contention(i)) in.push_back(names[i]);
  std::string out = in[0];
  for (std::size_t i = 1; i < in.size(); ++i) out += (i + 1 == in.size() ? " and " : ", ") + in[i];
  return out;
}

std::string answer(const experiment::KnSelection& kn, const Selection& s,
                   const std::vector<std::string>& names) {
  std::string delta = delta_text(s.goal.delta, s.key.unit), n = std::to_string(kn.replications());
  std::string confidence = percent_text(s.goal.confidence);
  if (kn.tied())
    return "Selected: " + names_text(kn, names) + " are equal on " + kpi_text(s) + " after " + n +
           " replications (the same mean), so each is within " + delta + " of the best; " +
           names[kn.selected()] + " is taken (Kim-Nelson)";
  if (kn.finished())
    return "Selected: " + names[kn.selected()] + " is best on " + kpi_text(s) +
           " with probability at least " + confidence + ", within " + delta +
           " (Kim-Nelson, decided after " + n + " replications)";
  return "Not decided: after " + n + " replications, the most allowed (--replications), " +
         names_text(kn, names) + " are still in contention for best on " + kpi_text(s) +
         "; none is yet shown best within " + delta +
         ": allow more replications or a larger --delta";
}

std::string fate(const experiment::KnSelection& kn, int i) {
  if (kn.selected() == i) return "selected as the best";
  if (!kn.in_contention(i))
    return "eliminated after replication " + std::to_string(kn.eliminated_at(i));
  return kn.finished() ? "tied with the selected" : "in contention";
}

}  // namespace

Selection resolve_selection(const std::string& text, std::optional<double> delta, double confidence,
                            const std::vector<model::ChainTables>& tables) {
  Selection s;
  s.text = text;
  std::string spec = text;
  std::optional<bool> higher = written_direction(spec);
  stats::KpiCatalog base = model::ChainStatistics::catalog(tables[0]);
  s.key = base.key(one_kpi(base, spec, kOption));
  s.goal.higher_is_better = higher ? *higher : declared_direction(text, s.key);
  s.kpi = indices_of(text, s.key, tables);
  s.goal.delta = delta.value_or(experiment::resolution_of(s.key.unit));
  s.goal.confidence = confidence;
  if (tables[0].replications < s.goal.first_stage)
    refuse(text, "needs at least " + std::to_string(s.goal.first_stage) +
                     " replications, its first stage; --replications allows " +
                     std::to_string(tables[0].replications));
  return s;
}

void print_selection(const experiment::KnSelection& kn, const Selection& s,
                     const std::vector<std::string>& names) {
  std::cout << said(answer(kn, s, names)) << '\n';
  bool early = false;
  for (int i = 0; i < kn.alternatives(); ++i) {
    std::cout << "  " << padded(names[i], kNameWidth)
              << padded(value_text(kn.mean(i), s.key.unit), 16) << said(fate(kn, i)) << '\n';
    early = early || (!kn.in_contention(i) && kn.eliminated_at(i) < kn.replications());
  }
  if (early)
    std::cout
        << "  "
        << said(
               "(an eliminated scenario ran no more replications: below, its figures are over "
               "those it ran, its differences over those it shares with the base)")
        << '\n';
  std::cout << '\n';
}

}  // namespace ketensim::tools
