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

// The forms of a distribution rooted at `root`: "<duration>" (days) or "<age>" (years).
std::string form_names(const std::string& root) {
  std::string names;
  for (const ParamSpec* spec : params_under(root)) {
    names += (names.empty() ? "" : ", ") + std::string(key_of(*spec));
  }
  return names;
}

// The one form written in a distribution: "days", "lognormal", ...
std::optional<Field> the_form(const Section& s, const std::string& root) {
  if (!s.ok()) return std::nullopt;
  if (s.field().node->entries.size() == 1) {
    const Node& key = s.field().node->entries.front().key;
    if (key.is_scalar() && find_param(root + "." + key.scalar)) return s.get(key.scalar);
    return std::nullopt;  // the section reported the unknown key
  }
  std::string message = s.field().node->entries.empty() ? "a distribution needs a form"
                                                        : "a distribution has exactly one form";
  report(s.out(), s.location(), s.path(), message, "one of " + form_names(root), written_keys(s));
  return std::nullopt;
}

Section as_form_map(const Field& f, const std::string& root, Diagnostics& out) {
  return Section({f.node, f.spec, f.path, root, f.name, f.key_location}, out);
}

// The numbers under a form, read with their rows' ranges; nothing when one cannot be read.
std::optional<DurationForm> numbers_of(const Section& s, const std::string& form,
                                       std::initializer_list<const char*> keys) {
  DurationForm written{form, {}};
  bool ok = true;
  for (const char* key : keys) {
    if (!s.has(key)) continue;
    std::optional<double> x = s.number(key);
    ok = ok && x;
    if (x) written.numbers.emplace_back(key, *x);
  }
  if (!ok) return std::nullopt;
  return written;
}

std::optional<WrittenDuration> build(const Section& s, const std::optional<DurationForm>& form) {
  if (!form) return std::nullopt;
  MaybeDistribution d = make(s, [&] { return make_duration(*form); });
  if (!d) return std::nullopt;
  return WrittenDuration{*d, *form};
}

std::optional<WrittenDuration> read_lognormal(const Section& s) {
  bool by_quantiles = s.has("median_days") || s.has("p90_days");
  if (by_quantiles == (s.has("mu") || s.has("sigma"))) {
    report(s.out(), s.location(), s.path(), "give median_days and p90_days, or mu and sigma", "",
           written_keys(s));
    return std::nullopt;
  }
  auto [first, second] =
      by_quantiles ? std::pair{"median_days", "p90_days"} : std::pair{"mu", "sigma"};
  for (const char* key : {first, second}) {
    if (!s.has(key)) s.report_missing(key);
  }
  std::optional<DurationForm> form = numbers_of(s, "lognormal", {first, second});
  if (!form || form->numbers.size() != 2) return std::nullopt;
  double a = form->numbers[0].second, b = form->numbers[1].second;
  if (by_quantiles && b <= a) {
    s.report_not_here("p90_days", "must be above median_days (" + format_number(a) + ")");
    return std::nullopt;
  }
  return build(s, form);
}

// `unit` is "days" or "years": the keys are min_<unit>, mode_<unit>, max_<unit>.
std::optional<double> bounded(const Section& s, const std::string& key) {
  return s.has(key) ? s.number(key) : std::nullopt;
}

MaybeDistribution read_triangular(const Section& s, const std::string& unit) {
  std::string lo = "min_" + unit, mo = "mode_" + unit, hi = "max_" + unit;
  std::optional<double> low = bounded(s, lo), mode = bounded(s, mo), high = bounded(s, hi);
  if (!low || !mode || !high) return std::nullopt;
  if (*low > *mode || *mode > *high || *low == *high) {
    report(s.out(), s.location(), s.path(), "needs " + lo + " <= " + mo + " <= " + hi,
           lo + " < " + hi,
           format_number(*low) + ", " + format_number(*mode) + ", " + format_number(*high));
    return std::nullopt;
  }
  return make(s, [&] { return Distribution::triangular(*low, *mode, *high); });
}

