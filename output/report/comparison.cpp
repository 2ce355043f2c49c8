#include "output/report/comparison.h"

#include <cmath>

#include "output/number_format.h"
#include "output/report/kpi_labels.h"
#include "output/report/report_text.h"

namespace ketensim::output::report {
namespace {

bool is_share(const std::string& unit) {
  return unit == "share";
}

// Decimals that keep a figure of this size readable: 12, 3.4, 0.56.
int decimals_for(double magnitude) {
  if (magnitude >= 10) return 0;
  if (magnitude >= 1) return 1;
  return 2;
}

// A group of figures printed alike: values in their unit, or shares as percentages.
struct Figures {
  double scale = 1;
  int decimals = 0;
  std::string suffix;  // after a value: " days", "%"
  scenario::Language language;

  Figures(const std::string& unit, double magnitude, bool difference, scenario::Language lang)
      : language(lang) {
    if (is_share(unit)) {
      scale = 100;
      suffix = difference ? " " + report_text(lang, "percentage points") : "%";
    } else {
      suffix = " " + report_text(lang, unit);
    }
    decimals = decimals_for(magnitude * scale);
  }
  std::string number(double x) const {
    return with_decimal_sign(fixed_decimals(x * scale, decimals), language);
  }
  std::string value(double x) const { return std::isfinite(x) ? number(x) + suffix : "n/a"; }
};

std::string period_text(const std::string& period) {
  return period == "all" ? "" : " in " + period;
}

}  // namespace

std::string plain_language(const Comparison& c, const KpiDifference& d,
                           const stats::KpiDefinition& def, scenario::Language language) {
  const std::string& unit = d.key.unit;
  // fmax: a NaN figure does not decide the precision of the others.
  Figures values(unit, std::fmax(std::fabs(d.base.mean), std::fabs(d.alternative.mean)), false,
                 language);
  Figures diff(unit, std::fmax(std::fabs(d.difference.ci_low), std::fabs(d.difference.ci_high)),
               true, language);
  std::string what =
      phrase_for(label_of(def, language), d.key.subject, language) + period_text(d.key.period);
  auto text = [&](std::string_view english, const std::vector<std::string>& parts) {
    return scenario::filled(report_text(language, english), parts);
  };
  std::string change = text("(difference {}, 95% CI {} to {})",
                            {diff.value(d.difference.mean), diff.number(d.difference.ci_low),
                             diff.number(d.difference.ci_high)});
  bool clear = d.difference.ci_low > 0 || d.difference.ci_high < 0;
  if (!clear) {
    return text(
        "{} makes no clear difference to {}: {} against {} {}.",
        {c.alternative, what, values.value(d.base.mean), values.value(d.alternative.mean), change});
  }
  std::string from = is_share(unit) ? values.value(d.base.mean) : values.number(d.base.mean);
  return text(
      d.difference.mean < 0 ? "{} cuts {} from {} to {} {}." : "{} raises {} from {} to {} {}.",
      {c.alternative, what, from, values.value(d.alternative.mean), change});
}

}  // namespace ketensim::output::report
