#include "output/number_format.h"

#include <charconv>
#include <cmath>

namespace ketensim::output {

std::string format_number(double x) {
  if (std::isnan(x)) return "";
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, end);
}

}  // namespace ketensim::output
