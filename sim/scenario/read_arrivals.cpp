// arrivals: the streams of families entering the chain.
#include <algorithm>
#include <cmath>

#include "sim/scenario/distribution_reader.h"
#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

constexpr std::size_t kMonths = 12;
constexpr const char* kSeasonality = "12 numbers >= 0 with mean 1, January first";

std::vector<double> read_seasonality(const Field& f, Diagnostics& out) {
  std::vector<Field> items = read_items(f, out);
  std::vector<double> factors;
  for (const Field& item : items) {
    if (std::optional<double> factor = read_number(item, out)) factors.push_back(*factor);
  }
  if (!f.node->is_sequence()) return {};
  if (items.size() != kMonths) {
    report(out, f.location(), f.path, "needs 12 monthly factors", kSeasonality,
           std::to_string(items.size()) + (items.size() == 1 ? " value" : " values"));
    return {};
  }
  if (factors.size() != kMonths) return {};  // the bad ones are reported
  double sum = 0;
  for (double factor : factors) sum += factor;
  if (std::fabs(sum / kMonths - 1) > kSumTolerance) {
    report(out, f.location(), f.path, "the monthly factors must have mean 1", kSeasonality,
           "mean " + format_number(sum / kMonths));
    return {};
  }
  return factors;
}

// `region: {haaglanden: 0.6, holland_rijnland: 0.4}`
void read_weights(const Field& f, AttributeDraw& draw, Diagnostics& out) {
  std::vector<Field> values = Section(f, out).named();
  for (const Field& value : values) {
    if (std::optional<double> weight = read_number(value, out)) {
      draw.values.push_back(value.name);
      draw.value_locations.push_back(value.key_location);
      draw.weights.push_back(*weight);
    }
  }
  if (values.empty()) {
    report(out, f.location(), f.path, "needs at least one value", expected_value(*f.spec));
  } else if (draw.values.size() == values.size() &&
             check_sums_to_one(draw.weights, f.key_location, f.path, "weights must sum to 1",
                               out)) {
    double sum = 0;
    for (double w : draw.weights) sum += w;
    for (double& w : draw.weights) w /= sum;
  }
}

}  // namespace

AttributeDraw read_draw(const Field& f, Diagnostics& out) {
  AttributeDraw draw{f.name, {}, {}, f.key_location};
  if (f.node->is_map()) {
    read_weights(f, draw, out);
  } else if (std::optional<std::string> value = read_name(f, out)) {
    draw.values = {*value};
    draw.weights = {1.0};
    draw.value_locations = {f.location()};
  }
  return draw;
}

namespace {

// `rate_by_year: {2019: 1103, 2020: 842}`: the keys are calendar years.
void read_rate_by_year(const Section& s, ArrivalStream& a) {
  std::optional<Field> f = s.get("rate_by_year");
  if (!f) return;
  Section years(*f, s.out());
  for (const Field& entry : years.named(false)) {
    int year = 0;
    bool whole = entry.name.size() == 4 && std::all_of(entry.name.begin(), entry.name.end(),
                                                       [](char c) { return c >= '0' && c <= '9'; });
    if (whole) year = std::stoi(entry.name);
    if (!whole || year < 1900) {
      report(s.out(), entry.key_location, entry.path, "not a calendar year", "a year such as 2020",
             entry.name);
      continue;
    }
    if (std::optional<double> rate = read_number(entry, s.out())) {
      a.rate_by_year.emplace_back(year, *rate);
      a.rate_by_year_locations.push_back(entry.key_location);
    }
  }
  if (years.ok() && f->node->entries.empty()) {
    report(s.out(), f->location(), f->path, "needs at least one year", "{2020: 842, ...}");
  }
}

ArrivalStream read_arrival(const Section& s) {
  ArrivalStream a;
  a.name = s.name();
  a.location = s.location();
  if (std::optional<Field> into = s.get("into")) {
    assign(a.into, read_name(*into, s.out()));
    a.into_location = into->location();
  }
  assign(a.families_per_year, s.number("families_per_year"));
  assign(a.trend, s.number("trend"));
  if (s.has("trend_until")) a.trend_until = s.integer("trend_until");
  if (std::optional<Field> f = s.get("seasonality")) a.seasonality = read_seasonality(*f, s.out());
  if (std::optional<Field> f = s.get("children")) assign(a.children, read_children(*f, s.out()));
  for (const Field& f : named_fields(s, "attributes"))
    a.attributes.push_back(read_draw(f, s.out()));
  assign(a.priority, s.integer("priority"));
  read_rate_by_year(s, a);
  if (std::optional<Field> f = s.get("age")) a.age_years = read_age(*f, s.out());
  return a;
}

}  // namespace

std::vector<ArrivalStream> read_arrivals(const Section& top) {
  std::vector<ArrivalStream> arrivals;
  std::vector<Field> streams = named_fields(top, "arrivals");
  for (const Field& f : streams) {
    Section s(f, top.out());
    if (s.ok()) arrivals.push_back(read_arrival(s));
  }
  std::optional<Field> section = top.get("arrivals");
  if (section && section->node->is_map() && section->node->entries.empty()) {
    report(top.out(), section->key_location, "arrivals", "needs at least one arrival stream",
           "a stream such as lokaal_team: {into: jbt, families_per_year: 195}");
  }
  return arrivals;
}

}  // namespace ketensim::scenario
