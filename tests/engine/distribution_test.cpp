#include "sim/engine/distribution.h"

#include <doctest/doctest.h>

#include <array>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>

namespace ketensim::engine {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// The first five samples from a fresh RandomStream(key 12345, substream 7), printed once by
// this code and pinned so that no compiler, library or refactoring silently changes them.
void check_golden(const Distribution& d, const std::array<double, 5>& expected,
                  std::uint64_t expected_draws) {
  CAPTURE(d.describe());
  RandomStream stream(12345, 7);
  for (const double value : expected)
    CHECK(d.sample(stream) == doctest::Approx(value).epsilon(1e-12));
  CHECK(stream.draws() == expected_draws);
}

TEST_CASE("distribution samples are pinned by golden values") {
  check_golden(Distribution::fixed(3.5), {3.5, 3.5, 3.5, 3.5, 3.5}, 0);
  check_golden(Distribution::exponential(10),
               {5.7927291646101118, 9.9546912379793699, 3.8600608920802051, 15.571807063361314,
                11.742363367172253},
               5);
  check_golden(Distribution::lognormal(2, 0.5),
               {5.1176833011978928, 8.2260306690625669, 9.5795894771087156, 5.5211896846453516,
                6.6365929481018924},
               10);
  check_golden(Distribution::gamma(2.5, 3),
               {3.7658191625088766, 4.0639882694081697, 4.2510941461314626, 14.652219939356947,
                9.3473235836173512},
               15);
  check_golden(Distribution::gamma(0.5, 2),
               {0.047914679640037532, 0.40095179298234107, 1.7017873762188065, 3.4122371601078409,
                0.21396475876804921},
               20);
  check_golden(Distribution::weibull(1.5, 20),
               {13.897994800651537, 19.939542605554404, 10.602935010341149, 26.869278516072882,
                22.260436324974687},
               5);
  check_golden(Distribution::triangular(1, 4, 10),
               {5.1272700468883556, 4.1652508292448829, 5.8415609740137429, 3.3853075786842539,
                3.8886817744153461},
               5);
  check_golden(Distribution::uniform(2, 5),
               {3.680916822447144, 3.1086501174651371, 4.039299159286359, 2.6321880272142817,
                2.9271647104265992},
               5);
  check_golden(Distribution::empirical({30, 60, 90}, {0.25, 0.25, 0.5}), {90, 60, 90, 30, 60}, 5);
}

TEST_CASE("standard_normal is pinned and draws exactly two uniforms") {
  RandomStream stream(12345, 7);
  CHECK(standard_normal(stream) == doctest::Approx(-0.7345962871668843).epsilon(1e-12));
  CHECK(standard_normal(stream) == doctest::Approx(0.21460719621879781).epsilon(1e-12));
  CHECK(stream.draws() == 4);
}

TEST_CASE("lognormal_median_p90 solves for mu and sigma") {
  const Distribution d = Distribution::lognormal_median_p90(120, 270);
  CHECK(d.kind() == DistributionKind::lognormal);
  CHECK(d.parameters()[0].second == doctest::Approx(std::log(120.0)));
  CHECK(d.parameters()[1].second == doctest::Approx(std::log(270.0 / 120) / 1.2815515655446004));
  CHECK(d.describe() == "lognormal(mu=4.787, sigma=0.6328)");
}

TEST_CASE("parameters and describe list the parameters in a stable order") {
  using Params = std::vector<std::pair<std::string, double>>;
  CHECK(Distribution::fixed(3.5).parameters() == Params{{"value", 3.5}});
  CHECK(Distribution::gamma(2.5, 3).parameters() == Params{{"shape", 2.5}, {"scale", 3}});
  CHECK(Distribution::triangular(1, 4, 10).parameters() ==
        Params{{"min", 1}, {"mode", 4}, {"max", 10}});
  const Distribution table = Distribution::empirical({30, 60.5}, {0.25, 0.75});
  CHECK(table.parameters() == Params{{"v=30", 0.25}, {"v=60.5", 0.75}});
  CHECK(table.values() == std::vector<double>{30, 60.5});
  CHECK(table.weights() == std::vector<double>{0.25, 0.75});
  CHECK(table.describe() == "empirical(30:0.25, 60.5:0.75)");
  CHECK(Distribution::exponential(14).describe() == "exponential(mean=14)");
  CHECK(Distribution::fixed(36500).describe() == "fixed(value=36500)");
  CHECK(Distribution::weibull(1.5, 20).describe() == "weibull(shape=1.5, scale=20)");
  CHECK(Distribution::uniform(2, 5).values().empty());
}

TEST_CASE("empirical never samples a zero-weight value, even at the ends") {
  const Distribution d = Distribution::empirical({1, 2, 3, 4}, {0, 0.5, 0.5 - 1e-10, 0});
  RandomStream stream(99);
  for (int i = 0; i < 100'000; ++i) {
    const double v = d.sample(stream);
    REQUIRE((v == 2 || v == 3));
  }
}

void check_throws(const std::function<Distribution()>& make, const std::string& message) {
  try {
    make();
    FAIL("expected std::invalid_argument: " << message);
  } catch (const std::invalid_argument& e) {
    CHECK(std::string(e.what()) == message);
  }
}

TEST_CASE("factories reject bad parameters with plain-English messages") {
  check_throws([] { return Distribution::fixed(kNaN); },
               "fixed value must be a finite number, got nan");
  check_throws([] { return Distribution::exponential(-3); },
               "exponential mean must be positive, got -3");
  check_throws([] { return Distribution::exponential(0); },
               "exponential mean must be positive, got 0");
  check_throws([] { return Distribution::lognormal(kInf, 1); },
               "lognormal mu must be a finite number, got inf");
  check_throws([] { return Distribution::lognormal(1, 0); },
               "lognormal sigma must be positive, got 0");
  check_throws([] { return Distribution::lognormal_median_p90(120, 100); },
               "lognormal p90 must be greater than the median, got p90 100 and median 120");
  check_throws([] { return Distribution::lognormal_median_p90(0, 100); },
               "lognormal median must be positive, got 0");
  check_throws([] { return Distribution::gamma(0, 1); }, "gamma shape must be positive, got 0");
  check_throws([] { return Distribution::gamma(1, -2); }, "gamma scale must be positive, got -2");
  check_throws([] { return Distribution::weibull(1.5, kNaN); },
               "weibull scale must be a finite number, got nan");
  check_throws([] { return Distribution::triangular(5, 4, 10); },
               "triangular min must not exceed mode: 5 is greater than 4");
  check_throws([] { return Distribution::triangular(1, 11, 10); },
               "triangular mode must not exceed max: 11 is greater than 10");
  check_throws([] { return Distribution::triangular(2, 2, 2); },
               "triangular min and max are both 2; use a fixed distribution for a constant");
  check_throws([] { return Distribution::uniform(5, 2); },
               "uniform min must not exceed max: 5 is greater than 2");
  check_throws([] { return Distribution::empirical({}, {}); },
               "empirical distribution needs at least one value");
  check_throws(
      [] {
        return Distribution::empirical({1, 2}, {1});
      },
      "empirical distribution has 2 values but 1 weights");
  check_throws(
      [] {
        return Distribution::empirical({1, kInf}, {0.5, 0.5});
      },
      "empirical value 2 must be a finite number, got inf");
  check_throws(
      [] {
        return Distribution::empirical({30, 60}, {1.1, -0.1});
      },
      "empirical weight of value 60 must not be negative, got -0.1");
  check_throws(
      [] {
        return Distribution::empirical({30, 60}, {0.5, 0.4});
      },
      "empirical weights must sum to 1, they sum to 0.9");
}

TEST_CASE("factories accept boundary cases") {
  RandomStream stream(1);
  CHECK(Distribution::uniform(3, 3).sample(stream) == 3);
  CHECK(Distribution::triangular(0, 0, 1).mean() == doctest::Approx(1.0 / 3));
  CHECK(Distribution::empirical({7}, {1}).variance() == 0);
  CHECK_NOTHROW(Distribution::empirical({1, 2}, {0.5, 0.5 + 1e-10}));
}

}  // namespace
}  // namespace ketensim::engine
