#include "output/made_at.h"

#include <cstdlib>

namespace ketensim::output {

std::time_t made_at() {
  std::time_t now = std::time(nullptr);
  if (const char* epoch = std::getenv("SOURCE_DATE_EPOCH")) {
    char* end = nullptr;
    long long v = std::strtoll(epoch, &end, 10);
    if (end && *end == '\0' && end != epoch) now = static_cast<std::time_t>(v);
  }
  return now;
}

}  // namespace ketensim::output
