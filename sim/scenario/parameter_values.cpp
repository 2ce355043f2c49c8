// Several values put at once, with the rule for routing shares of parameter_path.h.
#include <map>
#include <set>

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
  auto& set = s.policies[g.policy].set;
  for (std::size_t c = 0; c < set.size(); ++c) {
    ResolvedPath r = resolve_parameter(s, set[c].path);
    if (r.slot && r.slot->target == Target::branch_p && r.slot->index == g.stage) {
      out.push_back({static_cast<int>(c), &set[c].value});
    }
  }
  return out;
}

Group group_of(const ParameterSlot& slot) {
  return {slot.policy, slot.index};
}

int held_at(const ParameterSlot& slot) {
  return slot.policy >= 0 ? slot.change : slot.sub;
}

// The given shares keep their values, the others share the rest (the rule in the header).
void rebalance(std::vector<Share> shares, const std::set<int>& given) {
  double sum_given = 0, sum_others = 0;
  int others = 0;
  for (const Share& sh : shares) {
    (given.count(sh.at) ? sum_given : sum_others) += *sh.value;
    others += given.count(sh.at) ? 0 : 1;
  }
  double rest = sum_given > 1 ? 0 : 1 - sum_given;
  for (Share& sh : shares) {
    if (given.count(sh.at)) {
      if (sum_given > 1) *sh.value /= sum_given;
    } else {
      *sh.value = sum_others > 0 ? *sh.value * rest / sum_others : rest / others;
    }
  }
}

}  // namespace

void set_parameter_values(Scenario& s, const std::vector<SlotValue>& values) {
  std::map<Group, std::set<int>> groups;
  for (const SlotValue& v : values) {
    set_parameter_value(s, v.slot, v.value);
    if (v.slot.target == Target::branch_p) groups[group_of(v.slot)].insert(held_at(v.slot));
  }
  for (const auto& [group, given] : groups) rebalance(shares_of(s, group), given);
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
