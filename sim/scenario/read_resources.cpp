// resources: staff with a caseload norm, or a number of places.
#include "sim/scenario/distribution_reader.h"
#include "sim/scenario/sections.h"

namespace ketensim::scenario {

namespace {

// Each kind has its own capacity keys and not the other kind's.
void check_caseload_keys(const Section& s) {
  for (const char* key : {"fte", "caseload_norm"}) {
    if (!s.has(key)) s.report_missing(key);
  }
  s.report_not_here("places", "a caseload resource has no places",
                    "fte and caseload_norm; places are for kind places");
}

constexpr const char* kStaffKeys[] = {"caseload_norm_by_measure", "turnover_per_year",
                                      "hiring_delay", "ramp_up", "absence"};

void check_places_keys(const Section& s) {
  if (!s.has("places")) s.report_missing("places");
  for (const char* key : {"fte", "caseload_norm"}) {
    s.report_not_here(key, "a places resource has no " + std::string(key),
                      "places; fte and caseload_norm are for kind caseload");
  }
  for (const char* key : kStaffKeys) {
    s.report_not_here(key, "a places resource has no staff",
                      "this key on a resource of kind caseload");
  }
}

// Staff dynamics (caseload only): norms per measure, turnover, hiring, ramp-up, absence.
void read_staff(const Section& s, Resource& r) {
  for (const Field& f : named_fields(s, "caseload_norm_by_measure")) {
    if (std::optional<double> norm = read_number(f, s.out())) {
      r.caseload_norm_by_measure.emplace_back(f.name, *norm);
      r.norm_by_measure_locations.push_back(f.key_location);
    }
  }
  assign(r.turnover_per_year, s.number("turnover_per_year"));
  if (s.has("hiring_delay")) r.hiring_delay = read_duration(*s.get("hiring_delay"), s.out());
  if (std::optional<Field> f = s.get("ramp_up")) {
    Section ramp(*f, s.out());
    assign(r.ramp_up_days, ramp.number("days"));
    assign(r.ramp_up_share, ramp.number("share"));
  }
  assign(r.absence, s.number("absence"));
}

Resource read_resource(const Section& s) {
  Resource r;
  r.name = s.name();
  r.location = s.location();
  std::optional<std::string> kind = s.choice("kind");
  if (kind == "caseload") {
    r.kind = ResourceKind::caseload;
    check_caseload_keys(s);
  } else if (kind == "places") {
    r.kind = ResourceKind::places;
    check_places_keys(s);
  }
  if (s.has("fte")) assign(r.fte, s.number("fte"));
  if (s.has("caseload_norm")) assign(r.caseload_norm, s.number("caseload_norm"));
  if (s.has("places")) assign(r.places, s.integer("places"));
  if (r.kind == ResourceKind::caseload) read_staff(s, r);
  if (s.choice("per") == "child") r.per = CapacityUnit::child;
  if (s.choice("queue") == "priority") r.queue = QueueOrder::priority;
  return r;
}

}  // namespace

std::vector<Resource> read_resources(const Section& top) {
  std::vector<Resource> resources;
  for (const Field& f : named_fields(top, "resources")) {
    Section s(f, top.out());
    if (s.ok()) resources.push_back(read_resource(s));
  }
  return resources;
}

}  // namespace ketensim::scenario
