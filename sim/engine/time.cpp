#include "sim/engine/time.h"

#include <cassert>
#include <cmath>
#include <cstdio>

namespace ketensim::engine {
namespace {

// Hinnant's algorithms count in 400-year eras of 146097 days, with years starting on
// March 1 so that the leap day falls at the end of the year.
constexpr std::int64_t kDaysPerEra = 146097;
constexpr std::int64_t kEpochShift = 719468;  // days from 0000-03-01 to 1970-01-01

// Any 7 consecutive days hold exactly 5 working days; counting from a Monday makes the
// count a floor division. Day 4 (1970-01-05) was a Monday.
constexpr std::int64_t kFirstMonday = 4;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  return a / b - ((a % b != 0) && ((a < 0) != (b < 0)));
}

bool is_leap_year(int year) {
  return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int days_in_month(int year, int month) {
  static constexpr int kDays[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && is_leap_year(year) ? 29 : kDays[month - 1];
}

// Parses the `count` decimal digits at `text[at]`; -1 if any of them is not a digit.
int parse_digits(std::string_view text, std::size_t at, std::size_t count) {
  int value = 0;
  for (std::size_t i = at; i < at + count; ++i) {
    if (text[i] < '0' || text[i] > '9') return -1;
    value = value * 10 + (text[i] - '0');
  }
  return value;
}

// Working days in [Monday 1970-01-05, day), negative for days before it.
std::int64_t working_days_before(std::int64_t day) {
  const std::int64_t weeks = floor_div(day - kFirstMonday, 7);
  const std::int64_t rest = day - kFirstMonday - weeks * 7;
  return weeks * 5 + (rest < 5 ? rest : 5);
}

}  // namespace

std::int64_t days_from_civil(Date d) {
  const std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  const std::int64_t era = floor_div(y, 400);
  const std::int64_t year_of_era = y - era * 400;
  const std::int64_t month_from_march = d.month > 2 ? d.month - 3 : d.month + 9;
  const std::int64_t day_of_year = (153 * month_from_march + 2) / 5 + d.day - 1;
  const std::int64_t day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
  return era * kDaysPerEra + day_of_era - kEpochShift;
}

Date civil_from_days(std::int64_t days) {
  const std::int64_t z = days + kEpochShift;
  const std::int64_t era = floor_div(z, kDaysPerEra);
  const std::int64_t day_of_era = z - era * kDaysPerEra;
  const std::int64_t year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const std::int64_t day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const std::int64_t month_from_march = (5 * day_of_year + 2) / 153;
  const std::int64_t month = month_from_march < 10 ? month_from_march + 3 : month_from_march - 9;
  const std::int64_t year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  const std::int64_t day = day_of_year - (153 * month_from_march + 2) / 5 + 1;
  return Date{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

std::optional<Date> parse_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  const Date d{parse_digits(text, 0, 4), parse_digits(text, 5, 2), parse_digits(text, 8, 2)};
  if (d.year < 0 || d.month < 1 || d.month > 12) return std::nullopt;
  if (d.day < 1 || d.day > days_in_month(d.year, d.month)) return std::nullopt;
  return d;
}

std::string format_date(Date d) {
  char text[48];
  std::snprintf(text, sizeof text, "%04d-%02d-%02d", d.year, d.month, d.day);
  return text;
}

int weekday(std::int64_t days) {
  return static_cast<int>(days - kFirstMonday - floor_div(days - kFirstMonday, 7) * 7);
}

Calendar::Calendar(Date start) : start_(start), start_day_(days_from_civil(start)) {}

Date Calendar::start() const {
  return start_;
}

SimTime Calendar::time_of(Date d) const {
  return time_of_day(days_from_civil(d));
}

Date Calendar::date_at(SimTime t) const {
  return civil_from_days(day_of(t));
}

int Calendar::year_at(SimTime t) const {
  return date_at(t).year;
}

SimTime Calendar::year_start(int year) const {
  return time_of(Date{year, 1, 1});
}

bool Calendar::is_working_day(SimTime t) const {
  return weekday(day_of(t)) < 5;
}

SimTime Calendar::add_working_days(SimTime from, int n) const {
  assert(n >= 1);
  const int whole_weeks = (n - 1) / 5;
  std::int64_t day = day_of(from) + 7 * whole_weeks;
  for (int left = n - 5 * whole_weeks; left > 0;) {
    ++day;
    if (weekday(day) < 5) --left;
  }
  return time_of_day(day + 1);
}

int Calendar::working_days_between(SimTime from, SimTime to) const {
  const std::int64_t first = day_of(from) + 1;
  const std::int64_t last = day_of(to);
  if (last < first) return 0;
  return static_cast<int>(working_days_before(last + 1) - working_days_before(first));
}

std::int64_t Calendar::day_of(SimTime t) const {
  return start_day_ + static_cast<std::int64_t>(std::floor(t));
}

SimTime Calendar::time_of_day(std::int64_t day) const {
  return static_cast<SimTime>(day - start_day_);
}

}  // namespace ketensim::engine