MaybeDistribution read_uniform(const Section& s, const std::string& unit) {
  std::string lo = "min_" + unit, hi = "max_" + unit;
  std::optional<double> low = bounded(s, lo), high = bounded(s, hi);
  if (!low || !high) return std::nullopt;
  if (*low > *high) {
    report(s.out(), s.location(), s.path(), "needs " + lo + " <= " + hi, "",
           format_number(*low) + ", " + format_number(*high));
    return std::nullopt;
  }
  return make(s, [&] { return Distribution::uniform(*low, *high); });
}

std::optional<WrittenDuration> with_form(const MaybeDistribution& d, const Section& s,
                                         const std::string& form,
                                         std::initializer_list<const char*> keys) {
  if (!d) return std::nullopt;
  std::optional<DurationForm> written = numbers_of(s, form, keys);
  return WrittenDuration{*d, written ? *written : DurationForm{}};
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
  Field f{&key,       find_param("<duration>.days"),
          entry.path, entry.pattern,
          entry.name, entry.key_location};
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
    report(s.out(), s.location(), s.path(), "needs at least one value",
           "{value: probability, ...}");
    return std::nullopt;
  }
  if (!ok ||
      !check_sums_to_one(weights, s.location(), s.path(), "probabilities must sum to 1", s.out())) {
    return std::nullopt;
  }
  double sum = 0;
  for (double w : weights) sum += w;
  for (double& w : weights) w /= sum;  // exactly 1 for the engine, whatever the rounding
  return make(s, [&] { return Distribution::empirical(values, weights); });
}

std::optional<WrittenDuration> read_exponential(const Section& s) {
  if (s.has("mean_days") == s.has("rate_per_year")) {
    report(s.out(), s.location(), s.path(), "give mean_days or rate_per_year", "", written_keys(s));
    return std::nullopt;
  }
  return build(s, numbers_of(s, "exponential", {"mean_days", "rate_per_year"}));
}

std::optional<WrittenDuration> read_form(const Field& form, Diagnostics& out) {
  if (form.name == "days") {
    std::optional<double> days = read_number(form, out);
    if (!days) return std::nullopt;
    return WrittenDuration{Distribution::fixed(*days), {"days", {{"days", *days}}}};
  }
  Section s(form, out);
  if (!s.ok()) return std::nullopt;
  if (form.name == "exponential") return read_exponential(s);
  if (form.name == "lognormal") return read_lognormal(s);
  if (form.name == "gamma" || form.name == "weibull") {
    std::optional<DurationForm> written = numbers_of(s, form.name, {"shape", "scale_days"});
    return written && written->numbers.size() == 2 ? build(s, written) : std::nullopt;
  }
  if (form.name == "triangular") {
    return with_form(read_triangular(s, "days"), s, "triangular",
                     {"min_days", "mode_days", "max_days"});
  }
  if (form.name == "uniform") {
    return with_form(read_uniform(s, "days"), s, "uniform", {"min_days", "max_days"});
  }
  MaybeDistribution table = read_empirical(s, false);
  if (!table) return std::nullopt;
  return WrittenDuration{*table, {}};
}

}  // namespace

std::optional<WrittenDuration> read_written_duration(const Field& f, Diagnostics& out) {
  std::optional<Field> form = the_form(as_form_map(f, "<duration>", out), "<duration>");
  return form ? read_form(*form, out) : std::nullopt;
}

MaybeDistribution read_duration(const Field& f, Diagnostics& out) {
  std::optional<WrittenDuration> d = read_written_duration(f, out);
  if (!d) return std::nullopt;
  return d->distribution;
}

MaybeDistribution read_age(const Field& f, Diagnostics& out) {
  std::optional<Field> form = the_form(as_form_map(f, "<age>", out), "<age>");
  if (!form) return std::nullopt;
  if (form->name == "years") {
    std::optional<double> years = read_number(*form, out);
    return years ? std::optional(Distribution::fixed(*years)) : std::nullopt;
  }
  Section s(*form, out);
  if (!s.ok()) return std::nullopt;
  if (form->name == "uniform") return read_uniform(s, "years");
  if (form->name == "triangular") return read_triangular(s, "years");
  return read_empirical(s, false);
}

MaybeDistribution read_children(const Field& f, Diagnostics& out) {
  Section s = as_form_map(f, "<duration>", out);
  std::optional<Field> form = the_form(s, "<duration>");
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
