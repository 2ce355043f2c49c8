#include "output/dot_writer.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>
#include <sstream>

#include "output/number_format.h"
#include "output/words.h"

namespace ketensim::output {
namespace {

using scenario::Language;

// The graph's own words in Dutch; stage, stream and resource names are the scenario's.
constexpr auto kPhrases = std::to_array<scenario::Phrase>({
    {"{} families/yr", "{} gezinnen/jaar"},
    {"holds: {}", "bezet: {}"},
    {"otherwise", "anders"},
    {"patience ~ {} d", "geduld ~ {} d"},
    {"wait > {} d", "wacht > {} d"},
    {"after {} d", "na {} d"},
    {"at age {}", "op leeftijd {}"},
    {"after {} visits", "na {} bezoeken"},
    {"median {} d ({})", "mediaan {} d ({})"},
    {"mean wait {} d", "gemiddelde wachttijd {} d"},
    {"never ends", "eindigt niet"},
    {"exponential", "exponentieel"},
    {"lognormal", "lognormaal"},
    {"triangular", "driehoekig"},
    {"uniform", "uniform"},
    {"empirical", "empirisch"},
});

// Days as a person reads them: whole days from 10 on, one decimal below.
std::string days(double d, const Words& say) {
  return say.number(fixed_decimals(d, std::fabs(d) < 10 && d != std::round(d) ? 1 : 0));
}

// "14 d" for a fixed stay, else its median and its family: "median 91 d (lognormal)".
std::string duration_label(const engine::Distribution& d, const Words& say) {
  if (d.kind() == engine::DistributionKind::fixed) return days(d.median(), say) + " d";
  if (std::isinf(d.median())) return say("never ends");
  std::string family = d.describe().substr(0, d.describe().find('('));
  return say("median {} d ({})", {days(d.median(), say), say(family)});
}

// A DOT string: quotes and backslashes escaped, a line break written as DOT's `\n` (escaping
// a label's own `\n` made Graphviz draw a backslash and an n).
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '\n')
      out += "\\n";
    else
      out += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
  }
  return out + "\"";
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const auto& x : v) out += (out.empty() ? "" : ", ") + x;
  return out;
}

std::string condition_label(const scenario::Condition& c) {
  std::string out;
  for (const auto& t : c.attributes)
    out += (out.empty() ? "" : " & ") + t.attribute + "=" + join(t.any_of);
  if (c.min_children)
    out += (out.empty() ? "" : " & ") + std::string("children>=") + std::to_string(*c.min_children);
  if (c.max_children)
    out += (out.empty() ? "" : " & ") + std::string("children<=") + std::to_string(*c.max_children);
  return out;
}

std::string branch_label(const scenario::Branch& b, const Words& say) {
  if (b.when) return condition_label(*b.when);
  if (b.p) return say.number(format_number(*b.p));
  return say("otherwise");
}

// The longest mean wait among the resources `st` acquires that `wait_days` has, if any.
std::optional<double> longest_wait(const scenario::Stage& st,
                                   const std::map<std::string, double>& wait_days) {
  std::optional<double> longest;
  for (const auto& r : st.acquire) {
    auto w = wait_days.find(r);
    if (w != wait_days.end() && std::isfinite(w->second))
      longest = std::max(longest.value_or(w->second), w->second);
  }
  return longest;
}

void stage_node(std::ostream& out, const scenario::Stage& st, const Words& say,
                const std::map<std::string, double>& wait_days) {
  std::string label = st.name + "\n" + duration_label(st.duration, say);
  if (!st.acquire.empty()) label += "\n" + say("holds: {}", {join(st.acquire)});
  std::string style = "style=rounded";
  if (auto w = longest_wait(st, wait_days)) {
    label += "\n" + say("mean wait {} d", {days(*w, say)});
    style = "style=\"rounded,filled\", fillcolor=" + quoted(wait_colour(*w));
  }
  out << "  " << quoted(st.name) << " [shape=box, " << style << ", label=" << quoted(label)
      << "];\n";
}

void stage_edges(std::ostream& out, const scenario::Stage& st, const Words& say) {
  for (const auto& b : st.next) {
    out << "  " << quoted(st.name) << " -> " << quoted(b.to)
        << " [label=" << quoted(branch_label(b, say)) << "];\n";
  }
  if (st.max_wait_days) {
    out << "  " << quoted(st.name) << " -> " << quoted(st.after_max_wait)
        << " [style=dashed, label="
        << quoted(say(st.max_wait_random ? "patience ~ {} d" : "wait > {} d",
                      {days(*st.max_wait_days, say)}))
        << "];\n";
  }
  for (const auto& tm : st.timers) {
    std::string when = tm.days ? say("after {} d", {days(*tm.days, say)})
                               : say("at age {}", {days(tm.age_years.value_or(0), say)});
    out << "  " << quoted(st.name) << " -> " << quoted(tm.then)
        << " [style=dashed, color=gray40, label=" << quoted(when) << "];\n";
  }
  if (st.max_visits > 0) {
    out << "  " << quoted(st.name) << " -> " << quoted(st.after_max_visits)
        << " [style=dotted, label="
        << quoted(say("after {} visits", {std::to_string(st.max_visits)})) << "];\n";
  }
}

}  // namespace

std::string wait_colour(double days) {
  if (days <= 5) return "#c6efce";   // green: within the pick-up norm
  if (days <= 91) return "#ffeb9c";  // amber: within the 3-month norm
  return "#ffc7ce";                  // red: beyond it
}

std::string flow_dot(const scenario::Scenario& s, Language language,
                     const std::map<std::string, double>& wait_days) {
  Words say{kPhrases, language};
  std::ostringstream out;
  out << "digraph " << quoted(s.name) << " {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n";
  for (const auto& a : s.arrivals) {
    out << "  " << quoted("arrivals:" + a.name) << " [shape=cds, label="
        << quoted(a.name + "\n" +
                  say("{} families/yr", {say.number(format_number(a.families_per_year))}))
        << "];\n";
    out << "  " << quoted("arrivals:" + a.name) << " -> " << quoted(a.into) << ";\n";
  }
  for (const auto& st : s.stages) stage_node(out, st, say, wait_days);
  out << "  " << quoted(scenario::kDefaultExit) << " [shape=doublecircle];\n";
  for (const auto& e : s.exits) out << "  " << quoted(e) << " [shape=doublecircle];\n";
  for (const auto& st : s.stages) stage_edges(out, st, say);
  out << "}\n";
  return out.str();
}

}  // namespace ketensim::output
