#include "tools/ketensim/option_checks.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <sstream>

#include "sim/experiment/request_error.h"
#include "sim/scenario/limits.h"

namespace ketensim::tools {

CLI::Validator seed_number() {
  auto check = [](std::string& text) {
    std::string_view digits = text;
    if (digits.starts_with('+')) digits.remove_prefix(1);
    std::uint64_t value = 0;
    auto [stop, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (!digits.empty() && error == std::errc{} && stop == digits.data() + digits.size())
      return std::string();
    return "must be a whole number from 0 to 18446744073709551615; found '" + text + "'";
  };
  return CLI::Validator(check, "UINT64");
}

CLI::Validator finite_range(double low, double high) {
  std::ostringstream range;
  range << "a number from " << low << " to " << high;
  auto check = [low, high, expected = range.str()](std::string& text) {
    std::string_view digits = text;
    if (digits.starts_with('+')) digits.remove_prefix(1);
    double value = 0;
    auto [stop, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    bool number = !digits.empty() && error == std::errc{} && stop == digits.data() + digits.size();
    if (number && std::isfinite(value) && value >= low && value <= high) return std::string();
    return "must be " + expected + "; found '" + text + "'";
  };
  return CLI::Validator(check, "NUMBER");
}

int checked_replications(const scenario::Scenario& s, int replications) {
  auto problem = scenario::run_size_problem(s, replications);
  if (!problem) return replications;
  throw experiment::RequestError("--replications " + std::to_string(replications) + ": " +
                                 problem->message + " (" + problem->found + "); " +
                                 problem->expected);
}

int checked_max_families(const scenario::Scenario& s, int max_families) {
  auto problem = scenario::initial_stock_problem(s, max_families);
  if (!problem) return max_families;
  throw experiment::RequestError("--max-families " + std::to_string(max_families) + ": " +
                                 problem->message + " (" + problem->found + "); " +
                                 problem->expected);
}

}  // namespace ketensim::tools
