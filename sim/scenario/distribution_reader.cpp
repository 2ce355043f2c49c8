#include "sim/scenario/distribution_reader.h"

#include <cmath>
#include <stdexcept>

#include "sim/scenario/limits.h"
#include "sim/scenario/section.h"

namespace ketensim::scenario {

namespace {

using engine::Distribution;
using MaybeDistribution = std::optional<Distribution>;

// Calls an engine factory. The engine checks again what we checked; should it still object,
// its plain-English reason becomes a diagnostic rather than a crash.
template <typename Factory>
MaybeDistribution make(const Section& s, Factory factory) {
  try {
    return factory();
  } catch (const std::invalid_argument& e) {
    report(s.out(), s.location(), s.path(), e.what());
    return std::nullopt;
  }
}

std::string written_keys(const Section& s) {
  std::string keys;
  for (const Node::Entry& e : s.field().node->entries) {
    keys += (keys.empty() ? "" : " and ") + describe(e.key);
  }
  return keys;
}

std::string form_names() {
  std::string names;
  for (const ParamSpec* spec : params_under("<duration>")) {
    names += (names.empty() ? "" : ", ") + std::string(key_of(*spec));
  }
  return names;
}

// The one form written in a duration: "days", "lognormal", ...
std::optional<Field> the_form(const Section& s) {
  if (!s.ok()) return std::nullopt;
  if (s.field().node->entries.size() == 1) {
    const Node& key = s.field().node->entries.front().key;
    if (key.is_scalar() && find_param("<duration>." + key.scalar)) return s.get(key.scalar);
    return std::nullopt;  // the section reported the unknown key
  }
  std::string message = s.field().node->entries.empty() ? "a distribution needs a form"
                                                        : "a distribution has exactly one form";
  report(s.out(), s.location(), s.path(), message, "one of " + form_names(), written_keys(s));
  return std::nullopt;
}

Section as_duration(const Field& f, Diagnostics& out) {
  return Section({f.node, f.spec, f.path, "<duration>", f.name, f.key_location}, out);
}

MaybeDistribution read_lognormal(const Section& s) {
  bool by_quantiles = s.has("median_days") || s.has("p90_days");
  if (by_quantiles == (s.has("mu") || s.has("sigma"))) {
    report(s.out(), s.location(), s.path(), "give median_days and p90_days, or mu and sigma",
           "", written_keys(s));
    return std::nullopt;
  }
  auto [first, second] = by_quantiles ? std::pair{"median_days", "p90_days"}
                                      : std::pair{"mu", "sigma"};
  for (const char* key : {first, second}) {
    if (!s.has(key)) s.report_missing(key);
  }
  std::optional<double> a = s.number(first), b = s.number(second);
  if (!a || !b) return std::nullopt;
  if (by_quantiles && *b <= *a) {
    s.report_not_here("p90_days", "must be above median_days (" + format_number(*a) + ")");
    return std::nullopt;
  }
  return make(s, [&] {
    return by_quantiles ? Distribution::lognormal_median_p90(*a, *b) : Distribution::lognormal(*a, *b);
  });
}

MaybeDistribution read_triangular(const Section& s) {
  std::optional<double> low = s.number("min_days"), mode = s.number("mode_days"),
                        high = s.number("max_days");
  if (!low || !mode || !high) return std::nullopt;
  if (*low > *mode || *mode > *high || *low == *high) {
    report(s.out(), s.location(), s.path(), "needs min_days <= mode_days <= max_days",
           "min_days < max_days", format_number(*low) + ", " + format_number(*mode) + ", " +
           format_number(*high));
    return std::nullopt;
  }
  return make(s, [&] { return Distribution::triangular(*low, *mode, *high); });
}

MaybeDistribution read_uniform(const Section& s) {
  std::optional<double> low = s.number("min_days"), high = s.number("max_days");
  if (!low || !high) return std::nullopt;
  if (*low > *high) {
    report(s.out(), s.location(), s.path(), "needs min_days <= max_days", "",
           format_number(*low) + ", " + format_number(*high));
    return std::nullopt;
  }
  return make(s, [&] { return Distribution::uniform(*low, *high); });
}

// A whole number of children from 1 to kMaxChildren, written as a value or as an empirical
// key.
std::optional<double> read_count(const Field& f, Diagnostics& out) {
  std::optional<double> n = read_number(f, out);
  if (!n) return std::nullopt;
  if (*n >= 1 && *n <= kMaxChildren && *n == std::floor(*n)) return n;
  std::string message = *n > kMaxChildren ? "must be <= " + format_number(kMaxChildren)
                                          : "must be a whole number >= 1";
  report(out, f.location(), f.path, message, "a whole number of children", f.node->scalar);
  return std::nullopt;
}

// The value of an empirical entry is written as its key.
std::optional<double> read_value_key(const Field& entry, bool counts, Diagnostics& out) {
  Node key;
  key.kind = Node::Kind::scalar;
  key.scalar = entry.name;
  key.location = entry.key_location;
  Field f{&key, find_param("<duration>.days"), entry.path, entry.pattern, entry.name,
          entry.key_location};
  return counts ? read_count(f, out) : read_number(f, out);
}

MaybeDistribution read_empirical(const Section& s, bool counts) {
  std::vector<double> values, weights;
  bool ok = true;
  for (const Field& entry : s.named(false)) {
    std::optional<double> value = read_value_key(entry, counts, s.out());
    std::optional<double> weight = read_number(entry, s.out());
    ok = ok && value && weight;
    if (value && weight) {
      values.push_back(*value);
      weights.push_back(*weight);
    }
  }
  if (values.empty() && ok) {
    report(s.out(), s.location(), s.path(), "needs at least one value", "{value: probability, ...}");
    return std::nullopt;
  }
  if (!ok || !check_sums_to_one(weights, s.location(), s.path(), "probabilities must sum to 1",
                                s.out())) {
    return std::nullopt;
  }
  double sum = 0;
  for (double w : weights) sum += w;
  for (double& w : weights) w /= sum;  // exactly 1 for the engine, whatever the rounding
  return make(s, [&] { return Distribution::empirical(values, weights); });
}

template <typename Factory>
MaybeDistribution two_numbers(const Section& s, const char* a, const char* b, Factory factory) {
  std::optional<double> x = s.number(a), y = s.number(b);
  if (!x || !y) return std::nullopt;
  return make(s, [&] { return factory(*x, *y); });
}

MaybeDistribution read_form(const Field& form, Diagnostics& out) {
  if (form.name == "days") {
    std::optional<double> days = read_number(form, out);
    return days ? std::optional(Distribution::fixed(*days)) : std::nullopt;
  }
  Section s(form, out);
  if (!s.ok()) return std::nullopt;
  if (form.name == "exponential") {
    std::optional<double> mean = s.number("mean_days");
    return mean ? make(s, [&] { return Distribution::exponential(*mean); }) : std::nullopt;
  }
  if (form.name == "lognormal") return read_lognormal(s);
  if (form.name == "gamma") return two_numbers(s, "shape", "scale_days", Distribution::gamma);
  if (form.name == "weibull") return two_numbers(s, "shape", "scale_days", Distribution::weibull);
  if (form.name == "triangular") return read_triangular(s);
  if (form.name == "uniform") return read_uniform(s);
  return read_empirical(s, false);
}

}  // namespace

MaybeDistribution read_duration(const Field& f, Diagnostics& out) {
  std::optional<Field> form = the_form(as_duration(f, out));
  return form ? read_form(*form, out) : std::nullopt;
}

MaybeDistribution read_children(const Field& f, Diagnostics& out) {
  Section s = as_duration(f, out);
  std::optional<Field> form = the_form(s);
  if (!form) return std::nullopt;
  if (form->name == "days") {
    std::optional<double> n = read_count(*form, out);
    return n ? std::optional(Distribution::fixed(*n)) : std::nullopt;
  }
  if (form->name == "empirical") {
    Section table(*form, out);
    return table.ok() ? read_empirical(table, true) : std::nullopt;
  }
  report(out, form->key_location, f.path, "the number of children must be a whole number",
         expected_value(*f.spec), form->name + ", a continuous distribution");
  return std::nullopt;
}

}  // namespace ketensim::scenario
