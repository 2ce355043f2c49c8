#include "sim/model/chain_graph.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <boost/graph/filtered_graph.hpp>
#include <boost/graph/strong_components.hpp>
#include <map>
#include <string>

namespace ketensim::model {
namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS>;
using Vertex = Graph::vertex_descriptor;

// Vertices: stages 0..S-1, then exits, then one source per arrival stream.
class FlowGraph {
 public:
  explicit FlowGraph(const scenario::Scenario& s) : s_(s) {
    for (std::size_t i = 0; i < s.stages.size(); ++i) index_[s.stages[i].name] = i;
    index_[scenario::kDefaultExit] = s.stages.size();
    for (std::size_t i = 0; i < s.exits.size(); ++i) index_[s.exits[i]] = s.stages.size() + 1 + i;
    exit_count_ = 1 + s.exits.size();
    forward_ = Graph(s.stages.size() + exit_count_ + s.arrivals.size());
    reverse_ = Graph(boost::num_vertices(forward_));
    for (std::size_t i = 0; i < s.arrivals.size(); ++i) edge(source(i), s.arrivals[i].into);
    for (std::size_t i = 0; i < s.stages.size(); ++i) stage_edges(i);
  }

  // Families start at an arrival stream's stage or at an initial stock's.
  std::vector<bool> reached_from_arrivals() const {
    std::vector<Vertex> roots;
    for (std::size_t i = 0; i < s_.arrivals.size(); ++i) roots.push_back(source(i));
    for (const auto& stock : s_.initial) {
      if (auto it = index_.find(stock.stage); it != index_.end()) roots.push_back(it->second);
    }
    return reach(forward_, roots);
  }

  std::vector<bool> reaching_an_exit() const {
    std::vector<Vertex> roots;
    for (std::size_t i = 0; i < exit_count_; ++i) roots.push_back(s_.stages.size() + i);
    return reach(reverse_, roots);
  }

  // Groups of uncapped stages that form a cycle among themselves.
  std::vector<std::vector<std::size_t>> uncapped_cycles() const;

 private:
  Vertex source(std::size_t arrival) const { return s_.stages.size() + exit_count_ + arrival; }

  void edge(Vertex from, const std::string& to) {
    auto it = index_.find(to);
    if (it == index_.end()) return;  // dangling: already reported by the loader
    boost::add_edge(from, it->second, forward_);
    boost::add_edge(it->second, from, reverse_);
  }

  void stage_edges(std::size_t i) {
    const scenario::Stage& st = s_.stages[i];
    for (const auto& b : st.next) edge(i, b.to);
    if (st.max_wait_days) edge(i, st.after_max_wait);
    if (st.max_visits > 0) edge(i, st.after_max_visits);
    for (const auto& tm : st.timers) edge(i, tm.then);
    for (const auto& r : s_.reviews) {
      for (const auto& [waiting, target] : r.send) {
        if (waiting == st.name) edge(i, target);
      }
    }
  }

  static std::vector<bool> reach(const Graph& g, const std::vector<Vertex>& roots) {
    std::vector<boost::default_color_type> colour(boost::num_vertices(g), boost::white_color);
    auto colours =
        boost::make_iterator_property_map(colour.begin(), boost::get(boost::vertex_index, g));
    for (Vertex r : roots) {
      if (colour[r] == boost::white_color) {
        boost::breadth_first_visit(g, r,
                                   boost::visitor(boost::default_bfs_visitor()).color_map(colours));
      }
    }
    std::vector<bool> out(colour.size());
    for (std::size_t v = 0; v < colour.size(); ++v) out[v] = colour[v] != boost::white_color;
    return out;
  }

  const scenario::Scenario& s_;
  std::map<std::string, std::size_t> index_;
  std::size_t exit_count_ = 0;
  Graph forward_, reverse_;
};

struct UncappedStage {
  const scenario::Scenario* s = nullptr;
  bool operator()(Vertex v) const { return v < s->stages.size() && s->stages[v].max_visits == 0; }
};

std::vector<std::vector<std::size_t>> FlowGraph::uncapped_cycles() const {
  boost::filtered_graph<Graph, boost::keep_all, UncappedStage> g(forward_, {}, UncappedStage{&s_});
  std::vector<std::size_t> component(boost::num_vertices(forward_));
  boost::strong_components(
      g, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, g)));
  std::map<std::size_t, std::vector<std::size_t>> members;
  for (std::size_t v = 0; v < s_.stages.size(); ++v) {
    if (UncappedStage{&s_}(v)) members[component[v]].push_back(v);
  }
  std::vector<std::vector<std::size_t>> cycles;
  for (auto& [c, vs] : members) {
    bool self_loop = vs.size() == 1 && boost::edge(vs[0], vs[0], forward_).second;
    if (vs.size() > 1 || self_loop) cycles.push_back(vs);
  }
  std::sort(cycles.begin(), cycles.end());
  return cycles;
}

scenario::Diagnostic at_stage(const scenario::Stage& st, std::string message) {
  return {st.location, "stages." + st.name, std::move(message), "", "", ""};
}

std::string names(const scenario::Scenario& s, const std::vector<std::size_t>& cycle) {
  std::string out;
  for (std::size_t v : cycle) out += (out.empty() ? "" : ", ") + s.stages[v].name;
  return out;
}

}  // namespace

std::vector<scenario::Diagnostic> check_flow(const scenario::Scenario& s) {
  FlowGraph g(s);
  std::vector<scenario::Diagnostic> out;
  auto reached = g.reached_from_arrivals();
  auto leaves = g.reaching_an_exit();
  for (std::size_t i = 0; i < s.stages.size(); ++i) {
    if (!reached[i])
      out.push_back(
          at_stage(s.stages[i], "no arrival stream or initial stock leads to this stage"));
    if (!leaves[i])
      out.push_back(at_stage(s.stages[i],
                             "no exit can be reached from this stage; families would never leave"));
  }
  for (const auto& cycle : g.uncapped_cycles()) {
    std::string what = cycle.size() == 1
                           ? "this stage leads back to itself without a cap"
                           : "stages " + names(s, cycle) + " form a loop without a cap";
    auto d = at_stage(s.stages[cycle.front()], what + "; families could cycle forever");
    d.expected = "max_visits on one stage of the loop";
    out.push_back(d);
  }
  std::stable_sort(out.begin(), out.end(), [](const auto& a, const auto& b) {
    return std::tie(a.location.file, a.location.line, a.location.column) <
           std::tie(b.location.file, b.location.line, b.location.column);
  });
  return out;
}

}  // namespace ketensim::model
