#include "sim/scenario/duration_form.h"

#include <stdexcept>

#include "sim/engine/time.h"

namespace ketensim::scenario {

const double* DurationForm::number(const std::string& key) const {
  for (const auto& [name, value] : numbers) {
    if (name == key) return &value;
  }
  return nullptr;
}

DurationForm DurationForm::with(const std::string& key, double value) const {
  DurationForm changed = *this;
  for (auto& [name, old] : changed.numbers) {
    if (name == key) old = value;
  }
  return changed;
}

namespace {

double get(const DurationForm& f, const std::string& key) {
  if (const double* x = f.number(key)) return *x;
  throw std::invalid_argument(f.form + " needs " + key);
}

}  // namespace

engine::Distribution make_duration(const DurationForm& f) {
  using engine::Distribution;
  auto x = [&](const char* key) { return get(f, key); };
  if (f.form == "days") return Distribution::fixed(x("days"));
  if (f.form == "exponential" && f.number("rate_per_year")) {
    return Distribution::exponential_rate(x("rate_per_year") / engine::kDaysPerYear);  // per day
  }
  if (f.form == "exponential") return Distribution::exponential(x("mean_days"));
  if (f.form == "lognormal") {
    if (f.number("median_days")) {
      if (x("p90_days") <= x("median_days")) {
        throw std::invalid_argument("p90_days must be above median_days");
      }
      return Distribution::lognormal_median_p90(x("median_days"), x("p90_days"));
    }
    return Distribution::lognormal(x("mu"), x("sigma"));
  }
  if (f.form == "gamma") return Distribution::gamma(x("shape"), x("scale_days"));
  if (f.form == "weibull") return Distribution::weibull(x("shape"), x("scale_days"));
  if (f.form == "triangular") {
    return Distribution::triangular(x("min_days"), x("mode_days"), x("max_days"));
  }
  if (f.form == "uniform") return Distribution::uniform(x("min_days"), x("max_days"));
  throw std::invalid_argument("no distribution of the form '" + f.form + "'");
}

}  // namespace ketensim::scenario
