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

// The policies in date order; each change must resolve and fit, and after each date's
// changes the `p` of every stage they touch must sum to 1.
class PolicyChecker {
 public:
  PolicyChecker(const Scenario& s, Diagnostics& out) : s_(s), out_(out) {}

  void run() {
    std::vector<std::size_t> order(s_.policies.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return s_.policies[a].from < s_.policies[b].from;
    });
    for (std::size_t k = 0, end = 0; k < order.size(); k = end) {
      std::map<int, std::vector<double>> touched;  // stage -> its p after this date
      for (end = k;
           end < order.size() && s_.policies[order[end]].from == s_.policies[order[k]].from;
           ++end) {
        for (const PolicyChange& c : s_.policies[order[end]].set)
          check_change(order[end], c, touched);
      }
      check_sums(s_.policies[order[k]], touched);
    }
  }

 private:
  void check_change(std::size_t i, const PolicyChange& c,
                    std::map<int, std::vector<double>>& touched) {
    ResolvedPath r = resolve_parameter(s_, c.path);
    if (!r.slot) {
      report(out_, c.location, policy_path(i, c.path), r.problem.message,
             "a key path such as resources.jbw.caseload_norm (see Policies in "
             "docs/scenario-format.md)",
             "", r.problem.suggestion);
      return;
    }
    std::string problem = value_problem(s_, *r.slot, c.value);
    if (!problem.empty()) {
      report(out_, c.value_location, policy_path(i, c.path), problem, "", format_number(c.value));
    } else if (r.slot->target == ParameterSlot::Target::branch_p) {
      auto [it, first] = touched.try_emplace(r.slot->index);
      if (first) it->second = current(r.slot->index);
      it->second[r.slot->sub] = c.value;
    }
  }

  void check_sums(const Policy& p, const std::map<int, std::vector<double>>& touched) {
    for (const auto& [stage, probabilities] : touched) {
      check_sums_to_one(probabilities, p.location, "stages." + s_.stages[stage].name + ".next",
                        "after the policies of " + engine::format_date(p.from) +
                            " the probabilities must still sum to 1",
                        out_);
      current_[stage] = probabilities;
    }
  }

  // A stage's `p` as written, or as the policies of earlier dates left them.
  std::vector<double> current(int stage) const {
    if (auto it = current_.find(stage); it != current_.end()) return it->second;
    std::vector<double> p;
    for (const Branch& b : s_.stages[stage].next) p.push_back(b.p.value_or(0));
    return p;
  }

  const Scenario& s_;
  Diagnostics& out_;
  std::map<int, std::vector<double>> current_;
};

}  // namespace

void check_policies(const Scenario& s, Diagnostics& out) {
  PolicyChecker(s, out).run();
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
    } else if (node->is_sequence() &&
               std::all_of(part.begin(), part.end(), [](char c) { return c >= '0' && c <= '9'; }) &&
               part.size() < 6) {
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
