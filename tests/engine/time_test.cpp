#include "sim/engine/time.h"

#include <doctest/doctest.h>

namespace ketensim::engine {
namespace {

constexpr Date kStart{2020, 1, 1};  // a Wednesday
constexpr SimTime kMonday = 5;      // 2020-01-06
constexpr SimTime kFriday = 9;      // 2020-01-10

TEST_CASE("days_from_civil counts from 1970-01-01") {
  CHECK(days_from_civil({1970, 1, 1}) == 0);
  CHECK(days_from_civil({1969, 12, 31}) == -1);
  CHECK(days_from_civil({2000, 3, 1}) == 11017);
  CHECK(days_from_civil({2020, 1, 1}) == 18262);
  CHECK(days_from_civil({1600, 1, 1}) == -135140);
}

TEST_CASE("civil_from_days inverts days_from_civil over a wide range") {
  Date previous = civil_from_days(-800'001);
  for (std::int64_t days = -800'000; days <= 800'000; ++days) {
    const Date d = civil_from_days(days);
    REQUIRE(days_from_civil(d) == days);
    REQUIRE(previous < d);
    previous = d;
  }
}

TEST_CASE("weekday is 0 on Monday and 6 on Sunday, also before 1970") {
  CHECK(weekday(days_from_civil({2020, 1, 1})) == 2);
  CHECK(weekday(days_from_civil({2020, 1, 6})) == 0);
  CHECK(weekday(days_from_civil({2020, 1, 5})) == 6);
  CHECK(weekday(days_from_civil({1970, 1, 1})) == 3);
  CHECK(weekday(days_from_civil({1969, 12, 29})) == 0);
  CHECK(weekday(days_from_civil({1900, 1, 1})) == 0);
}

TEST_CASE("parse_date accepts exactly YYYY-MM-DD of a real date") {
  CHECK(parse_date("2020-02-29") == Date{2020, 2, 29});
  CHECK(parse_date("2000-02-29") == Date{2000, 2, 29});
  CHECK(parse_date("1999-12-31") == Date{1999, 12, 31});
  for (const char* bad : {"2019-02-29", "1900-02-29", "2020-04-31", "2020-13-01", "2020-00-10",
                          "2020-01-00", "2020-1-01", "2020-01-1", "2020/01/01", " 2020-01-01",
                          "2020-01-01 ", "2020-01-01x", "+020-01-01", "2020-0a-01", ""}) {
    CAPTURE(bad);
    CHECK_FALSE(parse_date(bad).has_value());
  }
}

TEST_CASE("format_date pads to YYYY-MM-DD and round-trips through parse_date") {
  CHECK(format_date({2020, 3, 7}) == "2020-03-07");
  CHECK(format_date({987, 12, 31}) == "0987-12-31");
  CHECK(parse_date(format_date({2024, 2, 29})) == Date{2024, 2, 29});
}

TEST_CASE("Calendar maps times to dates from 00:00 of the start date") {
  const Calendar calendar(kStart);
  CHECK(calendar.start() == kStart);
  CHECK(calendar.time_of(kStart) == 0);
  CHECK(calendar.time_of({2019, 12, 31}) == -1);
  CHECK(calendar.time_of({2021, 1, 1}) == 366);  // 2020 is a leap year
  CHECK(calendar.date_at(0.999) == kStart);
  CHECK(calendar.date_at(1.0) == Date{2020, 1, 2});
  CHECK(calendar.date_at(-0.5) == Date{2019, 12, 31});
  CHECK(calendar.year_at(365.9) == 2020);
  CHECK(calendar.year_at(366) == 2021);
  CHECK(calendar.year_start(2021) == 366);
  CHECK(calendar.year_start(2019) == -365);
}

TEST_CASE("Calendar working days are Monday to Friday") {
  const Calendar calendar(kStart);
  CHECK(calendar.is_working_day(0.5));        // Wednesday
  CHECK(calendar.is_working_day(2.99));       // Friday
  CHECK_FALSE(calendar.is_working_day(3.0));  // Saturday
  CHECK_FALSE(calendar.is_working_day(4.5));  // Sunday
  CHECK(calendar.is_working_day(kMonday));
  CHECK_FALSE(calendar.is_working_day(-3));  // Sunday 2019-12-29
}

TEST_CASE("add_working_days gives the end of the n-th working day after the day of from") {
  const Calendar calendar(kStart);
  CHECK(calendar.add_working_days(kMonday + 0.3, 5) == 13);  // end of Monday 2020-01-13
  CHECK(calendar.add_working_days(kMonday, 1) == 7);         // end of Tuesday
  CHECK(calendar.add_working_days(kFriday + 0.7, 1) == 13);  // end of the next Monday
  CHECK(calendar.add_working_days(3.5, 1) == 6);             // Saturday -> end of Monday
  CHECK(calendar.add_working_days(kMonday, 10) == 20);       // Monday two weeks on
  CHECK(calendar.add_working_days(kFriday, 5) == 17);        // Friday -> next Friday
}

TEST_CASE("working_days_between counts working days after from, up to and including to") {
  const Calendar calendar(kStart);
  CHECK(calendar.working_days_between(kMonday + 0.3, kFriday + 0.9) == 4);
  CHECK(calendar.working_days_between(kMonday, kMonday + 0.9) == 0);
  CHECK(calendar.working_days_between(kFriday, kMonday) == 0);
  CHECK(calendar.working_days_between(kFriday, kFriday + 2.5) == 0);  // to Sunday
  CHECK(calendar.working_days_between(kFriday, kFriday + 3) == 1);    // to Monday
  CHECK(calendar.working_days_between(kMonday, kMonday + 7) == 5);
  CHECK(calendar.working_days_between(-10, 20) == 22);  // Sunday to Tuesday 3 weeks on
}

TEST_CASE("add_working_days and working_days_between agree") {
  const Calendar calendar(kStart);
  for (SimTime from = -20.25; from < 30; from += 0.5) {
    for (int n = 1; n <= 12; ++n) {
      const SimTime deadline = calendar.add_working_days(from, n);
      CAPTURE(from);
      CAPTURE(n);
      CHECK(calendar.working_days_between(from, deadline - 0.01) == n);
      CHECK(calendar.is_working_day(deadline - 0.01));
    }
  }
}

}  // namespace
}  // namespace ketensim::engine
