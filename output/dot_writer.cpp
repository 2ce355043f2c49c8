#include "output/dot_writer.h"

#include <sstream>

#include "output/number_format.h"

namespace ketensim::output {
namespace {

// A DOT string: quotes and backslashes escaped, a line break written as DOT's `\n` (escaping
// a label's own `\n` made Graphviz draw a backslash and an n).
std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '\n') out += "\\n";
    else out += (c == '"' || c == '\\') ? std::string("\\") + c : std::string(1, c);
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
  for (const auto& t : c.attributes) out += (out.empty() ? "" : " & ") + t.attribute + "=" + join(t.any_of);
  if (c.min_children) out += (out.empty() ? "" : " & ") + std::string("children>=") + std::to_string(*c.min_children);
  if (c.max_children) out += (out.empty() ? "" : " & ") + std::string("children<=") + std::to_string(*c.max_children);
  return out;
}

std::string branch_label(const scenario::Branch& b) {
  if (b.when) return condition_label(*b.when);
  if (b.p) return format_number(*b.p);
  return "otherwise";
}

void stage_node(std::ostream& out, const scenario::Stage& st) {
  std::string label = st.name + "\n" + st.duration.describe();
  if (!st.acquire.empty()) label += "\nholds: " + join(st.acquire);
  out << "  " << quoted(st.name) << " [shape=box, style=rounded, label=" << quoted(label) << "];\n";
}

void stage_edges(std::ostream& out, const scenario::Stage& st) {
  for (const auto& b : st.next) {
    out << "  " << quoted(st.name) << " -> " << quoted(b.to) << " [label=" << quoted(branch_label(b)) << "];\n";
  }
  if (st.max_wait_days) {
    out << "  " << quoted(st.name) << " -> " << quoted(st.after_max_wait) << " [style=dashed, label="
        << quoted((st.max_wait_random ? "patience ~ " : "wait > ") + format_number(*st.max_wait_days) +
                  " d")
        << "];\n";
  }
  for (const auto& tm : st.timers) {
    std::string when = tm.days ? "after " + format_number(*tm.days) + " d" : "at age " + format_number(tm.age_years.value_or(0));
    out << "  " << quoted(st.name) << " -> " << quoted(tm.then) << " [style=dashed, color=gray40, label="
        << quoted(when) << "];\n";
  }
  if (st.max_visits > 0) {
    out << "  " << quoted(st.name) << " -> " << quoted(st.after_max_visits) << " [style=dotted, label="
        << quoted("after " + std::to_string(st.max_visits) + " visits") << "];\n";
  }
}

}  // namespace

std::string flow_dot(const scenario::Scenario& s) {
  std::ostringstream out;
  out << "digraph " << quoted(s.name) << " {\n  rankdir=LR;\n  node [fontname=\"Helvetica\"];\n";
  for (const auto& a : s.arrivals) {
    out << "  " << quoted("arrivals:" + a.name) << " [shape=cds, label="
        << quoted(a.name + "\n" + format_number(a.families_per_year) + " families/yr") << "];\n";
    out << "  " << quoted("arrivals:" + a.name) << " -> " << quoted(a.into) << ";\n";
  }
  for (const auto& st : s.stages) stage_node(out, st);
  out << "  " << quoted(scenario::kDefaultExit) << " [shape=doublecircle];\n";
  for (const auto& e : s.exits) out << "  " << quoted(e) << " [shape=doublecircle];\n";
  for (const auto& st : s.stages) stage_edges(out, st);
  out << "}\n";
  return out.str();
}

}  // namespace ketensim::output
