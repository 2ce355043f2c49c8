// Simulated time and the civil calendar it maps to.
//
// The engine measures time as a double counting days since 00:00 of the run's start date, so
// one unit is one day and fractions are times of day. Dates are proleptic Gregorian and
// converted with Howard Hinnant's branch-light algorithms ("chrono-Compatible Low-Level Date
// Algorithms", http://howardhinnant.github.io/date_algorithms.html), which are exact for
// every date a simulation can reach. Working days are Monday to Friday; public holidays are
// deliberately not modelled (the inspection norms count working days, and a handful of
// holidays a year shifts a 5-working-day deadline by at most a day).
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ketensim::engine {

using SimTime = double;  // days since 00:00 of the run's start date

// The mean Julian year: rates "per year", ages in years and fractional run lengths convert
// to days with it (a calendar year in dates is Calendar::year_start).
inline constexpr double kDaysPerYear = 365.25;

struct Date {
  int year = 1970;
  int month = 1;
  int day = 1;
  auto operator<=>(const Date&) const = default;
};

// Days since 1970-01-01 (negative before it). Inverse of civil_from_days for valid dates.
std::int64_t days_from_civil(Date d);
Date civil_from_days(std::int64_t days);

// Accepts exactly "YYYY-MM-DD" with a real month and a day that exists in that month
// (leap years included); anything else, including surrounding spaces, gives nullopt.
std::optional<Date> parse_date(std::string_view text);
std::string format_date(Date d);  // "YYYY-MM-DD", the form parse_date reads

int weekday(std::int64_t days);  // of a day number from days_from_civil: 0 = Monday ... 6 = Sunday

// Maps simulated time to dates for one run, which starts at 00:00 of `start`. A time t lies
// on the date whose 00:00 is at or before t and whose 24:00 is after it.
class Calendar {
 public:
  explicit Calendar(Date start);

  Date start() const;
  SimTime time_of(Date d) const;  // 00:00 of d; negative before the start date
  Date date_at(SimTime t) const;
  int year_at(SimTime t) const;
  SimTime year_start(int year) const;
  bool is_working_day(SimTime t) const;

  // End (24:00) of the n-th working day after the day containing `from` (n >= 1). From a
  // Monday, n = 5 gives the end of the next Monday: the deadline of "within 5 working days".
  SimTime add_working_days(SimTime from, int n) const;

  // Working days strictly after the day of `from` up to and including the day of `to`; 0 when
  // `to` is on that day or earlier. Monday to Friday of the same week is 4.
  int working_days_between(SimTime from, SimTime to) const;

 private:
  std::int64_t day_of(SimTime t) const;  // day number (days_from_civil) containing t
  SimTime time_of_day(std::int64_t day) const;

  Date start_;
  std::int64_t start_day_;
};

}  // namespace ketensim::engine
