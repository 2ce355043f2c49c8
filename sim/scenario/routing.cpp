// A stage's `next`: the branches and the rules that make the routing unambiguous
// (docs/scenario-format.md, "Routing").
#include <algorithm>

#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

// A branch with what the routing rules need to know about how it was written.
struct WrittenBranch {
  Branch branch;
  Field field;
  bool has_p = false;
  bool has_when = false;
};

AttributeTest read_test(const Field& f, Diagnostics& out) {
  AttributeTest test{f.name, {}, f.key_location};
  if (f.node->is_sequence()) {
    for (const NameAt& value : read_names(f, out)) {
      test.any_of.push_back(value.name);
      test.value_locations.push_back(value.location);
    }
    if (f.node->items.empty()) {
      report(out, f.location(), f.path, "needs at least one value", expected_value(*f.spec));
    }
  } else if (std::optional<std::string> value = read_name(f, out)) {
    test.any_of = {*value};
    test.value_locations = {f.location()};
  }
  return test;
}

void read_children_test(const Field& f, Condition& c, Diagnostics& out) {
  Section s(f, out);
  assign(c.min_children, s.integer("min"));
  assign(c.max_children, s.integer("max"));
  if (s.ok() && !s.has("min") && !s.has("max")) {
    report(out, f.location(), f.path, "needs min or max", "{min: N} or {max: N} or both");
  }
  if (c.min_children && c.max_children && *c.min_children > *c.max_children) {
    report(out, f.location(), f.path, "min is above max", "min <= max",
           "min " + std::to_string(*c.min_children) + ", max " + std::to_string(*c.max_children));
  }
}

Condition read_condition(const Field& f, Diagnostics& out) {
  Condition c;
  Section s(f, out);
  for (const Field& test : s.named()) c.attributes.push_back(read_test(test, out));
  if (std::optional<Field> children = s.get("children")) read_children_test(*children, c, out);
  if (s.ok() && f.node->entries.empty()) {
    report(out, f.location(), f.path, "needs at least one test", expected_value(*f.spec));
  }
  return c;
}

WrittenBranch read_branch(const Field& item, Diagnostics& out) {
  Section s(item, out);
  WrittenBranch w{{}, item, s.has("p"), s.has("when")};
  w.branch.location = item.location();
  if (std::optional<Field> to = s.get("to")) {
    assign(w.branch.to, read_name(*to, out));
    w.branch.to_location = to->location();
  }
  w.branch.p = s.number("p");
  if (std::optional<Field> when = s.get("when")) w.branch.when = read_condition(*when, out);
  return w;
}

// With p: every branch has p or when, and the p sum to 1.
void check_drawn(const std::vector<WrittenBranch>& branches, const Field& next, Diagnostics& out) {
  std::vector<double> ps;
  bool all_read = true;
  for (const WrittenBranch& w : branches) {
    if (!w.has_p && !w.has_when) {
      report(out, w.field.location(), w.field.path, "needs p or when",
             "p, as the other branches without when are drawn by probability");
    }
    if (w.has_p) all_read = all_read && w.branch.p;
    if (w.branch.p) ps.push_back(*w.branch.p);
  }
  if (all_read)
    check_sums_to_one(ps, next.key_location, next.path, "probabilities must sum to 1", out);
}

// Without p: exactly one default branch (without when), the last.
void check_default(const std::vector<WrittenBranch>& branches, const Field& next,
                   Diagnostics& out) {
  for (std::size_t i = 0; i + 1 < branches.size(); ++i) {
    if (branches[i].has_when) continue;
    report(out, branches[i].field.location(), branches[i].field.path,
           "the default branch (without when) must be the last one",
           "branches with when first, then one default");
  }
  if (!branches.empty() && branches.back().has_when) {
    report(out, next.key_location, next.path, "needs a default branch",
           "a last branch without when, taken when no condition holds");
  }
}

void check_routing(const std::vector<WrittenBranch>& branches, const Field& next,
                   Diagnostics& out) {
  if (branches.empty()) {
    report(out, next.location(), next.path, "needs at least one branch",
           expected_value(*next.spec));
    return;
  }
  bool mixed = false;
  for (const WrittenBranch& w : branches) {
    if (!w.has_p || !w.has_when) continue;
    report(out, w.field.location(), w.field.path, "a branch cannot have both p and when",
           "p (drawn by probability) or when (taken if the condition holds)");
    mixed = true;
  }
  if (mixed) return;  // the rules below would only repeat this problem
  auto has_p = [](const WrittenBranch& w) { return w.has_p; };
  if (std::any_of(branches.begin(), branches.end(), has_p)) {
    check_drawn(branches, next, out);
  } else {
    check_default(branches, next, out);
  }
}

}  // namespace

std::vector<Branch> read_next(const Field& next, Diagnostics& out) {
  std::vector<WrittenBranch> written;
  for (const Field& item : read_items(next, out)) written.push_back(read_branch(item, out));
  if (next.node->is_sequence()) check_routing(written, next, out);
  std::vector<Branch> branches;
  for (WrittenBranch& w : written) branches.push_back(std::move(w.branch));
  return branches;
}

}  // namespace ketensim::scenario
