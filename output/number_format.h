// Numbers in output files: the shortest text that reads back to the same double (so files
// are exact and bit-identical runs give byte-identical files); NaN is written empty.
#pragma once

#include <string>

#include "sim/scenario/translation.h"

namespace ketensim::output {

std::string format_number(double x);

// For tables a person reads: `decimals` after the point, "n/a" when not finite, never "-0.00".
std::string fixed_decimals(double x, int decimals);

// A number written with the decimal sign of `language`: "9.1" -> "9,1" in Dutch.
std::string with_decimal_sign(std::string number, scenario::Language language);

}  // namespace ketensim::output
