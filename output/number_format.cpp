#include "output/number_format.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace ketensim::output {

std::string format_number(double x) {
  if (std::isnan(x)) return "";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, end);
}

std::string fixed_decimals(double x, int decimals) {
  if (!std::isfinite(x)) return "n/a";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  std::string s = buf;
  if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-') s.erase(0, 1);
  return s;
}

std::string with_decimal_sign(std::string number, scenario::Language language) {
  if (language == scenario::Language::nl) std::replace(number.begin(), number.end(), '.', ',');
  return number;
}

}  // namespace ketensim::output
