#include "sim/scenario/value_reader.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace ketensim::scenario {

namespace {

enum class Parsed { number, not_finite, not_number };

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  return out;
}

bool names_infinity_or_nan(std::string_view text) {
  if (text.starts_with('-') || text.starts_with('+')) text.remove_prefix(1);
  std::string word = lower(text);
  return word == ".inf" || word == "inf" || word == "infinity" || word == ".nan" || word == "nan";
}

// Plain decimal numbers as YAML writes them: -3, 0.5, 1e6, +2. No hex, no 1_000.
Parsed parse_number(std::string_view text, double& value) {
  if (names_infinity_or_nan(text)) return Parsed::not_finite;
  if (text.starts_with('+')) text.remove_prefix(1);
  if (text.starts_with('+') || text.starts_with("-+")) return Parsed::not_number;
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, value);
  if (error == std::errc::result_out_of_range) return Parsed::not_finite;
  if (error != std::errc{} || stop != end) return Parsed::not_number;
  return std::isfinite(value) ? Parsed::number : Parsed::not_finite;
}

// The bound `value` breaks, as text: ">= 0"; empty when it is in range.
std::string broken_bound(const ParamSpec& spec, double value) {
  if (spec.min && (value < *spec.min || (spec.min_exclusive && value == *spec.min))) {
    return (spec.min_exclusive ? "> " : ">= ") + format_number(*spec.min);
  }
  if (spec.max && value > *spec.max) return "<= " + format_number(*spec.max);
  return "";
}

// A number of the row's range; `whole`: a whole number as well.
std::optional<double> number_in_range(const Field& f, bool whole, Diagnostics& out) {
  std::string_view kind = whole ? "a whole number" : "a number";
  if (!f.node->is_scalar()) {
    report_wrong_kind(f, kind, out);
    return std::nullopt;
  }
  auto fail = [&](std::string message) {
    report(out, f.location(), f.path, std::move(message), expected_value(*f.spec), f.node->scalar);
    return std::nullopt;
  };
  double value = 0;
  Parsed parsed = parse_number(f.node->scalar, value);
  if (parsed == Parsed::not_number) return fail("must be " + std::string(kind));
  if (parsed == Parsed::not_finite) return fail("must be a finite number");
  if (whole && value != std::floor(value)) return fail("must be a whole number");
  std::string bound = broken_bound(*f.spec, value);
  if (!bound.empty()) return fail("must be " + bound);
  return value;
}

bool looks_like_date(std::string_view text) {
  constexpr std::string_view kShape = "dddd-dd-dd";
  if (text.size() != kShape.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    bool digit = text[i] >= '0' && text[i] <= '9';
    if (kShape[i] == 'd' ? !digit : text[i] != '-') return false;
  }
  return true;
}

std::vector<std::string> choices_of(const ParamSpec& spec) {
  std::string_view rest = spec.type;
  rest.remove_prefix(rest.find(' ') + 1);  // "enum: "
  std::vector<std::string> choices;
  for (std::size_t bar; (bar = rest.find('|')) != std::string_view::npos;) {
    choices.emplace_back(rest.substr(0, bar));
    rest.remove_prefix(bar + 1);
  }
  choices.emplace_back(rest);
  return choices;
}

std::string plus_joined(const std::vector<double>& parts) {
  std::string text;
  for (double part : parts) text += (text.empty() ? "" : " + ") + format_number(part);
  return text;
}

}  // namespace

const char* const kNameRule = "a name of lower case letters, digits and _, starting with a letter";

std::string join_path(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}

bool is_identifier(std::string_view text, bool dash) {
  if (text.empty() || text[0] < 'a' || text[0] > 'z') return false;
  return std::all_of(text.begin(), text.end(), [dash](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || (dash && c == '-');
  });
}

void report(Diagnostics& out, const Location& at, const std::string& path, std::string message,
            std::string expected, std::string found, std::string suggestion) {
  out.push_back(
      {at, path, std::move(message), std::move(expected), std::move(found), std::move(suggestion)});
}

void report_wrong_kind(const Field& f, std::string_view kind, Diagnostics& out) {
  report(out, f.location(), f.path, "must be " + std::string(kind), expected_value(*f.spec),
         describe(*f.node));
}

