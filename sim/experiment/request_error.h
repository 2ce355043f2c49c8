// A request that cannot be carried out as written: a parameter path that names nothing, a
// target that cannot be read, a value out of range. The message names what was written and,
// where one is close, suggests a name. The command line reports it as a usage error.
#pragma once

#include <stdexcept>

namespace ketensim::experiment {

class RequestError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace ketensim::experiment
