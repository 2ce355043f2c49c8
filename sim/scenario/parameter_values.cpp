// Several values put at once, with the rule for routing shares of parameter_path.h.
#include <algorithm>
#include <map>
#include <set>

#include "sim/engine/time.h"
#include "sim/scenario/parameter_path.h"

namespace ketensim::scenario {
namespace {

using Target = ParameterSlot::Target;

// The branches of one stage whose shares move together: the stage's own `next`, or one
// policy's changes to it.
struct Group {
  int policy = -1;
  int stage = 0;
  auto operator<=>(const Group&) const = default;
};

// Where a branch's share is held: its index in `next` (the stage's own) or in the policy's
// `set` (a policy's change).
struct Share {
  int at = 0;
  double* value = nullptr;
};

// The `p` shares of a group, each keyed by where it is held.
std::vector<Share> shares_of(Scenario& s, const Group& g) {
  std::vector<Share> out;
  if (g.policy < 0) {
    auto& next = s.stages[g.stage].next;
    for (std::size_t b = 0; b < next.size(); ++b) {
      if (next[b].p) out.push_back({static_cast<int>(b), &*next[b].p});
    }
    return out;
  }
  for (BranchChange c : branch_changes(s, g.policy, g.stage))
    out.push_back({c.change, &s.policies[g.policy].set[c.change].value});
  return out;
}

Group group_of(const ParameterSlot& slot) {
  return {slot.policy, slot.index};
}

int held_at(const ParameterSlot& slot) {
  return slot.policy >= 0 ? slot.change : slot.sub;
}

// The given shares keep their values, the others share the rest of `total` (the rule in the
// header).
void rebalance(std::vector<Share> shares, const std::set<int>& given, double total) {
  double sum_given = 0, sum_others = 0;
  int others = 0;
  for (const Share& sh : shares) {
    (given.count(sh.at) ? sum_given : sum_others) += *sh.value;
    others += given.count(sh.at) ? 0 : 1;
  }
  double rest = sum_given > total ? 0 : total - sum_given;
  for (Share& sh : shares) {
    if (given.count(sh.at)) {
      if (sum_given > total) *sh.value *= total / sum_given;
    } else {
      *sh.value = sum_others > 0 ? *sh.value * rest / sum_others : rest / others;
    }
  }
}

// Whether policy `a` starts before policy `b` (by date, then in the order written).
bool starts_before(const Scenario& s, int a, int b) {
  auto day = [&](int p) { return engine::days_from_civil(s.policies[p].from); };
  return day(a) != day(b) ? day(a) < day(b) : a < b;
}

// The share branch `branch` of `stage` holds when policy `at` starts: the value of the last
// policy before it that sets the branch, else the stage's own.
double share_before(const Scenario& s, int stage, int branch, int at) {
  double value = s.stages[stage].next[branch].p.value_or(0);
  int latest = -1;
  for (int q = 0; q < static_cast<int>(s.policies.size()); ++q) {
    if (!starts_before(s, q, at) || (latest >= 0 && starts_before(s, q, latest))) continue;
    for (BranchChange c : branch_changes(s, q, stage)) {
      if (c.branch != branch) continue;
      value = s.policies[q].set[c.change].value;
      latest = q;
    }
  }
  return value;
}

// What a group's shares sum to: 1 for the stage's own; for a policy's, 1 less the shares the
// stage's other `p` branches hold when it starts.
double group_total(const Scenario& s, const Group& g) {
  if (g.policy < 0) return 1;
  std::set<int> set_by_policy;
  for (BranchChange c : branch_changes(s, g.policy, g.stage)) set_by_policy.insert(c.branch);
  double outside = 0;
  const auto& next = s.stages[g.stage].next;
  for (int b = 0; b < static_cast<int>(next.size()); ++b) {
    if (next[b].p && !set_by_policy.count(b)) outside += share_before(s, g.stage, b, g.policy);
  }
  return std::max(0.0, 1 - outside);
}

}  // namespace

std::vector<BranchChange> branch_changes(const Scenario& s, int policy, int stage) {
  std::vector<BranchChange> out;
  const auto& set = s.policies[policy].set;
  for (std::size_t c = 0; c < set.size(); ++c) {
    ResolvedPath r = resolve_parameter(s, set[c].path);
    if (r.slot && r.slot->target == Target::branch_p && r.slot->index == stage)
      out.push_back({static_cast<int>(c), r.slot->sub});
  }
  return out;
}

void set_parameter_values(Scenario& s, const std::vector<SlotValue>& values) {
  std::map<Group, std::set<int>> groups;
  for (const SlotValue& v : values) {
    set_parameter_value(s, v.slot, v.value);
    if (v.slot.target == Target::branch_p) groups[group_of(v.slot)].insert(held_at(v.slot));
  }
  for (const auto& [group, given] : groups)
    rebalance(shares_of(s, group), given, group_total(s, group));
}

std::string values_problem(const Scenario& s, const std::vector<ParameterSlot>& slots) {
  std::map<Group, std::set<int>> groups;
  for (const ParameterSlot& slot : slots) {
    if (slot.target == Target::branch_p) groups[group_of(slot)].insert(held_at(slot));
  }
  Scenario copy = s;  // shares_of hands out pointers into a scenario it may change
  for (const auto& [group, given] : groups) {
    if (shares_of(copy, group).size() > given.size()) continue;
    std::string stage = s.stages[group.stage].name;
    if (group.policy < 0)
      return "stage '" + stage + "' has no other branch with p to take the rest";
    return "the policy from " + engine::format_date(s.policies[group.policy].from) +
           " sets no other branch of stage '" + stage + "' to take the rest";
  }
  return "";
}

}  // namespace ketensim::scenario