std::optional<double> read_number(const Field& f, Diagnostics& out) {
  return number_in_range(f, false, out);
}

std::optional<long long> read_integer(const Field& f, Diagnostics& out) {
  std::optional<double> value = number_in_range(f, true, out);
  if (!value) return std::nullopt;
  return static_cast<long long>(*value);
}

std::optional<std::uint64_t> read_unsigned64(const Field& f, Diagnostics& out) {
  std::string_view text = f.node->is_scalar() ? std::string_view(f.node->scalar) : "";
  if (text.starts_with('+')) text.remove_prefix(1);
  std::uint64_t value = 0;
  auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (!text.empty() && error == std::errc{} && stop == text.data() + text.size()) return value;
  report(out, f.location(), f.path, "must be a whole number from 0 to 18446744073709551615",
         expected_value(*f.spec), describe(*f.node));
  return std::nullopt;
}

std::optional<engine::Date> read_date(const Field& f, Diagnostics& out) {
  if (!f.node->is_scalar()) {
    report_wrong_kind(f, "a date", out);
    return std::nullopt;
  }
  if (std::optional<engine::Date> date = engine::parse_date(f.node->scalar)) return date;
  std::string message =
      looks_like_date(f.node->scalar) ? "no such day in the calendar" : "must be a date";
  report(out, f.location(), f.path, message, expected_value(*f.spec), f.node->scalar);
  return std::nullopt;
}

std::optional<std::string> read_text(const Field& f, Diagnostics& out) {
  if (f.node->is_scalar()) return f.node->scalar;
  report_wrong_kind(f, "text", out);
  return std::nullopt;
}

std::optional<std::string> read_name(const Field& f, Diagnostics& out) {
  if (!f.node->is_scalar()) {
    report_wrong_kind(f, "a name", out);
    return std::nullopt;
  }
  bool dash = f.spec->type == "scenario name";
  if (is_identifier(f.node->scalar, dash)) return f.node->scalar;
  report(out, f.location(), f.path, "not a valid name", dash ? expected_value(*f.spec) : kNameRule,
         describe(*f.node));
  return std::nullopt;
}

std::optional<std::string> read_choice(const Field& f, Diagnostics& out) {
  std::vector<std::string> choices = choices_of(*f.spec);
  if (!f.node->is_scalar()) {
    report_wrong_kind(f, expected_value(*f.spec), out);
    return std::nullopt;
  }
  const std::string& text = f.node->scalar;
  if (std::find(choices.begin(), choices.end(), text) != choices.end()) return text;
  report(out, f.location(), f.path, "unknown value '" + text + "'", expected_value(*f.spec), "",
         nearest(text, choices));
  return std::nullopt;
}

std::vector<Field> read_items(const Field& f, Diagnostics& out) {
  std::vector<Field> items;
  if (!f.node->is_sequence()) {
    report_wrong_kind(f, "a list", out);
    return items;
  }
  for (std::size_t i = 0; i < f.node->items.size(); ++i) {
    const Node& item = f.node->items[i];
    std::string index = "[" + std::to_string(i) + "]";
    items.push_back({&item, f.spec, f.path + index, f.pattern + "[]", "", item.location});
  }
  return items;
}

std::vector<NameAt> read_names(const Field& f, Diagnostics& out) {
  std::vector<NameAt> names;
  for (const Field& item : read_items(f, out)) {
    std::optional<std::string> name = read_name(item, out);
    if (!name) continue;
    auto same = [&](const NameAt& n) { return n.name == *name; };
    if (std::any_of(names.begin(), names.end(), same)) {
      report(out, item.location(), item.path, "'" + *name + "' is listed twice");
    } else {
      names.push_back({*name, item.location()});
    }
  }
  return names;
}

bool check_sums_to_one(const std::vector<double>& parts, const Location& at,
                       const std::string& path, const std::string& message, Diagnostics& out) {
  double sum = 0;
  for (double part : parts) sum += part;
  if (std::fabs(sum - 1) <= kSumTolerance) return true;
  report(out, at, path, message, "", format_number(sum) + " (" + plus_joined(parts) + ")");
  return false;
}

}  // namespace ketensim::scenario
