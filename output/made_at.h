// When an output file says it was made: now, or the time $SOURCE_DATE_EPOCH gives (seconds
// since 1970, as reproducible builds set it), so that a report or a workbook can be made
// byte-identical on purpose.
#pragma once

#include <ctime>

namespace ketensim::output {

std::time_t made_at();

}  // namespace ketensim::output
