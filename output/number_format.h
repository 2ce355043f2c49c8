// Numbers in output files: the shortest text that reads back to the same double (so files
// are exact and bit-identical runs give byte-identical files); NaN is written empty.
#pragma once

#include <string>

namespace ketensim::output {

std::string format_number(double x);

}  // namespace ketensim::output
