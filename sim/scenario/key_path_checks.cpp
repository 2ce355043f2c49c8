#include "sim/scenario/key_path_checks.h"

#include <algorithm>
#include <map>
#include <numeric>

#include "sim/scenario/parameter_path.h"
#include "sim/scenario/value_reader.h"

namespace ketensim::scenario {

namespace {

std::string policy_path(std::size_t i, const std::string& key) {
  return "policies[" + std::to_string(i) + "].set." + key;
}

// Each change resolved, or reported; the branch probabilities it sets are collected.
struct StageProbabilities {
  std::vector<double> p;  // per branch of `next` (0 for branches without p)
};

void check_change(const Scenario& s, std::size_t i, const PolicyChange& c,
                  std::map<int, StageProbabilities>& touched, Diagnostics& out) {
  ResolvedPath r = resolve_parameter(s, c.path);
  if (!r.slot) {
    report(out, c.location, policy_path(i, c.path), r.problem.message, "a key path such as "
           "resources.jbw.caseload_norm (see Policies in docs/scenario-format.md)", "",
           r.problem.suggestion);
    return;
  }
  std::string problem = value_problem(s, *r.slot, c.value);
  if (!problem.empty()) {
    report(out, c.value_location, policy_path(i, c.path), problem, "", format_number(c.value));
    return;
  }
  if (r.slot->target == ParameterSlot::Target::branch_p) touched[r.slot->index].p[r.slot->sub] = c.value;
}

std::vector<double> written_p(const Stage& st) {
  std::vector<double> p;
  for (const Branch& b : st.next) p.push_back(b.p.value_or(0));
  return p;
}

}  // namespace

void check_policies(const Scenario& s, Diagnostics& out) {
  std::vector<std::size_t> order(s.policies.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return s.policies[a].from < s.policies[b].from;
  });
  std::map<int, StageProbabilities> current;  // stage -> its p after the policies so far
  for (std::size_t k = 0; k < order.size();) {
    std::size_t end = k;
    std::map<int, StageProbabilities> touched;
    for (; end < order.size() && s.policies[order[end]].from == s.policies[order[k]].from; ++end) {
      const Policy& p = s.policies[order[end]];
      for (const PolicyChange& c : p.set) {
        ResolvedPath r = resolve_parameter(s, c.path);
        if (r.slot && r.slot->target == ParameterSlot::Target::branch_p && !touched.count(r.slot->index)) {
          auto& now = current.try_emplace(r.slot->index, StageProbabilities{written_p(s.stages[r.slot->index])}).first->second;
          touched[r.slot->index] = now;
        }
        check_change(s, order[end], c, touched, out);
      }
    }
    for (auto& [stage, probabilities] : touched) {
      const Policy& p = s.policies[order[k]];
      check_sums_to_one(probabilities.p, p.location, "stages." + s.stages[stage].name + ".next",
                        "after the policies of " + engine::format_date(p.from) +
                            " the probabilities must still sum to 1",
                        out);
      current[stage] = probabilities;
    }
    k = end;
  }
}

namespace {

// The node at `path` ("stages.jbt.duration", "stages.jbt.next[0].p") in the merged tree.
const Node* at_path(const Node& root, const std::string& path) {
  const Node* node = &root;
  std::string part;
  auto step = [&]() -> bool {
    if (part.empty()) return true;
    if (node->is_map()) {
      node = node->find(part);
    } else if (node->is_sequence() && std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }) && part.size() < 6) {
      std::size_t i = std::stoul(part);
      node = i < node->items.size() ? &node->items[i] : nullptr;
    } else {
      node = nullptr;
    }
    part.clear();
    return node != nullptr;
  };
  for (char c : path) {
    if (c == '.' || c == '[' || c == ']') {
      if (!step()) return nullptr;
    } else {
      part += c;
    }
  }
  return step() ? node : nullptr;
}

}  // namespace

void check_assumptions(const Scenario& s, const Node& root, Diagnostics& out) {
  for (std::size_t i = 0; i < s.assumptions.size(); ++i) {
    const Assumption& a = s.assumptions[i];
    if (a.param.empty() || at_path(root, a.param)) continue;
    report(out, a.location, "assumptions[" + std::to_string(i) + "].param",
           "the scenario has no key '" + a.param + "'",
           "the path of a key written in the scenario (or a base), such as stages.jbt.duration");
  }
}

}  // namespace ketensim::scenario
