// reviews: periodic reviews of long waits (the doorbraakaanpak).
#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

void read_send(const Field& f, Review& r, Diagnostics& out) {
  Section send(f, out);
  if (!send.ok()) return;
  for (const Field& entry : send.named()) {
    std::optional<std::string> target = read_name(entry, out);
    if (!target) continue;
    r.send.emplace_back(entry.name, *target);
    r.send_locations.push_back(entry.key_location);
    r.target_locations.push_back(entry.location());
  }
  if (r.send.empty() && f.node->is_map()) {
    report(out, f.location(), f.path, "needs at least one waiting stage",
           "{waiting_stage: stage_to_go_to}");
  }
}

Review read_review(const Section& s) {
  Review r;
  r.name = s.name();
  r.location = s.location();
  if (std::optional<Field> f = s.get("from")) assign(r.from, read_date(*f, s.out()));
  if (s.has("until")) {
    if (std::optional<Field> f = s.get("until")) r.until = read_date(*f, s.out());
  }
  assign(r.every_days, s.number("every_days"));
  assign(r.longer_than_days, s.number("longer_than_days"));
  assign(r.keep_waiting, s.number("keep_waiting"));
  if (std::optional<Field> f = s.get("send")) read_send(*f, r, s.out());
  if (r.until && *r.until < r.from) {
    report(s.out(), s.location(), s.path() + ".until", "the last review is before the first",
           "a date on or after " + engine::format_date(r.from), engine::format_date(*r.until));
  }
  return r;
}

}  // namespace

std::vector<Review> read_reviews(const Section& top) {
  std::vector<Review> reviews;
  for (const Field& f : named_fields(top, "reviews")) {
    Section s(f, top.out());
    if (s.ok()) reviews.push_back(read_review(s));
  }
  return reviews;
}

}  // namespace ketensim::scenario
